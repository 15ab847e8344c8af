// Worker thread: reads and checks batches of files, posts the results back.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from '../core/model/document.js';
import { validators } from '../core/model/validators.js';
import { hashBytes } from './cache.js';
import { readFailure, readSource } from './read-failure.js';

const { root, cacheText } = workerData as { root: string; cacheText: boolean };

parentPort!.on('message', (files: string[] | null) => {
  if (files === null) {
    process.exit(0);
  }
  const results = files.map((file) => {
    try {
      const bytes = readSource(join(root, file));
      return { ...processFile(file, bytes, validators), hash: hashBytes(bytes) };
    } catch (e) {
      return readFailure(file, e);
    }
  });
  if (!cacheText) {
    parentPort!.postMessage({ batch: results });
    return;
  }
  // the lint cache's entries, serialized here in parallel rather than on the main thread
  const cache = Buffer.from(results.map((r) => `${JSON.stringify(r.file)}:${JSON.stringify({ hash: r.hash ?? '', result: r })}`).join(','));
  parentPort!.postMessage({ batch: results, cache }, [cache.buffer]);
});

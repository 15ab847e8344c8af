// Worker thread: reads and checks batches of files, posts the results back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from '../core/model/document.js';
import { validators } from '../core/model/validators.js';
import { readFailure } from './read-failure.js';

const root = (workerData as { root: string }).root;

parentPort!.on('message', (files: string[] | null) => {
  if (files === null) {
    process.exit(0);
  }
  const results = files.map((file) => {
    try {
      return processFile(file, readFileSync(join(root, file)), validators);
    } catch (e) {
      return readFailure(file, e);
    }
  });
  parentPort!.postMessage(results);
});

// `--format json`: the stable interface of CLI.md, keys in the documented order.
import type { DiffResult } from './types.js';

export function formatJson(result: DiffResult): string {
  const changes = result.changes.map((c) => ({
    file: c.file,
    kind: c.kind,
    document: c.document,
    path: c.path,
    change: c.change,
    class: c.class,
    before: c.before ?? null,
    after: c.after ?? null,
  }));
  return `${JSON.stringify({ base: result.base, head: result.head, bump: result.bump, changes }, null, 2)}\n`;
}

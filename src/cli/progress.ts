// A progress line for long runs, on a terminal only: never on a pipe, in CI logs or with --quiet.
import type { IO } from './io.js';

export interface ProgressLine {
  /** total 0: not known in advance, only the count is shown */
  update(done: number, total: number): void;
  /** erases the line */
  end(): void;
}

const SILENT: ProgressLine = { update: () => undefined, end: () => undefined };
const EVERY_MS = 100;

export function progressLine(io: IO, label: string, quiet = false): ProgressLine {
  if (!io.errIsTTY || quiet || (io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false')) return SILENT;
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < EVERY_MS && done < total) return;
      last = now;
      shown = true;
      const count = total > 0 ? `${done.toLocaleString('en')}/${total.toLocaleString('en')} files (${Math.floor((done / total) * 100)}%)` : `${done.toLocaleString('en')} files`;
      io.stderr(`\r${label} ${count}\u001b[K`);
    },
    end() {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}

// Snapshots of every file and folder a release touches, so a failed release can put back every byte.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { makeDirs } from './make-dirs.js';

interface Saved {
  abs: string;
  /** the file's bytes, or undefined when it did not exist */
  bytes?: Buffer;
  /** the highest folder that did not exist yet and writing the file may create */
  createdDir?: string;
}

/** the highest missing ancestor of `abs` below `root` */
function missingTop(root: string, abs: string): string | undefined {
  let top: string | undefined;
  for (let d = dirname(abs); d.startsWith(root + sep) && !existsSync(d); d = dirname(d)) top = d;
  return top;
}

export class ReleaseSnapshot {
  private readonly files: Saved[] = [];
  private readonly folders: Array<{ abs: string; copy?: string; createdDir?: string }> = [];
  private store?: string;

  constructor(private readonly root: string) {}

  file(rel: string): void {
    const abs = resolve(this.root, rel);
    this.files.push({ abs, bytes: existsSync(abs) ? readFileSync(abs) : undefined, createdDir: missingTop(this.root, abs) });
  }

  folder(abs: string): void {
    let copy: string | undefined;
    if (existsSync(abs)) {
      this.store ??= mkdtempSync(join(tmpdir(), 'stdkit-release-'));
      copy = join(this.store, String(this.folders.length));
      cpSync(abs, copy, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    }
    this.folders.push({ abs, copy, createdDir: copy ? undefined : missingTop(this.root, abs) });
  }

  /** every saved file and folder as it was; new ones removed. Returns what could not be restored. */
  restore(): string[] {
    const failed: string[] = [];
    const attempt = (what: string, f: () => void) => {
      try {
        f();
      } catch {
        failed.push(relative(this.root, what) || what);
      }
    };
    for (const f of this.files) {
      attempt(f.abs, () => {
        // a file that did not exist is removed if the release made it (existsSync is false under a non-folder)
        if (f.bytes === undefined) {
          if (existsSync(f.abs)) rmSync(f.abs, { force: true });
        } else {
          makeDirs(dirname(f.abs));
          writeFileSync(f.abs, f.bytes);
        }
        if (f.createdDir) rmSync(f.createdDir, { recursive: true, force: true });
      });
    }
    for (const d of this.folders) {
      attempt(d.abs, () => {
        rmSync(d.abs, { recursive: true, force: true });
        if (d.copy) cpSync(d.copy, d.abs, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
        if (d.createdDir) rmSync(d.createdDir, { recursive: true, force: true });
      });
    }
    return failed;
  }

  dispose(): void {
    if (this.store) rmSync(this.store, { recursive: true, force: true });
  }
}

export function readText(root: string, rel: string): string | undefined {
  const abs = resolve(root, rel);
  return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
}

export function writeText(root: string, rel: string, text: string): void {
  const abs = resolve(root, rel);
  makeDirs(dirname(abs));
  writeFileSync(abs, text);
}

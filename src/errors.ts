// Typed errors: each carries the exit code of CLI.md and a hint for the user.

export interface ErrorLocation { file: string; line?: number; column?: number }

export class StdkitError extends Error {
  readonly exitCode: number;
  readonly hint?: string;
  readonly location?: ErrorLocation;
  constructor(message: string, opts: { hint?: string; location?: ErrorLocation; exitCode?: number; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'StdkitError';
    this.exitCode = opts.exitCode ?? 2;
    this.hint = opts.hint;
    this.location = opts.location;
  }
}

/** Bad flags or arguments. */
export class UsageError extends StdkitError {
  constructor(message: string, hint?: string) {
    super(message, { hint });
    this.name = 'UsageError';
  }
}

/** stdkit.yaml missing or broken. */
export class ConfigError extends StdkitError {
  constructor(message: string, opts: { hint?: string; location?: ErrorLocation } = {}) {
    super(message, opts);
    this.name = 'ConfigError';
  }
}

/** git refused or the repository is not in a usable state. */
export class GitError extends StdkitError {
  constructor(message: string, hint?: string) {
    super(message, { hint });
    this.name = 'GitError';
  }
}

export function formatLocation(loc: ErrorLocation | undefined): string {
  if (!loc) return '';
  let s = loc.file;
  if (loc.line !== undefined) s += `:${loc.line}`;
  if (loc.line !== undefined && loc.column !== undefined) s += `:${loc.column}`;
  return s;
}

// What a command may touch of the outside world, so the CLI can be tested in-process.
export interface IO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stdout is a terminal */
  isTTY: boolean;
  /** stderr is a terminal: progress lines go there, and only there */
  errIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIO(): IO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    errIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Colours on a terminal, off with --no-color or NO_COLOR, forced with FORCE_COLOR. */
export function useColor(io: IO, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' ) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY;
}

// The README is a contract with users: every command it shows exists, every flag it passes is
// one the command accepts, and every command's --help carries examples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IO } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

async function help(args: string[]): Promise<string> {
  let out = '';
  const io: IO = { stdout: (t) => (out += t), stderr: (t) => (out += t), isTTY: false, env: {}, cwd: '.' };
  await run(['node', 'stdkit', ...args, '--help'], io);
  return out;
}

/** `stdkit …` lines of the README's shell and console blocks, comments and prompts removed */
function commandLines(): string[] {
  const blocks = [...README.matchAll(/```(?:sh|console)\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((l) => l.replace(/^\$ /, '').replace(/\s+#.*$/, '').trim())
    .flatMap((l) => l.split(/\s*&&\s*/))
    .map((l) => l.replace(/^cd \S+\s*/, '').replace(/^npx /, ''))
    .filter((l) => l.startsWith('stdkit '));
}

const commands = commandLines();

describe('README', () => {
  it('shows commands to check', () => expect(commands.length).toBeGreaterThan(25));

  it.each(commands)('%s', async (line) => {
    const words = line.split(/\s+/).slice(1);
    let i = 0;
    const globals: string[] = [];
    while (words[i]?.startsWith('-')) {
      globals.push(words[i]!);
      if (words[i] === '-C') globals.push(words[++i]!);
      i++;
    }
    const command = words[i]!;
    const top = await help([]);
    expect(top, `unknown command ${command}`).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    const own = await help([command]);
    for (const flag of words.slice(i + 1).filter((w) => /^--?[a-zA-Z]/.test(w))) {
      const name = flag.split('=')[0]!;
      const known = own.includes(name) || top.includes(name) || (name.startsWith('--no-') && own.includes(`--${name.slice(5)}`));
      expect(known, `${command} has no option ${name}`).toBe(true);
    }
  });

  it.each(['init', 'new', 'lint', 'diff', 'release', 'render', 'serve', 'status', 'kpi', 'schema'])('`stdkit %s --help` has examples', async (command) => {
    expect(await help([command])).toMatch(/Examples:\n\s+\$ stdkit /);
  });
});

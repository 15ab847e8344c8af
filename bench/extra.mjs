// Benchmarks of the commands beyond lint, on the same generated corpus (called by bench/run.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './generate.mjs';

const git = (cwd, ...args) =>
  execFileSync('git', args, {
    cwd,
    stdio: 'pipe',
    env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' },
  });

export default async function extra({ root, bin, measure, count }) {
  const dir = join(root, 'bench', '.corpus', 'diff');
  const stamp = join(dir, '.git', 'stdkit-bench');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== String(count)) {
    process.stdout.write(`\ngenerating a two-revision git corpus (5% of ${count} standards changed) ... `);
    rmSync(dir, { recursive: true, force: true });
    generate(dir, { count, brokenEvery: 0 });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'v1');
    git(dir, 'tag', 'v1.0.0');
    rmSync(join(dir, 'standards'), { recursive: true, force: true });
    generate(join(dir, '.tmp-next'), { count, brokenEvery: 0, variant: 1, changedEvery: 20 });
    execFileSync('cp', ['-r', join(dir, '.tmp-next', 'standards'), join(dir, 'standards')]);
    rmSync(join(dir, '.tmp-next'), { recursive: true, force: true });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'v2');
    writeFileSync(stamp, String(count));
    console.log('done');
  }
  console.log('');
  const d1 = measure('stdkit diff v1.0.0 HEAD (two revisions)', process.execPath, [bin, '-C', dir, 'diff', 'v1.0.0', 'HEAD', '--format', 'json']);
  const d2 = measure('stdkit diff (latest tag → working tree)', process.execPath, [bin, '-C', dir, 'diff', '--format', 'json']);
  for (const d of [d1, d2]) {
    try {
      const out = JSON.parse(d.stdout);
      console.log(`  ${out.changes.length} changes, bump ${out.bump}`);
    } catch {
      console.log('  (no JSON output)');
    }
  }
  console.log(`diff of two revisions: ${d1.seconds} s (target < 5 s), peak ${d1.peakMb} MB`);

  const hasRender = existsSync(join(root, 'dist', 'cli', 'render.js'));
  if (hasRender) {
    // the full corpus and a quarter of it: render cost should grow linearly with documents
    const quarter = join(root, 'bench', '.corpus', 'render-quarter');
    const qCount = Math.max(1, Math.floor(count / 4));
    const qStamp = join(quarter, '.generated');
    if (!existsSync(qStamp) || readFileSync(qStamp, 'utf8') !== String(qCount)) {
      generate(quarter, { count: qCount, brokenEvery: 0 });
      writeFileSync(qStamp, String(qCount));
    }
    const out = join(root, 'bench', '.out', 'manual');
    const rows = [];
    for (const [label, dir, n] of [[`${qCount}`, quarter, qCount], [`${count}`, join(root, 'bench', '.corpus', 'lint'), count]]) {
      rmSync(out, { recursive: true, force: true });
      const r = measure(`stdkit render --format all, ${label} standards`, process.execPath, [bin, '-C', dir, 'render', '--format', 'all', '--out', out]);
      rows.push({ n, ...r });
    }
    const [q, full] = rows;
    console.log(`render of ${count} standards: ${full.seconds} s (target < 20 s), peak ${full.peakMb} MB (target < 1024)`);
    console.log(`render per standard: ${((q.seconds / q.n) * 1000).toFixed(2)} ms at ${q.n}, ${((full.seconds / full.n) * 1000).toFixed(2)} ms at ${full.n} (linear when these are close)`);
  }
}

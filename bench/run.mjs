// npm run bench: lint (cold and cached) against ajv-cli on the same corpus, --help start-up,
// and, when those commands exist, render and diff. Wall time and peak memory (GNU time).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'bench', '.corpus', 'lint');
const bin = join(root, 'bin', 'stdkit.js');
const count = Number(process.env.BENCH_COUNT ?? 10_000);
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function measure(label, cmd, args, opts = {}) {
  const full = GNU_TIME ? [GNU_TIME, ['-f', '__BENCH__ %e %M', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { cwd: opts.cwd ?? root, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...opts.env } });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = /__BENCH__ ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  const peakMb = m ? Number(m[2]) / 1024 : NaN;
  const row = { label, seconds: Number(wall.toFixed(3)), peakMb: Number(peakMb.toFixed(0)), exit: r.status };
  console.log(`${label.padEnd(44)} ${wall.toFixed(2).padStart(7)} s  ${Number.isNaN(peakMb) ? '    ?' : peakMb.toFixed(0).padStart(5)} MB  exit ${r.status}`);
  if (opts.expectExit !== undefined && r.status !== opts.expectExit) {
    console.log((r.stderr ?? '').slice(0, 2000));
  }
  return { ...row, stdout: r.stdout };
}

const stamp = join(corpus, '.generated');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== String(count)) {
  process.stdout.write(`generating ${count} standards in ${corpus} ... `);
  const { bytes } = generate(corpus, { count });
  writeFileSync(stamp, String(count));
  console.log(`${(bytes / 1e6).toFixed(1)} MB`);
}
if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const results = {};
console.log(`\ncorpus: ${count} standards; machine: ${(await import('node:os')).availableParallelism()} cores, node ${process.version}\n`);
results.ajv = measure('ajv-cli validate (schema only, js-yaml)', process.execPath, [
  join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js'), 'validate', '--spec=draft2020', '--strict=false', '--errors=line',
  '-s', join(root, 'schemas', 'standard.schema.json'), '-d', join(corpus, 'standards', '**', '*.yaml'),
]);
rmSync(join(corpus, '.stdkit'), { recursive: true, force: true });
results.cold = measure('stdkit lint, cold (all rules, positions)', process.execPath, [bin, '-C', corpus, 'lint', '--format', 'json'], { expectExit: 1 });
results.warm = measure('stdkit lint, second run (cache)', process.execPath, [bin, '-C', corpus, 'lint', '--format', 'json'], { expectExit: 1 });
results.noCache = measure('stdkit lint --no-cache', process.execPath, [bin, '-C', corpus, 'lint', '--no-cache', '--format', 'json'], { expectExit: 1 });
const findings = JSON.parse(results.cold.stdout || '{"summary":{}}').summary;
console.log(`  findings: ${JSON.stringify(findings)}`);

const helps = [];
for (let i = 0; i < 7; i++) helps.push(measure(i === 0 ? 'stdkit --help' : '', process.execPath, [bin, '--help']).seconds);
helps.sort((a, b) => a - b);
console.log(`stdkit --help median of 7: ${(helps[3] * 1000).toFixed(0)} ms`);

const ratio = (a, b) => (a.seconds / b.seconds).toFixed(2);
console.log(`\ncold lint / ajv-cli = ${ratio(results.cold, results.ajv)} (target ≤ 1.5)`);
console.log(`cached lint / ajv-cli = ${ratio(results.warm, results.ajv)} (target ≤ 0.3)`);
console.log(`peak memory cold lint = ${results.cold.peakMb} MB (target < 1024)`);

const extra = join(root, 'bench', 'extra.mjs');
if (existsSync(extra)) await (await import(extra)).default({ root, corpus, bin, measure, count });

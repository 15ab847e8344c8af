import { it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { lintRepository } from '../../src/app/lint.js';
import { BASE } from '../helpers/lint.js';
it('big', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stdkit-probe-'));
  const files: Record<string,string> = { ...BASE, 'stdkit.yaml': 'manual:\n  title: T\n  version: 1.0.0\n  language: en\n  organization: acme\n' };
  const lines = ['apiVersion: stdkit/v1', 'kind: Standard', 'metadata: { id: big, title: Big, version: 1.0.0, owner: hq-ops-director, status: active }', 'spec:', '  regions: all', '  steps:'];
  let planted = 0;
  for (let i = 0; i < 80000; i++) {
    lines.push(`    - id: step-${i}`, `      name: 环节 ${i} 的标准作业`, `      action: 按照标准模板完成环节 ${i} 的作业，核对上一环节输出的完整性与准确性。`, `      responsible: ${i === 54321 ? 'no-such-role' : 'warehouse-lead'}`, '      sla: 4h');
    if (i === 54321) planted = lines.length - 1;
  }
  files['standards/big.yaml'] = lines.join('\n') + '\n';
  console.log('size', Buffer.byteLength(files['standards/big.yaml']!), 'planted line', planted);
  for (const [f, t] of Object.entries(files)) { mkdirSync(dirname(join(dir, f)), { recursive: true }); writeFileSync(join(dir, f), t); }
  const t = Date.now();
  const out = await lintRepository({ cwd: dir, cache: false });
  console.log(Date.now() - t, 'ms', JSON.stringify(out.result));
}, 60000);

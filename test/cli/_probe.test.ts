import { it } from 'vitest';
import { lintRepository } from '../../src/app/lint.js';
import { makeRepo } from '../helpers/cli.js';
import { BASE } from '../helpers/lint.js';
it('p', async () => {
  const spec = 'spec:\n  regions: all\n  steps:\n    - { id: intake, name: Intake, responsible: warehouse-lead, sla: 4h }\n';
  const text = `apiVersion: stdkit/v1\nkind: Standard\nmetadata: { id: proto-flow, title: Proto, version: 1.0.0, owner: hq-ops-director, __proto__: { polluted: yes } }\n${spec}`;
  const repo = makeRepo({ ...BASE, 'standards/bad.yaml': text });
  process.stderr.write('DIR ' + repo.dir + '\n');
  const r = await lintRepository({ cwd: repo.dir, cache: false });
  process.stderr.write('RES ' + JSON.stringify(r.result) + '\n');
});

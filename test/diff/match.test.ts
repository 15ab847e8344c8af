// Items are matched by id at every level: moves are moves, not removals and additions.
import { describe, expect, test } from 'vitest';
import { diffRepositories } from '../../src/core/diff/diff.js';
import { movedKeys } from '../../src/core/diff/lists.js';
import { bumpOf } from '../../src/core/diff/types.js';
import { BASE, brief, diffEdit, index, repo } from './helpers.js';

const S = 'standards/order.yaml';
const lines = (t: string) => t.split('\n');

describe('matching by id', () => {
  test('identical repositories have no changes and bump none', () => {
    const changes = diffRepositories(index(BASE), index(BASE));
    expect(changes).toEqual([]);
    expect(bumpOf(changes)).toBe('none');
  });

  test('a reordered step list is one move, and the changed step is still matched', () => {
    const changes = diffEdit(S, (t) => {
      const l = lines(t);
      const i = l.findIndex((x) => x.includes('id: order-intake'));
      const [intake] = l.splice(i, 1);
      l.splice(i + 1, 0, intake!.replace('sla: 4h', 'sla: 8h'));
      return l.join('\n');
    });
    expect(brief(changes)).toEqual([
      'order-fulfilment spec.steps[order-intake] moved minor',
      'order-fulfilment spec.steps[order-intake].sla changed minor',
    ]);
    expect(changes[0]).toMatchObject({ before: 1, after: 2 });
  });

  test('moving the last step to the front reports only that step', () => {
    expect(movedKeys(['a', 'b', 'c', 'd'], ['d', 'a', 'b', 'c'])).toEqual(new Set(['d']));
    expect(movedKeys(['a', 'b'], ['b', 'x'])).toEqual(new Set());
  });

  test('a document moved to another file is one move plus its own edits', () => {
    const base = index(BASE);
    const { 'standards/order.yaml': text, ...rest } = BASE;
    const head = index({ ...rest, 'standards/sales/order-fulfilment.yaml': text!.replace('name: Shipment,', 'name: Dispatch,') });
    const changes = diffRepositories(base, head);
    expect(brief(changes)).toEqual(['order-fulfilment  moved patch', 'order-fulfilment spec.steps[shipment].name changed patch']);
    expect(changes[0]).toMatchObject({ file: 'standards/sales/order-fulfilment.yaml', before: 'standards/order.yaml', after: 'standards/sales/order-fulfilment.yaml' });
  });

  test('two documents of one file split into two files: moves only', () => {
    const merged = { 'all.yaml': `${BASE['org/org.yaml']}---\n${BASE[S]}` };
    const { 'org/org.yaml': _o, [S]: _s, ...rest } = BASE;
    const changes = diffRepositories(index({ ...rest, ...merged }), index(BASE));
    expect(brief(changes)).toEqual(['acme  moved patch', 'order-fulfilment  moved patch']);
  });

  test('removed and added documents carry their title', () => {
    const { 'rollouts/east.yaml': _r, ...rest } = BASE;
    const changes = diffRepositories(index(BASE), index(rest));
    expect(changes).toEqual([{ file: 'rollouts/east.yaml', kind: 'RolloutPlan', document: 'east-rollout', path: '', change: 'removed', class: 'major', before: 'East rollout', after: null }]);
    expect(diffRepositories(index(rest), index(BASE))[0]).toMatchObject({ change: 'added', class: 'minor', after: 'East rollout', before: null });
  });

  test('the same id in two kinds is two documents', () => {
    const head = index(repo({ [S]: BASE[S]!.replace('id: order-fulfilment', 'id: ops-raci') }));
    expect(brief(diffRepositories(index(BASE), head))).toEqual(['ops-raci  added minor', 'order-fulfilment  removed major']);
  });

  test('an SLA where there was none is a tightening', () => {
    const without = repo({ 'matrices/raci.yaml': BASE['matrices/raci.yaml']!.replace('      sla: 2bd\n', '') });
    expect(brief(diffRepositories(index(without), index(BASE)))).toEqual(['ops-raci spec.activities[ship-order].sla added major']);
  });

  test('a RACI column removed is major, matched by role id', () => {
    const changes = diffEdit('matrices/raci.yaml', (t) => t.replace('roles: [hq-ops-director, regional-manager, warehouse-lead]', 'roles: [warehouse-lead, regional-manager]').replace(', hq-ops-director: I', ''));
    expect(brief(changes)).toEqual([
      'ops-raci spec.roles[hq-ops-director] removed major',
      'ops-raci spec.activities[ship-order].raci.hq-ops-director removed minor',
    ]);
  });

  test('bump is the highest class', () => {
    const changes = diffEdit(S, (t) => t.replace('name: Shipment,', 'name: Dispatch,').replace('sla: 24h', 'sla: 2h'));
    expect(bumpOf(changes)).toBe('major');
  });
});

import { test } from 'vitest';
import { diffEdit, brief } from './helpers.js';
test('x', () => {
  console.log(brief(diffEdit('standards/order.yaml', (t) => t.replace('sla: 24h', 'sla: 48h').replace('title: Order fulfilment', 'title: Orders'))));
  console.log(diffEdit('matrices/raci.yaml', (t) => t.replace('warehouse-lead: R, regional-manager: A', 'warehouse-lead: RA, regional-manager: C')));
});

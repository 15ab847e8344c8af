// Step inputs and outputs mix form ids, system ids and free text; warn only on entries
// that look like an id yet name nothing, so prose (English or Chinese) is never flagged.
import type { LoadedDoc } from '../../model/source.js';
import { closest } from '../../suggest.js';
import type { Rule } from '../types.js';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
/** a single lowercase ASCII token: the only free text that can be a typo of an id */
const TOKEN = /^[a-z][a-z0-9-]*$/;

export const refIo: Rule = {
  meta: {
    id: 'ref-io',
    defaultSeverity: 'warn',
    kinds: ['Standard'],
    description: 'step inputs and outputs that look like ids name forms or systems of the organization',
  },
  check(ctx) {
    const { index } = ctx;
    const known = [...index.forms.keys(), ...index.systems.keys()];
    const check = (doc: LoadedDoc, path: Array<string | number>, list: string[] | undefined, what: string) =>
      list?.forEach((v, k) => {
        if (index.forms.has(v) || index.systems.has(v) || !TOKEN.test(v)) return;
        const near = closest(v, known);
        if (near === undefined && !KEBAB.test(v)) return;
        const fix = near !== undefined ? ` (did you mean "${near}"?)` : `: add it to the Organization's forms or systems, or write it as plain words`;
        ctx.report({ doc, path: [...path, k], message: `${what} "${v}" names no form or system${fix}` });
      });
    for (const doc of index.ofKind('Standard')) {
      const spec = doc.data.spec;
      spec.steps.forEach((s, i) => {
        check(doc, ['spec', 'steps', i, 'inputs'], s.inputs, 'input');
        check(doc, ['spec', 'steps', i, 'outputs'], s.outputs, 'output');
      });
      spec.variants?.forEach((v, i) =>
        v.steps?.forEach((s, j) => {
          check(doc, ['spec', 'variants', i, 'steps', j, 'inputs'], s.inputs, 'input');
          check(doc, ['spec', 'variants', i, 'steps', j, 'outputs'], s.outputs, 'output');
        }),
      );
    }
  },
};

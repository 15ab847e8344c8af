// The explicit rule registry, sorted by id. A rule file is named after its id.
import type { Rule } from '../types.js';
import { documentKind } from './document-kind.js';
import { raciSingleAccountable } from './raci-single-accountable.js';
import { refRole } from './ref-role.js';
import { schema } from './schema.js';
import { yamlSyntax } from './yaml-syntax.js';

export const rules: readonly Rule[] = [documentKind, raciSingleAccountable, refRole, schema, yamlSyntax];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));

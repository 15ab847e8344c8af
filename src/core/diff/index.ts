// The semantic diff: pure, documents in and changes out.
export { diffRepositories } from './diff.js';
export { classify, RULES, type ClassRule } from './classify.js';
export { atLeast, bumpOf, type Bump, type Change, type ChangeClass, type ChangeKind, type DiffResult } from './types.js';

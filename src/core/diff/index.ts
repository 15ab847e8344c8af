// The semantic diff: pure, documents in and changes out, and its formats.
export { diffRepositories } from './diff.js';
export { classify, RULES, type ClassRule } from './classify.js';
export { explainMarkdown, explainText } from './explain.js';
export { formatJson } from './format-json.js';
export { formatMarkdown } from './format-markdown.js';
export { formatText } from './format-text.js';
export { flowsOf, mermaidFlow, type Flows } from './mermaid.js';
export { latestTag, parseRange } from './revisions.js';
export { atLeast, bumpOf, type Bump, type Change, type ChangeClass, type ChangeKind, type DiffResult } from './types.js';

// Releases, pure: the plan from a diff, the changelog text, version edits, release notes.
export { changelogSection, GROUPS, groupOf, prependChangelog, type Group } from './changelog.js';
export { editVersion, VersionEditError } from './edit-version.js';
export { noteEntries, notesCsv, notesMarkdown, type NoteEntry, type NotesInput } from './notes.js';
export { DEFAULT_MESSAGE, isBookkeeping, planRelease, type PlanInput } from './plan.js';
export { regionsOf, rolesOf } from './affected.js';
export type { ReleasePlan, VersionEdit } from './types.js';
export { formatPlan, type PlanView } from './format-plan.js';

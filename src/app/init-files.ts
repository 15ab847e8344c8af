// What `stdkit init` writes: the starter documents of the bundled examples, the schemas, and
// the settings, ignore, CI and editor files of src/core/scaffold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configYaml, githubWorkflow, gitlabCi, GITIGNORE, SCHEMA_DIR, vscodeSettings, VSCODE_EXTENSIONS, type InitLang, type RepoFacts } from '../core/scaffold/repo-files.js';
import { KIND_INFO } from '../core/scaffold/kinds.js';
import { addDays } from '../core/status/dates.js';

/** the installed stdkit package: examples/, schemas/ and package.json are next to dist/ and src/ */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const STARTERS: Record<InitLang, { dir: string; title: string; organization: string }> = {
  'zh-CN': { dir: 'examples/cross-region-ops', title: '跨区域业务运营标准化手册', organization: 'huatong' },
  en: { dir: 'examples/init-en', title: 'Operations standards manual', organization: 'northwind' },
};

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** a variant that ended before today would greet the new repository with a warning: move it a year ahead */
function freshen(text: string, today: string): string {
  return text.replace(/(\buntil: )(\d{4}-\d{2}-\d{2})/g, (all, key: string, date: string) => (date < today ? `${key}${addDays(today, 365)}` : all));
}

/** every file of a new repository, by path relative to it */
export function initFiles(lang: InitLang, today: string): Map<string, string> {
  const starter = STARTERS[lang];
  const facts: RepoFacts = { title: starter.title, organization: starter.organization, lang, stdkitVersion: packageVersion() };
  const files = new Map<string, string>();
  files.set('stdkit.yaml', configYaml(facts));
  for (const info of Object.values(KIND_INFO)) {
    const dir = join(PACKAGE_ROOT, starter.dir, info.folder);
    for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
      const text = freshen(readFileSync(join(dir, name), 'utf8'), today);
      files.set(`${info.folder}/${name}`, `# yaml-language-server: $schema=../${SCHEMA_DIR}/${info.schema}\n${text}`);
    }
  }
  const schemaDir = join(PACKAGE_ROOT, 'schemas');
  for (const name of readdirSync(schemaDir).filter((n) => n.endsWith('.schema.json')).sort()) {
    files.set(`${SCHEMA_DIR}/${name}`, readFileSync(join(schemaDir, name), 'utf8'));
  }
  files.set('.gitignore', GITIGNORE);
  files.set('.github/workflows/stdkit.yml', githubWorkflow(facts));
  files.set('.gitlab-ci.yml', gitlabCi(facts));
  files.set('.vscode/settings.json', vscodeSettings());
  files.set('.vscode/extensions.json', VSCODE_EXTENSIONS);
  return files;
}

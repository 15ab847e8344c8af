// The text of the files `stdkit init` writes around the documents: settings, ignore, CI, editor.
import { CONFIG_SCHEMA, KIND_INFO } from './kinds.js';

export type InitLang = 'zh-CN' | 'en';

export interface RepoFacts {
  title: string;
  organization: string;
  lang: InitLang;
  /** the stdkit version CI should run, pinned so that a new release never breaks a build by surprise */
  stdkitVersion: string;
}

export const SCHEMA_DIR = 'schemas';

export function configYaml(f: RepoFacts): string {
  return `# yaml-language-server: $schema=${SCHEMA_DIR}/${CONFIG_SCHEMA}
# stdkit settings: this file marks the root of the standards repository.
manual:
  title: ${JSON.stringify(f.title)}
  version: 0.1.0               # bumped by \`stdkit release\`
  language: ${f.lang}             # labels of the rendered manual: zh-CN | en
  organization: ${f.organization}   # id of the Organization document
include: ["**/*.yaml", "**/*.yml"]
exclude: ["node_modules/**", "dist/**"]
render:
  out: dist/manual
  formats: [markdown, html]
release:
  tagPrefix: v
  changelog: CHANGELOG.md
review:
  interval: 90d                # documents whose metadata.reviewed is older are due for review
rules: {}                      # severity per rule id: error | warn | off (stdkit lint --list-rules)
`;
}

export const GITIGNORE = `# stdkit: rendered manual and caches
dist/
.stdkit/
node_modules/
stdkit.sarif
`;

export function githubWorkflow(f: RepoFacts): string {
  const stdkit = `npx --yes stdkit@${f.stdkitVersion}`;
  return `# stdkit: lint every push and pull request; annotations on the diff, results in code scanning,
# and on pull requests a comment with what changed in the standards (major/minor/patch).
name: standards
on:
  push:
  pull_request:
jobs:
  lint:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write     # upload SARIF to code scanning
      pull-requests: write       # the diff comment
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0         # diff needs the release tags and the base branch
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Lint
        run: ${stdkit} lint --format github
      - name: Lint (SARIF)
        if: always()
        env:
          GITHUB_STEP_SUMMARY: ''  # the first lint already wrote the summary
        run: ${stdkit} lint --format sarif -o stdkit.sarif || true
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: stdkit.sarif
          category: stdkit
      - name: What changed in the standards
        if: github.event_name == 'pull_request'
        env:
          GH_TOKEN: \${{ github.token }}
          BASE: origin/\${{ github.base_ref }}
        run: |
          ${stdkit} diff "$BASE...HEAD" --format markdown > stdkit-diff.md
          cat stdkit-diff.md >> "$GITHUB_STEP_SUMMARY"
          gh pr comment "\${{ github.event.pull_request.number }}" --body-file stdkit-diff.md --edit-last \\
            || gh pr comment "\${{ github.event.pull_request.number }}" --body-file stdkit-diff.md
`;
}

export function gitlabCi(f: RepoFacts): string {
  return `# stdkit on GitLab: findings in the merge request's Code Quality widget, the diff as an artifact.
# (On GitHub this file is ignored; delete it if you do not use GitLab.)
stdkit-lint:
  image: node:20
  variables:
    GIT_DEPTH: 0                 # diff needs the release tags
  script:
    - npx --yes stdkit@${f.stdkitVersion} lint --format gitlab -o gl-code-quality.json
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality.json

stdkit-diff:
  image: node:20
  variables:
    GIT_DEPTH: 0
  rules:
    - if: $CI_MERGE_REQUEST_TARGET_BRANCH_NAME
  script:
    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - npx --yes stdkit@${f.stdkitVersion} diff "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME...HEAD" --format markdown > stdkit-diff.md
  artifacts:
    paths: [stdkit-diff.md]
`;
}

/** the YAML extension maps each conventional folder to its kind's schema, kept in the repository */
export function vscodeSettings(): string {
  const schemas: Record<string, string[]> = { [`./${SCHEMA_DIR}/${CONFIG_SCHEMA}`]: ['stdkit.yaml'] };
  for (const k of Object.values(KIND_INFO)) schemas[`./${SCHEMA_DIR}/${k.schema}`] = [`${k.folder}/*.yaml`, `${k.folder}/*.yml`];
  return `${JSON.stringify({ 'yaml.schemas': schemas, 'yaml.validate': true, 'yaml.completion': true, 'files.associations': { 'stdkit.yaml': 'yaml' } }, null, 2)}\n`;
}

export const VSCODE_EXTENSIONS = `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;

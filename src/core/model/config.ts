// stdkit.yaml text → typed settings with defaults, or problems with document paths.
import { LineCounter, parseDocument } from 'yaml';
import { createLocator } from './locate.js';
import { schemaProblems } from './schema-messages.js';
import { yamlMessage } from './source.js';
import type { Position, StdkitConfig } from './types.js';
import { validateConfig } from './validators.js';

export const CONFIG_FILE = 'stdkit.yaml';

export const DEFAULTS = {
  include: ['**/*.yaml', '**/*.yml'],
  exclude: ['node_modules/**', 'dist/**'],
  render: { out: 'dist/manual', formats: ['markdown', 'html'] as Array<'markdown' | 'html'> },
  release: { tagPrefix: 'v', changelog: 'CHANGELOG.md' },
};

export interface ConfigProblem extends Position {
  message: string;
}

export function parseConfig(text: string): { config: StdkitConfig } | { problems: ConfigProblem[] } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const { line, col } = lineCounter.linePos(e.pos[0]);
        return { line, column: col, message: yamlMessage(e.message) };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { problems: [{ line: 1, column: 1, message: e instanceof Error ? e.message : String(e) }] };
  }
  if (data === null || data === undefined) data = {};
  if (!validateConfig(data)) {
    // positions are parsed for only when there is something to point at
    const locate = createLocator(text);
    return {
      problems: schemaProblems(validateConfig.errors ?? [], data).map((p) => ({ ...locate(0, p.path, p.atKey), message: p.message })),
    };
  }
  const raw = data as Partial<StdkitConfig>;
  return {
    config: {
      manual: raw.manual!,
      include: raw.include ?? DEFAULTS.include,
      exclude: raw.exclude ?? DEFAULTS.exclude,
      render: { ...DEFAULTS.render, ...raw.render },
      release: { ...DEFAULTS.release, ...raw.release },
      rules: raw.rules ?? {},
      ...(raw.review ? { review: raw.review } : {}),
    },
  };
}

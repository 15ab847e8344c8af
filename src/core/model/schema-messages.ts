// ajv errors → sentences for people: one finding per real problem, anyOf noise collapsed
// to the branch that came closest, unknown keys pointed at with a "did you mean".
import type { ErrorObject } from 'ajv';
import { didYouMean } from '../suggest.js';
import type { DocPath } from './types.js';

export interface SchemaProblem {
  path: DocPath;
  message: string;
  atKey?: boolean;
}

export function pointerToPath(pointer: string, data: unknown): DocPath {
  if (pointer === '') return [];
  const out: Array<string | number> = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      const i = Number(seg);
      out.push(i);
      cur = cur[i];
    } else {
      out.push(seg);
      cur = typeof cur === 'object' && cur !== null && Object.prototype.hasOwnProperty.call(cur, seg) ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

function valueAt(data: unknown, path: DocPath): unknown {
  let cur = data;
  for (const seg of path) {
    if (typeof cur !== 'object' || cur === null || !Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

export function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isInteger(v) ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'a mapping';
    default:
      return typeof v;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'empty',
};

function show(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function patternMessage(pattern: string, v: unknown): string {
  const val = show(v);
  if (pattern.includes('[RACI]')) return `${val} is not a RACI value: combine the letters R, A, C and I, each at most once (e.g. "AR")`;
  if (pattern === '^[a-z][a-z0-9-]*$') return `${val} is not a valid id: use lowercase ASCII letters, digits and hyphens, starting with a letter (e.g. "order-confirmation")`;
  if (pattern.includes('[A-Z][A-Z0-9]')) return `${val} is not a region code: 2 to 6 capital letters or digits, starting with a letter (e.g. "EC")`;
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}')) return `${val} is not a date: write YYYY-MM-DD (e.g. "2027-01-15")`;
  if (pattern.includes('(0|[1-9]')) return `${val} is not a semantic version: write MAJOR.MINOR.PATCH (e.g. "1.2.0")`;
  return `${val} does not match the pattern ${pattern}`;
}

/** Collapses anyOf/oneOf to the best branch, innermost first. */
function collapse(errors: ErrorObject[]): ErrorObject[] {
  let errs = errors.slice();
  const alts = errs.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const alt of alts) {
    if (!errs.includes(alt)) continue;
    const prefix = `${alt.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of errs) {
      if (!e.schemaPath.startsWith(prefix)) continue;
      const b = e.schemaPath.slice(prefix.length).split('/')[0]!;
      branches.set(b, [...(branches.get(b) ?? []), e]);
    }
    const inBranches = new Set([...branches.values()].flat());
    const score = (es: ErrorObject[]): number => {
      const typeFail = es.some((e) => (e.keyword === 'type' || e.keyword === 'const') && e.instancePath === alt.instancePath);
      const depth = Math.max(...es.map((e) => e.instancePath.length));
      return (typeFail ? 0 : 1_000_000) + depth * 100 - es.length;
    };
    const ranked = [...branches.values()].sort((a, b) => score(b) - score(a));
    const best = ranked[0];
    const allTypeFails = ranked.every((es) => score(es) < 1_000_000);
    errs = errs.filter((e) => e !== alt && !inBranches.has(e));
    if (!best || allTypeFails) {
      errs.push({ ...alt, keyword: 'anyOf', params: { alternatives: [...branches.values()].map((es) => es[0]?.params) } });
    } else {
      errs.push(...best);
    }
  }
  return errs;
}

function describeAlternatives(params: Record<string, unknown>): string {
  const alts = (params.alternatives as Array<Record<string, unknown> | undefined>) ?? [];
  const words = alts.map((p) => {
    if (p && 'allowedValue' in p) return show(p.allowedValue);
    if (p && 'allowedValues' in p) return (p.allowedValues as unknown[]).map(show).join(', ');
    if (p && typeof p.type === 'string') return TYPE_WORDS[p.type] ?? p.type;
    return 'another form';
  });
  return [...new Set(words)].join(' or ');
}

export function schemaProblems(errors: ErrorObject[], data: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of collapse(errors)) {
    const path = pointerToPath(e.instancePath, data);
    const v = valueAt(data, path);
    const p = e.params as Record<string, unknown>;
    const last = path[path.length - 1];
    const name = typeof last === 'string' ? `"${last}" ` : '';
    let problem: SchemaProblem;
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String(p.additionalProperty);
        const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
        problem = { path: [...path, key], atKey: true, message: `unknown property "${key}"${didYouMean(key, known)}${known.length && !didYouMean(key, known) ? `; allowed here: ${known.join(', ')}` : ''}` };
        break;
      }
      case 'required':
        problem = { path, message: `missing required property "${String(p.missingProperty)}"` };
        break;
      case 'type':
        problem = { path, message: `${name}must be ${TYPE_WORDS[String(p.type)] ?? String(p.type)}, found ${typeName(v)}` };
        break;
      case 'enum': {
        const allowed = (p.allowedValues as unknown[]).map(String);
        problem = { path, message: `${show(v)} is not allowed here: use one of ${allowed.join(', ')}${typeof v === 'string' ? didYouMean(v, allowed) : ''}` };
        break;
      }
      case 'const':
        problem = { path, message: `must be ${show(p.allowedValue)}, found ${show(v)}` };
        break;
      case 'pattern':
        problem = { path, message: patternMessage(String(p.pattern), v) };
        break;
      case 'minItems':
        problem = { path, message: `${name}needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
        break;
      case 'minProperties':
        problem = { path, message: `needs at least ${String(p.limit)} entr${p.limit === 1 ? 'y' : 'ies'}` };
        break;
      case 'minLength':
        problem = { path, message: `${name}${p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long`}` };
        break;
      case 'maxLength':
        problem = { path, message: `must be at most ${String(p.limit)} characters long` };
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        problem = { path, message: `${show(v)} ${e.message ?? 'is out of range'}` };
        break;
      case 'uniqueItems':
        problem = { path, message: `lists the same value twice (items ${String(p.j)} and ${String(p.i)})` };
        break;
      case 'anyOf':
      case 'oneOf':
        problem = { path, message: `must be ${describeAlternatives(p)}, found ${typeName(v)}` };
        break;
      case 'propertyNames':
        continue; // the inner error (a pattern on the key) says it better
      default:
        problem = { path, message: e.message ?? `fails ${e.keyword}` };
    }
    if (e.keyword === 'pattern' && e.propertyName !== undefined) {
      problem = { path: [...path, e.propertyName], atKey: true, message: patternMessage(String(p.pattern), e.propertyName) };
    }
    const key = `${problem.path.join('\u0000')}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return dropMisspelledRequired(out);
}

/** `ownr` unknown and `owner` missing are one typo: keep only the "did you mean". */
function dropMisspelledRequired(problems: SchemaProblem[]): SchemaProblem[] {
  const meant = new Set(
    problems.flatMap((p) => {
      const m = /^unknown property "[^"]*" \(did you mean "([^"]+)"\?\)/.exec(p.message);
      return m ? [`${p.path.slice(0, -1).join('\u0000')}|${m[1]}`] : [];
    }),
  );
  return problems.filter((p) => {
    const m = /^missing required property "([^"]+)"$/.exec(p.message);
    return !(m && meant.has(`${p.path.join('\u0000')}|${m[1]}`));
  });
}

// Shared by the render tests: the bundled example, in-memory repositories, and link extraction.
import { fileURLToPath } from 'node:url';
import { loadRepository, type LoadedRepository } from '../../src/app/load.js';
import { renderManual, type RenderOptions } from '../../src/adapters/render-manual.js';
import { processText } from '../../src/core/model/document.js';
import { RepoIndex } from '../../src/core/model/index-repo.js';
import type { StdkitConfig } from '../../src/core/model/types.js';
import { CONFIG as LINT_CONFIG } from '../helpers/lint.js';
import { validators } from '../../src/core/model/validators.js';

export const EXAMPLE = fileURLToPath(new URL('../../examples/cross-region-ops/', import.meta.url));

let example: Promise<LoadedRepository> | undefined;
export function loadExample(): Promise<LoadedRepository> {
  return (example ??= loadRepository(EXAMPLE));
}

export async function renderExample(opts: RenderOptions = {}): Promise<Map<string, string>> {
  return renderManual(await loadExample(), { date: '2026-12-01', formats: ['markdown', 'html'], ...opts });
}

export const CONFIG: StdkitConfig = { ...LINT_CONFIG, manual: { ...LINT_CONFIG.manual, version: '2.1.0' } };

/** A repository from YAML texts, with no files behind it. */
export function repoFromYaml(files: Record<string, string>, config: StdkitConfig = CONFIG): Pick<LoadedRepository, 'root' | 'config' | 'index'> {
  const results = Object.entries(files).map(([file, text]) => processText(file, text, validators));
  const invalid = results.flatMap((r) => r.findings).filter((f) => f.rule === 'schema' || f.rule === 'document-kind' || f.rule === 'yaml-syntax');
  if (invalid.length) throw new Error(`fixture is not valid: ${invalid.map((f) => `${f.file}:${f.line} ${f.message}`).join('; ')}`);
  return { root: '/nonexistent-stdkit-test-root', config, index: new RepoIndex(results.flatMap((r) => r.docs), config) };
}

export const ORG = `apiVersion: stdkit/v1
kind: Organization
metadata: { id: acme, title: Acme, version: 1.0.0 }
spec:
  regions:
    - { code: EC, name: East, status: active }
    - { code: SC, name: South, status: active }
  roles:
    - { id: ops, name: Operations lead, level: hq }
    - { id: rep, name: Sales rep, level: region }
  systems:
    - { id: erp, name: ERP }
  forms:
    - { id: order-form, name: Order form }
`;

export const STANDARD = `apiVersion: stdkit/v1
kind: Standard
metadata: { id: orders, title: Orders, version: 1.0.0, owner: ops, status: active }
spec:
  purpose: Orders are **confirmed** fast.
  regions: all
  steps:
    - { id: intake, name: Intake, responsible: rep, inputs: [order-form], outputs: [erp], sla: 4h }
    - { id: confirm, name: Confirm, responsible: ops, inputs: [erp], sla: 24h }
  variants:
    - { region: SC, reason: pilot, until: 2027-06-30, steps: [{ id: confirm, sla: 2bd }] }
`;

/** every link target of a Markdown page: [text](target) and href="target" */
export function markdownLinks(text: string): string[] {
  const withoutCode = text.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

export function htmlHrefs(text: string): string[] {
  return [...text.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
}

export function htmlIds(text: string): Set<string> {
  return new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
}

// Where each kind lives by convention, its schema file, and the names people type for it.
import type { Kind } from '../model/types.js';

export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

export interface KindInfo {
  kind: Kind;
  folder: string;
  schema: string;
}

export const KIND_INFO: Readonly<Record<Kind, KindInfo>> = {
  Organization: { kind: 'Organization', folder: 'org', schema: 'organization.schema.json' },
  Standard: { kind: 'Standard', folder: 'standards', schema: 'standard.schema.json' },
  ResponsibilityMatrix: { kind: 'ResponsibilityMatrix', folder: 'matrices', schema: 'responsibility-matrix.schema.json' },
  DataDictionary: { kind: 'DataDictionary', folder: 'dictionaries', schema: 'data-dictionary.schema.json' },
  RolloutPlan: { kind: 'RolloutPlan', folder: 'rollouts', schema: 'rollout-plan.schema.json' },
};

export const CONFIG_SCHEMA = 'stdkit-config.schema.json';

const ALIASES: Record<string, Kind> = {
  organization: 'Organization',
  org: 'Organization',
  standard: 'Standard',
  process: 'Standard',
  responsibilitymatrix: 'ResponsibilityMatrix',
  matrix: 'ResponsibilityMatrix',
  raci: 'ResponsibilityMatrix',
  datadictionary: 'DataDictionary',
  dictionary: 'DataDictionary',
  rolloutplan: 'RolloutPlan',
  rollout: 'RolloutPlan',
};

/** `Standard`, `standard`, `data-dictionary`, `raci`, … → the kind, or undefined */
export function parseKind(name: string): Kind | undefined {
  return ALIASES[name.toLowerCase().replace(/[-_\s]/g, '')];
}

/** order-fulfilment → Order fulfilment */
export function titleFromId(id: string): string {
  const words = id.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// The explicit rule registry, sorted by id. A rule file is named after its id.
import type { Rule } from '../types.js';
import { deprecatedDependency } from './deprecated-dependency.js';
import { documentKind } from './document-kind.js';
import { fieldExample } from './field-example.js';
import { flowReachable } from './flow-reachable.js';
import { flowTerminates } from './flow-terminates.js';
import { idUnique } from './id-unique.js';
import { kpiThreshold } from './kpi-threshold.js';
import { metricCurrencyFlags } from './metric-currency-flags.js';
import { organizationRequired } from './organization-required.js';
import { patternValid } from './pattern-valid.js';
import { raciResponsible } from './raci-responsible.js';
import { raciRoleColumn } from './raci-role-column.js';
import { raciSingleAccountable } from './raci-single-accountable.js';
import { refField } from './ref-field.js';
import { refIo } from './ref-io.js';
import { refMetric } from './ref-metric.js';
import { refRegion } from './ref-region.js';
import { refRole } from './ref-role.js';
import { refStandard } from './ref-standard.js';
import { refStep } from './ref-step.js';
import { refSystem } from './ref-system.js';
import { reportDue } from './report-due.js';
import { reviewOverdue } from './review-overdue.js';
import { rolloutDates } from './rollout-dates.js';
import { rolloutDeprecatedStandard } from './rollout-deprecated-standard.js';
import { rolloutPilotFirst } from './rollout-pilot-first.js';
import { rolloutRegionOnce } from './rollout-region-once.js';
import { schema } from './schema.js';
import { slaFormat } from './sla-format.js';
import { variantRegion } from './variant-region.js';
import { variantStale } from './variant-stale.js';
import { yamlSyntax } from './yaml-syntax.js';

export const rules: readonly Rule[] = [
  deprecatedDependency,
  documentKind,
  fieldExample,
  flowReachable,
  flowTerminates,
  idUnique,
  kpiThreshold,
  metricCurrencyFlags,
  organizationRequired,
  patternValid,
  raciResponsible,
  raciRoleColumn,
  raciSingleAccountable,
  refField,
  refIo,
  refMetric,
  refRegion,
  refRole,
  refStandard,
  refStep,
  refSystem,
  reportDue,
  reviewOverdue,
  rolloutDates,
  rolloutDeprecatedStandard,
  rolloutPilotFirst,
  rolloutRegionOnce,
  schema,
  slaFormat,
  variantRegion,
  variantStale,
  yamlSyntax,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));

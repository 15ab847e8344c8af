// The repository at a glance, computed from the index and facts gathered at the edges (git).
import type { Bump } from '../diff/types.js';
import type { RepoIndex } from '../model/index-repo.js';
import { KINDS, type Kind, type Status } from '../model/types.js';
import { daysBetween, DEFAULT_REVIEW_INTERVAL, reviewDueDate } from './dates.js';

export const STATUSES: readonly Status[] = ['draft', 'pilot', 'active', 'deprecated'];
export const DRAFT_AGE_DAYS = 90;

export interface DocRef { file: string; kind: Kind; id: string }

export interface ReleaseFacts {
  git: boolean;
  /** latest release tag, null before the first release */
  latest: string | null;
  /** changes since that tag to the working tree; null when there is no tag or no git */
  unreleased: { changes: number; bump: Bump } | null;
}

export interface StatusReport {
  manual: { title: string; version: string };
  today: string;
  documents: { total: number; invalid: number; byKind: Record<Kind, Record<Status, number>> };
  release: ReleaseFacts;
  staleVariants: Array<{ file: string; standard: string; region: string; until: string }>;
  oldDrafts: Array<DocRef & { since: string; days: number }>;
  review: { interval: string; overdue: Array<DocRef & { reviewed: string; due: string }>; neverReviewed: number };
}

export interface StatusInput {
  index: RepoIndex;
  today: string;
  release: ReleaseFacts;
  /** when each file was first committed (YYYY-MM-DD); files not committed yet are absent */
  addedOn: ReadonlyMap<string, string>;
}

export function summarize(input: StatusInput): StatusReport {
  const { index, today } = input;
  const config = index.config;
  const interval = config?.review?.interval ?? DEFAULT_REVIEW_INTERVAL;
  const byKind = Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(STATUSES.map((s) => [s, 0]))])) as StatusReport['documents']['byKind'];
  const report: StatusReport = {
    manual: { title: config?.manual.title ?? '', version: config?.manual.version ?? '' },
    today,
    documents: { total: index.docs.length, invalid: index.docs.filter((d) => !d.valid).length, byKind },
    release: input.release,
    staleVariants: [],
    oldDrafts: [],
    review: { interval, overdue: [], neverReviewed: 0 },
  };
  for (const doc of index.valid()) {
    const m = doc.data.metadata;
    const status = m.status ?? 'draft';
    byKind[doc.data.kind][status]++;
    const ref: DocRef = { file: doc.file, kind: doc.data.kind, id: m.id };
    const since = input.addedOn.get(doc.file);
    if (status === 'draft' && since !== undefined && daysBetween(since, today) > DRAFT_AGE_DAYS) {
      report.oldDrafts.push({ ...ref, since, days: daysBetween(since, today) });
    }
    if (m.reviewed === undefined) report.review.neverReviewed++;
    else {
      const due = reviewDueDate(m.reviewed, interval);
      if (due !== undefined && due < today) report.review.overdue.push({ ...ref, reviewed: m.reviewed, due });
    }
  }
  for (const doc of index.ofKind('Standard')) {
    for (const v of doc.data.spec.variants ?? []) {
      if (typeof v.until === 'string' && v.until < today) report.staleVariants.push({ file: doc.file, standard: doc.data.metadata.id, region: v.region, until: v.until });
    }
  }
  return report;
}

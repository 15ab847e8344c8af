// Pure helpers for choosing what to compare: revision ranges and the latest release tag.
import semver from 'semver';

export interface RangeSpec {
  base?: string;
  head?: string;
  /** `base...head`: compare from their merge-base, as `git diff A...B` does */
  mergeBase: boolean;
}

/** `[base] [head]` arguments, where base may be written `A...B` or `A..B` */
export function parseRange(base: string | undefined, head: string | undefined): RangeSpec {
  if (base === undefined || head !== undefined) return { base, head, mergeBase: false };
  const three = base.indexOf('...');
  if (three >= 0) return { base: base.slice(0, three) || 'HEAD', head: base.slice(three + 3) || undefined, mergeBase: true };
  const two = base.indexOf('..');
  if (two >= 0) return { base: base.slice(0, two) || 'HEAD', head: base.slice(two + 2) || undefined, mergeBase: false };
  return { base, head, mergeBase: false };
}

/** the highest semver among tags named `<prefix><version>`, or undefined */
export function latestTag(tags: readonly string[], prefix: string): string | undefined {
  let best: { tag: string; v: string } | undefined;
  for (const tag of tags) {
    if (!tag.startsWith(prefix)) continue;
    const v = semver.valid(tag.slice(prefix.length));
    if (v && (!best || semver.gt(v, best.v))) best = { tag, v };
  }
  return best?.tag;
}

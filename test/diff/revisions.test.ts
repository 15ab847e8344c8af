import { describe, expect, test } from 'vitest';
import { latestTag, parseRange } from '../../src/core/diff/revisions.js';
import { parsePath } from '../../src/core/diff/describe.js';

describe('revisions', () => {
  test.each([
    [[undefined, undefined], { base: undefined, head: undefined, mergeBase: false }],
    [['v1.0.0', undefined], { base: 'v1.0.0', head: undefined, mergeBase: false }],
    [['main...feature', undefined], { base: 'main', head: 'feature', mergeBase: true }],
    [['origin/main...', undefined], { base: 'origin/main', head: undefined, mergeBase: true }],
    [['v1..v2', undefined], { base: 'v1', head: 'v2', mergeBase: false }],
    [['a', 'b'], { base: 'a', head: 'b', mergeBase: false }],
  ] as const)('parseRange(%j)', ([b, h], expected) => {
    expect(parseRange(b, h)).toEqual(expected);
  });

  test('latestTag sorts by semver and keeps to the prefix', () => {
    expect(latestTag(['v1.2.0', 'v1.10.0', 'v1.9.3', 'vnext', 'x2.0.0'], 'v')).toBe('v1.10.0');
    expect(latestTag(['release-1.0.0', 'release-0.9.0'], 'release-')).toBe('release-1.0.0');
    expect(latestTag(['foo'], 'v')).toBeUndefined();
  });

  test('paths whose keys hold dots and brackets', () => {
    expect(parsePath('spec.faq[What if. it fails?].a')).toEqual([{ name: 'spec' }, { name: 'faq', key: 'What if. it fails?' }, { name: 'a' }]);
    expect(parsePath('spec.variants[SC].steps[x].sla')).toEqual([{ name: 'spec' }, { name: 'variants', key: 'SC' }, { name: 'steps', key: 'x' }, { name: 'sla' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, tooDeep } from '../../src/core/model/yaml-guards.js';

describe('tooDeep', () => {
  it.each([
    ['a long line of prose', `description: ${'很长的说明文字'.repeat(3000)}\n`],
    ['many brackets side by side', `ids: ${'[a], '.repeat(2 * MAX_DEPTH)}\n`],
    ['deep but within the limit', `a: ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}\n`],
    ['brackets inside quotes', `a: ["${'['.repeat(2 * MAX_DEPTH)}"]\n`],
    ['brackets in a comment', `a: 1 # ${'['.repeat(2 * MAX_DEPTH)}\n`],
  ])('accepts %s', (_name, text) => {
    expect(tooDeep(text)).toBeUndefined();
  });

  it.each([
    ['flow sequences', `a: ${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}\n`, 1, 4 + MAX_DEPTH],
    ['compact block sequences', `x: 1\n${'- '.repeat(MAX_DEPTH + 1)}x\n`, 2, 2 * MAX_DEPTH + 1],
    ['indentation', `x: 1\n${' '.repeat(MAX_DEPTH * 8 + 1)}y: 1\n`, 2, MAX_DEPTH * 8 + 1],
  ])('refuses %s, at the place it passes the limit', (_name, text, line, column) => {
    expect(tooDeep(text)).toEqual({ line, column });
  });
});

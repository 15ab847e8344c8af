import { describe, it, expect } from 'vitest';
import { formatters, getFormatter } from '../../src/formatters/index.js';
import { FORMATS } from '../../src/formatters/types.js';
import { ctx, result } from './fixture.js';

describe('formatter registry', () => {
  it('has a formatter for every format, and nothing else', () => {
    expect(Object.keys(formatters).sort()).toEqual([...FORMATS].sort());
    for (const name of FORMATS) expect(typeof getFormatter(name)!(result, ctx())).toBe('string');
  });

  it('knows no other names', () => {
    expect(getFormatter('xml')).toBeUndefined();
    expect(getFormatter('toString')).toBeUndefined();
    expect(getFormatter('__proto__')).toBeUndefined();
  });
});

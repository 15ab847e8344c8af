import { it, expect } from 'vitest';
import { lintYaml, repo } from '../helpers/lint.js';
it('base', () => { expect(lintYaml(repo())).toEqual([]); });

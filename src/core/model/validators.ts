// The schemas of schemas/, compiled ahead of time by scripts/build-validators.mjs.
import * as generated from '../../generated/validators.js';
import type { Validators } from './document.js';

export const validators: Validators = {
  Organization: generated.Organization,
  Standard: generated.Standard,
  ResponsibilityMatrix: generated.ResponsibilityMatrix,
  DataDictionary: generated.DataDictionary,
  RolloutPlan: generated.RolloutPlan,
};

export const validateConfig = generated.Config;

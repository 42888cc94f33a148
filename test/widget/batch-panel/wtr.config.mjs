// Runs only the batch panel's specs, with the shared config plus the papaparse plugin:
// `wtr --config test/widget/batch-panel/wtr.config.mjs`.
import base from '../../../web-test-runner.config.mjs';
import { papaparseEsm } from './wtr-papaparse.mjs';

const hasPlugin = base.plugins.some((p) => p.name === 'papaparse-esm');
export default {
  ...base,
  files: ['test/widget/batch-panel/**/*.spec.ts'],
  plugins: hasPlugin ? base.plugins : [...base.plugins, papaparseEsm()],
};

// Browser component tests: every test/**/*.spec.ts, in Debian's Chromium (no browser downloads here), one at a time
// (Chromium is flaky with concurrency > 1 as root). `npm run test:browser`.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/support/chromium.mjs';
import { access, readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const root = path.dirname(fileURLToPath(import.meta.url));
const examplesDir = path.join(root, 'test/data/examples');

/** Serves the contract's worked examples to the tests: GET /__examples__/ lists them, /__examples__/NAME.json reads one. */
function specExamples() {
  return {
    name: 'spec-examples',
    async serve(context) {
      if (!context.path.startsWith('/__examples__/')) return undefined;
      const name = decodeURIComponent(context.path.slice('/__examples__/'.length));
      if (name === '') {
        const files = (await readdir(examplesDir)).filter((f) => f.endsWith('.json')).sort();
        return { body: JSON.stringify(files), type: 'application/json' };
      }
      if (!/^[\w.-]+\.json$/.test(name)) return { body: 'not found', status: 404 };
      return { body: await readFile(path.join(examplesDir, name), 'utf8'), type: 'application/json' };
    },
  };
}

// papaparse is UMD/CommonJS; the batch panel's plugin gives the browser an ES default export (when that panel is here).
const papaparsePlugin = path.join(root, 'test/widget/batch-panel/wtr-papaparse.mjs');
const extraPlugins = await access(papaparsePlugin).then(
  async () => [(await import(papaparsePlugin)).papaparseEsm()],
  () => [],
);

export default {
  rootDir: root,
  files: ['test/**/*.spec.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: path.join(root, 'tsconfig.json') }),
    specExamples(),
    ...extraPlugins,
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};

/**
 * The widget's single embeddable file and the demo site (`npm run build:widget`):
 * - dist/widget/ezone-subsidy-calculator.js: ES module, every dependency bundled (lit, i18next, decimal.js, valibot,
 *   the core and its locales), so a web page needs one <script type="module"> tag.
 * - dist/demo/: the static demo pages from demo/pages/, copied as they are: they load ../widget/… with one script
 *   tag, as a webmaster would, and are served by demo/serve.mjs.
 * The extension has its own config (extension/).
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

function demoPages(): Plugin {
  return {
    name: 'ezone-demo-pages',
    apply: 'build',
    async closeBundle() {
      const out = path.join(root, 'dist/demo');
      await rm(out, { recursive: true, force: true });
      await mkdir(out, { recursive: true });
      await cp(path.join(root, 'demo/pages'), out, { recursive: true });
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: true,
    lib: {
      entry: path.join(root, 'widget/index.ts'),
      formats: ['es'],
      fileName: () => 'ezone-subsidy-calculator.js',
    },
    rollupOptions: {
      // One file: no chunk splitting even if something is imported dynamically.
      output: { codeSplitting: false, minify: true } as Record<string, unknown>,
    },
  },
  plugins: [demoPages()],
});

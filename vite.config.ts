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
import { xlsxChunk } from './widget/batch-panel/xlsx-chunk.ts';
import { whatIfChunk } from './widget/what-if/what-if-chunk.ts';

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

/**
 * The widget's Lit `css` literals (its `*.styles.ts` files) as the browser needs them, without comments and
 * indentation: the JS minifier leaves template text alone (-0.5 KB gzipped). What any CSS minifier does first, and
 * safe in any stylesheet: comments out, runs of whitespace to one space, none around `{ } ; ,` (never around `:`,
 * since `a :hover` is not `a:hover`); quoted strings are kept as they are. A literal with `${}` is left untouched.
 */
export function minifyCssLiterals(): Plugin {
  const minify = (css: string) =>
    css
      .split(/('[^']*'|"[^"]*")/)
      .map((part, i) =>
        i % 2
          ? part
          : part
              .replace(/\/\*[\s\S]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/\s*([{};,])\s*/g, '$1')
              .replace(/;}/g, '}'),
      )
      .join('')
      .trim();
  return {
    name: 'ezone-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]widget[\\/].*\.styles\.ts$/.test(id)) return null;
      return code.replace(/\bcss`([^`$\\]*)`/g, (_, text: string) => `css\`${minify(text)}\``);
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
      // core/what-if/ runs nothing when loaded: declared so, the core's public exports of it cost the one file no
      // byte (without this the bundler keeps an empty init wrapper per module); the what-if panel is its own file.
      treeshake: { moduleSideEffects: (id: string) => (/[\\/]core[\\/]what-if[\\/]/.test(id) ? false : undefined) },
    },
  },
  // The xlsx library is the one part built as a second file, fetched only when needed (widget/batch-panel/xlsx-chunk.ts).
  plugins: [minifyCssLiterals(), xlsxChunk(), whatIfChunk(), demoPages()],
});

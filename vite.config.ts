/**
 * The widget's embeddable folder and the demo site (`npm run build:widget`):
 * - dist/widget/ezone-subsidy-calculator.js: ES module, the one file a page names in its <script type="module"> tag,
 *   with what the first result needs but the words (lit, decimal.js less the maths the core never does:
 *   widget/lean-decimal.ts, valibot, the core). The rest is split off into
 *   files beside it, which it imports relative to its own URL when needed (issue 12 "Load"): the page's language
 *   (ezone-subsidy-lang-zh-CN.js, ezone-subsidy-lang-en.js), the batch tab (ezone-subsidy-batch-panel.js and
 *   ezone-subsidy-batch.worker.js), and, built separately, the what-if panel and the xlsx code.
 * - dist/demo/: the static demo pages from demo/pages/, copied as they are: they load ../widget/… with one script
 *   tag, as a webmaster would, and are served by demo/serve.mjs.
 * The extension has its own config (extension/).
 */
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { xlsxChunk } from './widget/batch-panel/xlsx-chunk.ts';
import { whatIfChunk } from './widget/what-if/what-if-chunk.ts';
import { leanDecimal } from './widget/lean-decimal.ts';

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

/**
 * The words are imported statically by widget/i18n.ts and core/i18n.ts (sources, Node, tests and the npm package have
 * both languages at once). In the built widget those imports become stubs, and widget/lang-<lang>.ts, a file of its
 * own per language, brings the words when an element first speaks that language: a page downloads its own language
 * only. The widget's stub keeps the one sentence needed when no words could be fetched at all (`calc.loadFailed`).
 */
export function lazyLocales(): Plugin {
  const STUB = '\0ezone-lazy-locale:';
  const importers = /[\\/](widget|core)[\\/]i18n\.ts$/;
  return {
    name: 'ezone-lazy-locales',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const m = /locales\/(en|zh-CN)\/(widget|core)\.json$/.exec(source);
      if (importer && importers.test(importer) && m) return `${STUB}${m[1]}/${m[2]}`;
      return null;
    },
    async load(id) {
      if (!id.startsWith(STUB)) return null;
      const [lang, ns] = id.slice(STUB.length).split('/');
      if (ns !== 'widget') return 'export default {};';
      const words = JSON.parse(await readFile(path.join(root, `locales/${lang}/widget.json`), 'utf8'));
      return `export default ${JSON.stringify({ calc: { loadFailed: words.calc.loadFailed } })};`;
    },
  };
}

/**
 * The policy data is checked here, at build time, instead of in every visitor's browser (issue 12 "Load"): the build
 * loads core/policy/versions.ts, which checks the shipped versions as the CLI and every test do (a malformed figure
 * fails the build with a PolicyDataError naming it, `art2.premiumThreshold.inclusive: true or false`), and the
 * widget's file then compiles the data it was built from without the checker: core/policy/book.ts's `./schema.ts`
 * becomes a pass-through, so the policy schema and the valibot parts only it uses ship in no file (-2.5 KB gzipped)
 * and no page spends its first result validating. The scenario schema (what users type) is still checked in the page.
 */
export function checkedPolicy(): Plugin {
  const STUB = '\0ezone-checked-policy';
  return {
    name: 'ezone-checked-policy',
    apply: 'build',
    enforce: 'pre',
    async buildStart() {
      // Throws (failing the build) when the data is malformed; the message names the version and every figure.
      await import('./core/policy/versions.ts');
    },
    resolveId(source, importer) {
      if (source === './schema.ts' && importer && /[\\/]core[\\/]policy[\\/]book\.ts$/.test(importer)) return STUB;
      return null;
    },
    // The checker itself (core/index.ts re-exports its error class) runs nothing the widget uses: dropped whole.
    transform(code, id) {
      if (!/[\\/]core[\\/]policy[\\/]schema\.ts$/.test(id)) return null;
      return { code, moduleSideEffects: false };
    },
    load(id) {
      if (id !== STUB) return null;
      // Only what book.ts uses: the data as it is (checked at build time) and the error for a revision's dates.
      return `export class PolicyDataError extends Error {
  constructor(source, problems) {
    super('Policy data ' + source + ' is malformed:\\n' + problems.map((p) => '  ' + p.path + ': ' + p.message).join('\\n'));
    this.name = 'PolicyDataError';
    this.source = source;
    this.problems = problems;
  }
}
export const checkPolicy = (data) => data;
export const checkRevision = (data) => data;`;
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
      // The widget's file may export more than widget/index.ts does, so what the first result needs stays in it
      // rather than in chunks it would import (one request, no waterfall of imports).
      preserveEntrySignatures: 'allow-extension',
      // Dynamic imports (the English words, the batch tab) become files beside the widget's, fetched relative to it.
      output: { minify: true, chunkFileNames: 'ezone-subsidy-[name].js' } as Record<string, unknown>,
      // core/what-if/ runs nothing when loaded: declared so, the core's public exports of it cost the one file no
      // byte (without this the bundler keeps an empty init wrapper per module); the what-if panel is its own file.
      treeshake: { moduleSideEffects: (id: string) => (/[\\/]core[\\/]what-if[\\/]/.test(id) ? false : undefined) },
    },
  },
  // The xlsx library is the one part built as a second file, fetched only when needed (widget/batch-panel/xlsx-chunk.ts).
  plugins: [
    checkedPolicy(),
    lazyLocales(),
    leanDecimal(),
    minifyCssLiterals(),
    xlsxChunk(),
    whatIfChunk(),
    demoPages(),
  ],
});

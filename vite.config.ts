/**
 * The widget's embeddable folder and the demo site (`npm run build:widget`):
 * - dist/widget/ezone-subsidy-calculator.js: ES module, the one file a Chinese page names in its <script type="module">
 *   tag, with what the first result needs (lit, decimal.js less the maths the core never does: widget/lean-decimal.ts,
 *   valibot, the core, the Chinese words); ezone-subsidy-calculator.en.js, the same with the English words, for an
 *   English page (WIDGET_FILES). The rest is split off into files beside them, which each imports relative to its own
 *   URL when needed (issue 12 "Load"): the other language (ezone-subsidy-lang-en.js; ezone-subsidy-en-lang-zh-CN.js),
 *   the batch tab (ezone-subsidy-batch-panel.js and ezone-subsidy-batch.worker.js; ezone-subsidy-en-…), and, built
 *   separately, the what-if panel and the xlsx code, which serve both.
 * - dist/demo/: the static demo pages from demo/pages/, copied as they are: they load ../widget/… with one script
 *   tag, as a webmaster would, and are served by demo/serve.mjs.
 * The extension has its own config (extension/).
 */
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
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
 * both languages at once). A built widget file carries one language's words (`inline`: the language of the page it is
 * meant for, WIDGET_FILES below): a page in that language needs no second request before its first result, which
 * on 2 cores cost 16 ms with Chromium at real-time priority and 40 ms at load 5 (issue 12 "Load"). The other language's imports
 * become stubs, and widget/lang-<lang>.ts, a file of its own, brings its words when an element first speaks it. The
 * stub keeps the one sentence needed when no words could be fetched at all (`calc.loadFailed`).
 *
 * Words that ship are `JSON.parse` of a string rather than an object literal: V8 compiles a string without looking into
 * it and parses JSON faster than JavaScript (first result 36.7 -> 34.3 and 39.5 -> 35.8 ms, paired runs of 30 loads,
 * Chromium at real-time priority).
 */
export function lazyLocales(inline: WidgetLang): Plugin {
  const STUB = '\0ezone-lazy-locale:';
  const PARSED = '\0ezone-locale-json:';
  const importers = /[\\/](widget|core)[\\/]i18n\.ts$/;
  const langFiles = /[\\/]widget[\\/]lang-(en|zh-CN)\.ts$/;
  return {
    name: 'ezone-lazy-locales',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const m = /locales\/(en|zh-CN)\/(widget|core)\.json$/.exec(source);
      if (!importer || !m) return null;
      if (importers.test(importer)) return `${m[1] === inline ? PARSED : STUB}${m[1]}/${m[2]}`;
      return langFiles.test(importer) ? `${PARSED}${m[1]}/${m[2]}` : null;
    },
    // The file's own language is never fetched (`loadLang` finds it loaded): its import goes, so it gets no file of
    // its own and its words stay in this file instead of a chunk this file would import.
    transform(code, id) {
      if (!/[\\/]widget[\\/]i18n\.ts$/.test(id)) return null;
      const own = `import('./lang-${inline}.ts')`;
      if (code.split(own).length !== 2) this.error(`widget/i18n.ts: expected ${own} once`);
      return code.replace(own, `Promise.reject(new Error('${inline} is built in'))`);
    },
    async load(id) {
      const parsed = id.startsWith(PARSED);
      if (!parsed && !id.startsWith(STUB)) return null;
      const [lang, ns] = id.slice((parsed ? PARSED : STUB).length).split('/');
      const words = JSON.parse(await readFile(path.join(root, `locales/${lang}/${ns}.json`), 'utf8'));
      if (parsed) return `export default JSON.parse(${JSON.stringify(JSON.stringify(words))});`;
      if (ns !== 'widget') return 'export default {};';
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
 * The data files themselves (core/policy/measures-*.ts: plain data) ship as `JSON.parse` of a string, which V8
 * compiles and reads faster than an object literal (see `lazyLocales`).
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
    async load(id) {
      if (/[\\/]core[\\/]policy[\\/]measures-[^\\/]+\.ts$/.test(id)) {
        const data = (await import(pathToFileURL(id).href)) as Record<string, unknown>;
        return Object.entries(data)
          .map(([name, value]) => {
            const json = JSON.stringify(value);
            // Plain data only: anything JSON would change (undefined, a Date, a function) keeps the module as it is.
            if (!isDeepStrictEqual(JSON.parse(json), value)) this.error(`${id}: ${name} is not plain JSON data`);
            return `export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(json)});`;
          })
          .join('\n');
      }
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

export type WidgetLang = 'zh-CN' | 'en';

/**
 * The widget's files, one set per language whose words the page's file carries: a Chinese page names
 * ezone-subsidy-calculator.js (Chinese is the policy's language and the element's default), an English page
 * ezone-subsidy-calculator.en.js. Each file defines the same element and works in both languages (the other one is
 * fetched when an element speaks it); the files it imports later (the other language, the batch tab) are its own
 * (`chunks`), since they import what they share from the file that loaded them. The what-if and xlsx files import
 * nothing from it and serve both.
 */
export const WIDGET_FILES: Record<WidgetLang, { readonly file: string; readonly chunks: string }> = {
  'zh-CN': { file: 'ezone-subsidy-calculator.js', chunks: 'ezone-subsidy-[name].js' },
  en: { file: 'ezone-subsidy-calculator.en.js', chunks: 'ezone-subsidy-en-[name].js' },
};

/** The build of one language's widget file and its chunks (`extra`: the plugins that build the shared files). */
export function widgetConfig(lang: WidgetLang, extra: Plugin[] = []): UserConfig {
  return {
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist/widget',
      emptyOutDir: lang === 'zh-CN',
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: true,
      lib: {
        entry: path.join(root, 'widget/index.ts'),
        formats: ['es'],
        fileName: () => WIDGET_FILES[lang].file,
      },
      rollupOptions: {
        // The widget's file may export more than widget/index.ts does, so what the first result needs stays in it
        // rather than in chunks it would import (one request, no waterfall of imports).
        preserveEntrySignatures: 'allow-extension',
        // Dynamic imports (the other language's words, the batch tab) become files beside the widget's, fetched relative to it.
        output: { minify: true, chunkFileNames: WIDGET_FILES[lang].chunks } as Record<string, unknown>,
        // core/what-if/ runs nothing when loaded: declared so, the core's public exports of it cost the one file no
        // byte (without this the bundler keeps an empty init wrapper per module); the what-if panel is its own file.
        treeshake: { moduleSideEffects: (id: string) => (/[\\/]core[\\/]what-if[\\/]/.test(id) ? false : undefined) },
      },
    },
    plugins: [checkedPolicy(), lazyLocales(lang), leanDecimal(), minifyCssLiterals(), ...extra],
  };
}

/**
 * Builds the English page's file and its chunks beside the Chinese one, once that build is written (not when the
 * build is kept in memory: bench/widget.ts builds each language itself).
 */
function englishFile(): Plugin {
  let outDir = '';
  let write = true;
  return {
    name: 'ezone-widget-english-file',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      write = config.build.write;
    },
    async closeBundle() {
      if (!write) return;
      const en = widgetConfig('en');
      await build({ ...en, configFile: false, build: { ...en.build, outDir } });
    },
  };
}

// The xlsx library and the what-if panel are built as files of their own, fetched only when needed
// (widget/batch-panel/xlsx-chunk.ts, widget/what-if/what-if-chunk.ts).
export default defineConfig(widgetConfig('zh-CN', [xlsxChunk(), whatIfChunk(), englishFile(), demoPages()]));

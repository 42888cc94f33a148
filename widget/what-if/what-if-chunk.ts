/**
 * The what-if panel's own file, dist/widget/ezone-subsidy-what-if.js, built beside the single file that pages embed
 * (vite.config.ts inlines every import it can see, so the panel is kept out of that file by a run-time URL in
 * ./load.ts and built here instead). The modules listed in ./shared.ts are not bundled again: their imports become
 * reads of what the calculator's file shares when it loads the panel, so the panel's file carries only the panel,
 * the what-if part of the core and its words.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { minifyCssLiterals } from '../../vite.config.ts';
import { SHARED_KEY, SHARED_MODULES } from './shared.ts';
import { WHAT_IF_CHUNK } from './load.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VIRTUAL = '\0ezone-what-if-shared:';

/** One module of the shared ones: a read of what the calculator's file put under SHARED_KEY. */
function reads(module: keyof typeof SHARED_MODULES): string {
  return [
    `import { shared } from ${JSON.stringify(`${VIRTUAL}registry`)};`,
    `const m = shared(${JSON.stringify(module)});`,
    ...SHARED_MODULES[module].map((n) => `export const ${n} = m.${n};`),
  ].join('\n');
}

const REGISTRY = `export function shared(module) {
  const found = globalThis[${JSON.stringify(SHARED_KEY)}]?.[module];
  if (!found) throw new Error(${JSON.stringify(`${WHAT_IF_CHUNK} is loaded by ezone-subsidy-calculator.js, not on its own`)});
  return found;
}`;

/** The core's public module, for the panel: the what-if part itself, the rest from the calculator's file. */
const CORE_INDEX = [
  `export { whatIf, whatIfRange, WHAT_IF_MAX_POINTS } from ${JSON.stringify(path.join(root, 'core/what-if/what-if.ts'))};`,
  `export { breakpointsOf } from ${JSON.stringify(path.join(root, 'core/what-if/breakpoints.ts'))};`,
  `export { whatIfTranslator } from ${JSON.stringify(path.join(root, 'core/what-if/messages.ts'))};`,
  `export { estimate } from ${JSON.stringify(`${VIRTUAL}core/engine.ts`)};`,
  `export { parseAmount } from ${JSON.stringify(`${VIRTUAL}core/amount.ts`)};`,
].join('\n');

function shared(): Plugin {
  return {
    name: 'ezone-what-if-shared',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.startsWith(VIRTUAL)) return source;
      if (source === 'lit') return `${VIRTUAL}lit`;
      if (!importer || !source.startsWith('.')) return null;
      const rel = path
        .relative(root, path.resolve(path.dirname(importer), source))
        .split(path.sep)
        .join('/');
      if (rel === 'core/index.ts') return `${VIRTUAL}core/index.ts`;
      return rel in SHARED_MODULES ? `${VIRTUAL}${rel}` : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const module = id.slice(VIRTUAL.length);
      if (module === 'registry') return REGISTRY;
      return module === 'core/index.ts' ? CORE_INDEX : reads(module as keyof typeof SHARED_MODULES);
    },
  };
}

/** Builds the panel's file into `outDir` and returns its code (for the bench's sizes). */
export async function buildWhatIfChunk(outDir: string, write = true): Promise<string> {
  const out = await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: [shared(), minifyCssLiterals()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      write,
      lib: {
        entry: path.join(root, 'widget/what-if/what-if-panel.ts'),
        formats: ['es'],
        fileName: () => WHAT_IF_CHUNK,
      },
      rollupOptions: { output: { codeSplitting: false, minify: true } as Record<string, unknown> },
    },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  const chunk = (result as { output: Array<{ type: string; code?: string }> }).output.find((o) => o.type === 'chunk');
  return chunk?.code ?? '';
}

/** Vite plugin for vite.config.ts: builds the panel's file into the widget's output folder once its file is written. */
export function whatIfChunk(): Plugin {
  let outDir = '';
  return {
    name: 'ezone-what-if-chunk',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await buildWhatIfChunk(outDir);
    },
  };
}

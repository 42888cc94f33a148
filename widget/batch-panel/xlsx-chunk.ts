/**
 * The widget's second file, dist/widget/ezone-subsidy-xlsx.js: batch/excel.ts with the xlsx library, built beside the
 * single file that pages embed. The widget's own build inlines every import it can see (vite.config.ts, no chunks),
 * so the library is kept out of it by a run-time URL (batch/xlsx-load.ts) and built here instead; pages and the
 * panel's workers fetch it only when an .xlsx file is dropped or an Excel export is asked for.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { XLSX_CHUNK } from '../../batch/xlsx-load.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function buildXlsxChunk(outDir: string): Promise<void> {
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: path.join(root, 'batch/excel.ts'), formats: ['es'], fileName: () => XLSX_CHUNK },
      rollupOptions: { output: { codeSplitting: false } as Record<string, unknown> },
    },
  });
}

/** Vite plugin for vite.config.ts: builds the chunk into the widget's output folder once its file is written. */
export function xlsxChunk(): Plugin {
  let outDir = '';
  return {
    name: 'ezone-xlsx-chunk',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await buildXlsxChunk(outDir);
    },
  };
}

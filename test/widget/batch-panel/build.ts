/**
 * Builds the widget's entry (widget/index.ts, which brings the batch panel) as one ES file, the way vite.config.ts
 * does (lib mode, no code splitting, plus the xlsx chunk beside it), into a temporary folder: the panel's workers must run from that one file, as
 * sites embed only it. Used by the e2e test and the bench.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildXlsxChunk } from '../../../widget/batch-panel/xlsx-chunk.ts';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function buildPanel(): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'ezone-batch-panel-'));
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: path.join(root, 'widget/index.ts'), formats: ['es'], fileName: () => 'batch-panel.js' },
      rollupOptions: { output: { codeSplitting: false } as Record<string, unknown> },
    },
  });
  await buildXlsxChunk(outDir);
  return outDir;
}

/** A page with the panel from one script tag, as a site embeds it. */
export const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>batch</title>
<script type="module" src="/batch-panel.js"></script></head>
<body><ezone-batch-panel lang="zh-CN"></ezone-batch-panel></body></html>`;

export { CHROMIUM_ARGS } from '../../support/chromium.mjs';

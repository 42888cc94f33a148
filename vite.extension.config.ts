/**
 * Builds the unpacked Manifest V3 extension into dist/extension/ and the store upload dist/extension.zip.
 * crxjs turns extension/manifest.json into the built manifest, bundles the content script and the pages, and lists
 * the content script's chunks as web_accessible_resources (its loader imports them via chrome.runtime.getURL).
 */
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { zipSync } from 'fflate';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import manifest from './extension/manifest.json' with { type: 'json' };

const outDir = resolve(import.meta.dirname, 'dist/extension');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** The store wants a zip of the unpacked folder, manifest.json at its root. */
function zipExtension(): Plugin {
  return {
    name: 'ezone-zip-extension',
    apply: 'build',
    closeBundle(error?: Error) {
      // A failed build leaves nothing to zip; the error itself is what the user needs to see.
      if (error || !existsSync(outDir)) return;
      const entries: Record<string, Uint8Array> = {};
      for (const f of files(outDir)) {
        // Vite's manifest is build metadata, not part of the extension.
        if (f.includes('/.vite/')) continue;
        entries[relative(outDir, f).split('\\').join('/')] = readFileSync(f);
      }
      writeFileSync(resolve(outDir, '../extension.zip'), zipSync(entries, { level: 9, mtime: new Date('2025-01-01T00:00:00Z') }));
    },
  };
}

export default defineConfig({
  root: resolve(import.meta.dirname, 'extension'),
  publicDir: resolve(import.meta.dirname, 'extension/public'),
  // Extension pages load from chrome-extension://, never from a server.
  base: './',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // Inlined data: URLs would break the extension pages' CSP.
    assetsInlineLimit: 0,
    modulePreload: false,
  },
  plugins: [crx({ manifest: manifest as ManifestV3Export }), zipExtension()],
  server: { port: 5174, strictPort: true },
});

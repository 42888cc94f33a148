/**
 * Builds the unpacked Manifest V3 extension into dist/extension/ and the store upload dist/extension.zip, and the
 * same files for Firefox into dist/extension-firefox/ and dist/extension-firefox.zip (only the manifest differs).
 * crxjs builds the extension pages (popup, options) from extension/manifest.json. The content script and the service
 * worker are bundled here by esbuild, each as one classic file: a content script that imports chunks must list them
 * as web-accessible resources, and any page can then fetch them to learn that the extension is installed. One file
 * needs no web-accessible resource at all. esbuild wraps what the content script imports lazily (`import()`) in
 * functions that run on first use, so a page without financial words never evaluates the detector, core or badges.
 */
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import sourceManifest from './extension/manifest.json' with { type: 'json' };

const outDir = resolve(import.meta.dirname, 'dist/extension');
const firefoxDir = resolve(import.meta.dirname, 'dist/extension-firefox');

/**
 * What Firefox needs in the manifest and Chromium does not: an add-on id (required for Manifest V3 in Firefox),
 * the first version with everything used here (`data_collection_permissions` needs 140 on desktop, an ESR, and 142
 * on Android), and the declaration that nothing is collected. Firefox has no background service worker: the same classic file runs as
 * a background script (an event page), which is what `background.js` already is.
 */
export const FIREFOX_ID = 'ezone-subsidy@ezone-subsidy';
export function firefoxManifest(chromium: Record<string, unknown>): Record<string, unknown> {
  const { background: _sw, ...rest } = chromium;
  return {
    ...rest,
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: { id: FIREFOX_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/** What crxjs builds: the manifest without the parts bundled here. */
function pagesManifest(): ManifestV3Export {
  const { content_scripts: _cs, background: _bg, ...rest } = sourceManifest as Record<string, unknown>;
  return rest as unknown as ManifestV3Export;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** The content script and the service worker, one classic file each; the manifest names them. */
function classicScripts(): Plugin {
  return {
    name: 'ezone-classic-scripts',
    apply: 'build',
    async closeBundle(error?: Error) {
      if (error || !existsSync(outDir)) return;
      const common = {
        bundle: true,
        minify: true,
        format: 'iife' as const,
        target: 'chrome120',
        legalComments: 'none' as const,
        write: true,
        logLevel: 'warning' as const,
      };
      await build({
        ...common,
        entryPoints: [resolve(import.meta.dirname, 'extension/inject/content.ts')],
        outfile: join(outDir, 'content.js'),
      });
      await build({
        ...common,
        entryPoints: [resolve(import.meta.dirname, 'extension/background/service-worker.ts')],
        outfile: join(outDir, 'background.js'),
      });
      const manifestPath = join(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      const [script] = sourceManifest.content_scripts;
      built.content_scripts = [{ ...script, js: ['content.js'] }];
      built.background = { service_worker: 'background.js' };
      // Nothing is web-accessible: a page cannot probe for the extension's files.
      delete built.web_accessible_resources;
      writeFileSync(manifestPath, JSON.stringify(built, null, 2) + '\n');
      zipExtension(outDir, resolve(outDir, '../extension.zip'));
      // Firefox: the very same files, its own manifest.
      rmSync(firefoxDir, { recursive: true, force: true });
      cpSync(outDir, firefoxDir, { recursive: true, filter: (src) => !src.includes('/.vite') });
      writeFileSync(join(firefoxDir, 'manifest.json'), JSON.stringify(firefoxManifest(built), null, 2) + '\n');
      zipExtension(firefoxDir, resolve(firefoxDir, '../extension-firefox.zip'));
    },
  };
}

/** The stores want a zip of the unpacked folder, manifest.json at its root. */
function zipExtension(dir: string, zipPath: string): void {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files(dir)) {
    // Vite's manifest is build metadata, not part of the extension.
    if (f.includes('/.vite/')) continue;
    entries[relative(dir, f).split('\\').join('/')] = readFileSync(f);
  }
  writeFileSync(zipPath, zipSync(entries, { level: 9, mtime: new Date('2025-01-01T00:00:00Z') }));
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
  plugins: [crx({ manifest: pagesManifest() }), classicScripts()],
  server: { port: 5174, strictPort: true },
});

/** The manifest's promises (issue 4): storage only, no hosts, a strict CSP, both UI languages, same keys everywhere. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(ROOT, p), 'utf8'));
const manifest = read('extension/manifest.json');

test('manifest V3 asks for storage and nothing else', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual(manifest.permissions, ['storage']);
  for (const k of [
    'host_permissions',
    'optional_permissions',
    'optional_host_permissions',
    'externally_connectable',
    'web_accessible_resources',
  ])
    assert.equal(manifest[k], undefined, k);
  // A service worker only for first-run and the badges' texts: it needs no permission of its own.
  assert.deepEqual(manifest.background, { service_worker: 'background/service-worker.ts' });
});

test('a keyboard shortcut opens the popup (its selected-text estimate too), with no permission of its own', () => {
  assert.deepEqual(Object.keys(manifest.commands), ['_execute_action']);
  assert.match(manifest.commands._execute_action.suggested_key.default, /^Alt\+Shift\+[A-Z]$/);
});

test('the content script runs on http and https pages only', () => {
  assert.deepEqual(
    manifest.content_scripts.map((c: { matches: string[] }) => c.matches),
    [['http://*/*', 'https://*/*']],
  );
});

test('extension pages have a strict CSP: scripts from the extension only, no objects', () => {
  const csp: string = manifest.content_security_policy.extension_pages;
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /object-src 'none'/);
  assert.doesNotMatch(csp, /unsafe|https?:|\*/);
});

test('extension pages can load nothing from outside and connect nowhere, even through a bug', () => {
  const csp: string = manifest.content_security_policy.extension_pages;
  assert.match(csp, /default-src 'self'(;|$)/);
  assert.match(csp, /connect-src 'none'(;|$)/);
});

test('_locales has zh_CN (the default) and en with the same message names', () => {
  assert.equal(manifest.default_locale, 'zh_CN');
  const langs = readdirSync(resolve(ROOT, 'extension/public/_locales')).sort();
  assert.deepEqual(langs, ['en', 'zh_CN']);
  const zh = Object.keys(read('extension/public/_locales/zh_CN/messages.json')).sort();
  const en = Object.keys(read('extension/public/_locales/en/messages.json')).sort();
  assert.deepEqual(zh, en);
  for (const m of JSON.stringify(manifest).match(/__MSG_(\w+)__/g) ?? []) assert.ok(zh.includes(m.slice(6, -2)), m);
});

test('the extension source never writes markup from strings, evaluates code, or opens a connection', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(resolve(dir, e.name)) : e.name.endsWith('.ts') ? [resolve(dir, e.name)] : [],
    );
  const forbidden =
    /\.innerHTML|insertAdjacentHTML|\.outerHTML|document\.write|\beval\(|new Function|\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|unsafeHTML/;
  for (const f of files(resolve(ROOT, 'extension'))) {
    const code = readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    assert.doesNotMatch(code, forbidden, f);
  }
});

test('the content script (loaded on every page) carries no calculator: of the core, only the LPR table', async () => {
  const { build } = await import('esbuild');
  const out = await build({
    absWorkingDir: ROOT,
    entryPoints: [resolve(ROOT, 'extension/inject/content.ts')],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const fromCore = Object.keys(out.metafile.inputs).filter((f) => f.startsWith('core/') || f.includes('decimal.js'));
  assert.deepEqual(fromCore.sort(), ['core/dates.ts', 'core/lpr.ts', 'core/policy/lpr.ts']);
});

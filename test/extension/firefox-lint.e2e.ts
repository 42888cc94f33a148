/**
 * `web-ext lint` (Mozilla's addons-linter, what addons.mozilla.org runs on upload) on the built Firefox extension.
 * Runs with the end-to-end tests because it needs the build (`npm run test:e2e:extension` builds first).
 * 0 errors, 0 notices; the only warning allowed is UNSAFE_VAR_ASSIGNMENT on lit-html's own template parser
 * (`Template.createElement`: `template.innerHTML = <the template's static strings>`), bundled into content.js and
 * the extension pages' chunk: lit renders every page-derived value as text, never through that assignment.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIREFOX_EXTENSION_DIR } from './firefox-harness.ts';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

test('web-ext lint: the Firefox build has no error and no warning from our code', () => {
  // web-ext's CLI, as `npx web-ext lint` would run it (its package exports no package.json to find it by).
  const pkg = resolve(import.meta.dirname, '../../node_modules/web-ext');
  const bin = join(
    pkg,
    (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['web-ext']!,
  );
  const r = spawnSync(
    process.execPath,
    [bin, 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8' },
  );
  const report = JSON.parse(r.stdout) as {
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  };
  const show = (ms: LintMessage[]) => ms.map((m) => `${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
  assert.deepEqual(show(report.errors), [], 'no error');
  assert.deepEqual(show(report.notices), [], 'no notice');
  const ours = report.warnings.filter((w) => {
    if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file || !w.line || !w.column) return true;
    // The flagged assignment must be lit-html's template parser, nothing else.
    const line = readFileSync(join(FIREFOX_EXTENSION_DIR, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
    const before = line.slice(Math.max(0, w.column - 120), w.column + 40);
    return !/static createElement\(\w+,\w+\)\{let \w+=\w+\.createElement\(["`]template["`]\);return \w+\.innerHTML=\w+,\w+\}/.test(
      before,
    );
  });
  assert.deepEqual(show(ours), [], 'no warning outside the bundled lit-html template parser');
});

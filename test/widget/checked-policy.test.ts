/**
 * The widget's build checks the policy data (vite.config.ts `checkedPolicy`) so that pages need not: the check runs
 * when the build starts, and only then is the checker left out of the widget's file. A malformed figure is still
 * refused with its name (test/core/policy/data.test.ts), by the build as by the CLI and the tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { checkedPolicy } from '../../vite.config.ts';
import { MEASURES_2025 } from '../../core/policy/measures-2025.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (p: Plugin, name: 'buildStart' | 'resolveId' | 'load') => p[name] as Hook;

test('the build checks the shipped policy data before it leaves the checker out', async () => {
  const p = checkedPolicy();
  await hook(p, 'buildStart').call({});
  const stub = hook(p, 'resolveId').call({}, './schema.ts', '/x/core/policy/book.ts') as string;
  assert.ok(stub, 'book.ts reads the pass-through');
  assert.equal(hook(p, 'resolveId').call({}, './schema.ts', '/x/core/other.ts'), null, 'nothing else is redirected');
  const code = (await hook(p, 'load').call({}, stub)) as string;
  assert.match(code, /export const checkPolicy = \(data\) => data;/);
  assert.match(code, /export class PolicyDataError/);
});

test('the shipped data file is the same data, read with JSON.parse', async () => {
  const p = checkedPolicy();
  const file = fileURLToPath(new URL('../../core/policy/measures-2025.ts', import.meta.url));
  const code = (await hook(p, 'load').call({ error: (m: string) => assert.fail(m) }, file)) as string;
  assert.match(code, /^export const MEASURES_2025 = \/\* @__PURE__ \*\/ JSON\.parse\("/);
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  const shipped = (await import(url)) as { MEASURES_2025: unknown };
  assert.deepEqual(shipped.MEASURES_2025, MEASURES_2025);
});

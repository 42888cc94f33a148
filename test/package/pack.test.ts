/**
 * The npm package as someone outside this repository gets it: `npm pack` (its `prepack` builds the core and the
 * widget), the tarball installed into a new project in a temporary folder, then the core imported by its package name
 * in Node, its types checked by TypeScript as a consumer's project would, and the widget file and the custom-elements
 * manifest found through the package's `exports`. Dependencies come from npm's cache where it has them
 * (--prefer-offline), otherwise from the npm registry.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExamples } from '../support/examples.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('the npm package', { timeout: 300_000 }, () => {
  let dir = '';
  let app = '';
  let installed = '';

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ezone-pack-'));
    // (stdout also carries the prepack build's output: the tarball is the one .tgz in the folder)
    execFileSync(npm, ['pack', '--pack-destination', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = path.join(
      dir,
      readdirSync(dir).find((f) => f.endsWith('.tgz'))!,
    );
    app = path.join(dir, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-save', tarball], {
      cwd: app,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    installed = path.join(app, 'node_modules', pkg.name);
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('declares a licence, Node 22 and 24 as engines, and ships the licence file', () => {
    assert.equal(pkg.license, 'MIT');
    assert.ok(existsSync(path.join(installed, 'LICENSE')));
    const min = /^>=(\d+)$/.exec(pkg.engines.node);
    assert.ok(min, `engines.node is "${pkg.engines.node}"`);
    assert.ok(Number(min[1]) <= 22, 'Node 22 admitted');
  });

  it('imports the core by the package name in Node and computes a worked example', () => {
    const example = loadExamples().find((e) => e.file.startsWith('04'))!;
    const script = `import { estimate } from ${JSON.stringify(pkg.name)};
      const out = estimate(JSON.parse(process.argv[1]), { lang: 'en' });
      process.stdout.write(JSON.stringify(out.ok ? out.result : out.errors));`;
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script, JSON.stringify(example.scenario)],
      { cwd: app, encoding: 'utf8' },
    );
    const result = JSON.parse(out) as { total: string; items: { article: number; status: string; amount: string }[] };
    assert.equal(result.total, example.expected.total);
    assert.deepEqual(
      result.items.filter((i) => i.status === 'awarded').map((i) => [String(i.article), i.amount]),
      Object.entries(example.expected.awarded),
    );
  });

  it('imports the LPR table alone by its own entry (no calculator loaded), with the same figures as the core', () => {
    const script = `import { lprOn } from ${JSON.stringify(`${pkg.name}/lpr`)};
      import { lprOn as fromCore } from ${JSON.stringify(pkg.name)};
      process.stdout.write(JSON.stringify([lprOn('2025-06-01'), fromCore('2025-06-01')]));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    const [alone, core] = JSON.parse(out) as [{ oneYear: string }, { oneYear: string }];
    assert.ok(alone?.oneYear, out);
    assert.deepEqual(alone, core);
  });

  it("gives a TypeScript consumer the core's types (a wrong use is a type error)", () => {
    writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    writeFileSync(
      path.join(app, 'use.ts'),
      `import { estimate, type SubsidyResult, type Scenario } from ${JSON.stringify(pkg.name)};
const scenario: Scenario = { year: 2025, enterprise: { smallOrMicro: true, loanInterestPaid: '35万元' } };
const out = estimate(scenario, { lang: 'en' });
const total: string | undefined = out.ok ? (out.result satisfies SubsidyResult).total : undefined;
// @ts-expect-error: a total is a string of 万元, not a number
const wrong: number = out.ok ? out.result.total : 0;
export { total, wrong };
`,
    );
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', app], { cwd: app, encoding: 'utf8' });
    } catch (e) {
      assert.fail(`tsc failed: ${(e as { stdout?: string }).stdout}`);
    }
  });

  it('exports the widget file and a manifest of both components with resolved types and the shipped path', () => {
    const resolve = (spec: string) =>
      execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `process.stdout.write(import.meta.resolve(${JSON.stringify(spec)}))`],
        { cwd: app, encoding: 'utf8' },
      );
    const widget = fileURLToPath(resolve(`${pkg.name}/widget`));
    assert.ok(existsSync(widget), widget);
    const manifestFile = fileURLToPath(resolve(`${pkg.name}/custom-elements.json`));
    assert.equal(path.relative(installed, manifestFile), pkg.customElements);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
      modules: {
        path: string;
        declarations: { tagName?: string; attributes?: { name: string; type?: { text: string } }[] }[];
      }[];
    };
    for (const mod of manifest.modules)
      assert.ok(existsSync(path.join(installed, mod.path)), `module ${mod.path} is not in the package`);
    const tags = manifest.modules.flatMap((m) => m.declarations.map((d) => d.tagName)).filter(Boolean);
    for (const tag of ['ezone-subsidy-calculator', 'ezone-batch-panel'])
      assert.ok(tags.includes(tag), `${tag} missing: ${tags.join(', ')}`);
    const calculator = manifest.modules
      .flatMap((m) => m.declarations)
      .find((d) => d.tagName === 'ezone-subsidy-calculator')!;
    const applicant = calculator.attributes!.find((a) => a.name === 'applicant')!;
    for (const kind of ['enterprise', 'institution', 'fund'])
      assert.ok(applicant.type!.text.includes(`'${kind}'`), applicant.type!.text);
  });
});

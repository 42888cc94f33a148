/**
 * The Firefox build (dist/extension-firefox) in Debian's firefox-esr, installed as a temporary add-on through
 * WebDriver BiDi, on the fixture pages of the Chromium tests: the right badges with the figures the core computes,
 * none on negative pages, late offers, profile changes from the options page, per-site off, hostile pages, no
 * web-accessible file and no request to any other host. Same scenarios as extension.e2e.ts; how Firefox is
 * driven is in firefox-harness.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { expectedSummary, TODAY } from './expected-summary.ts';
import { defaultStored, type Profile } from '../../extension/shared/profile.ts';
import { expectedCards as expectedCardsOf, serveFixtures, waitFor, type FixtureServer } from './harness.ts';
import {
  closeContext,
  DRAWN_TEXT_FN,
  findingsOfFx,
  FIREFOX_EXTENSION_DIR,
  launchFirefoxWithExtension,
  onShadowRootFx,
  openExtensionTab,
  readBadgesFx,
  run,
  scanFinishedFx,
  setStoredFx,
  type BadgeSeenFx,
  type FirefoxExtension,
} from './firefox-harness.ts';

const { profile: baseProfile, settings: baseSettings } = defaultStored();

/** The fixture's expected cards, read in the page (the same data-expect-* attributes as for Chromium). */
async function expectedCards(page: Page) {
  // harness.ts reads them with Playwright's $$eval; puppeteer's has the same shape.
  return expectedCardsOf(page as never, TODAY);
}

let server: FixtureServer;
let ff: FirefoxExtension;

/** A page's tab id, which a popup opened as a page is told (?tab=): the tab whose content script has its address. */
async function tabOf(page: Page): Promise<number> {
  const findings = await findingsOfFx(ff, page);
  assert.ok(findings, `no tab answers for ${page.url()}`);
  return findings.tabId;
}
let opened = 0;

/** Opens a fixture in a new tab; a query string makes each page's address unique (the tests find tabs by it). */
async function open(name: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(`${server.origin}/${name}?tab=${++opened}`);
  return page;
}

/** Waits until the content script says it is done and at least `atLeast` real badges draw their text. */
async function settledBadges(page: Page, atLeast = 0, inView = true): Promise<BadgeSeenFx[]> {
  return waitFor(async () => {
    if (!(await findingsOfFx(ff, page))?.idle) return undefined;
    const badges = (await readBadgesFx(ff, page)).filter((x) => x.real);
    return badges.length >= atLeast && (!inView || badges.every((x) => x.summary)) ? badges : undefined;
  }, 30000);
}

async function assertPageBadges(name: string, profile = baseProfile): Promise<BadgeSeenFx[]> {
  const page = await open(name);
  const expected = await expectedCards(page);
  const badges = await settledBadges(page, expected.length);
  assert.deepEqual(
    badges.map((x) => x.cardId).sort(),
    expected.map((e) => e.id).sort(),
    `${name}: badges on exactly the expected cards`,
  );
  const findings = (await findingsOfFx(ff, page))!.findings;
  for (const e of expected) {
    const seen = badges.find((x) => x.cardId === e.id)!;
    assert.equal(seen.kind, e.kind, `${name} #${e.id}: kind`);
    if (e.rate) assert.equal(seen.rate, e.rate, `${name} #${e.id}: rate read`);
    if (e.amount) assert.equal(seen.amount, e.amount, `${name} #${e.id}: amount read`);
    const want = expectedSummary(e, profile);
    assert.equal(seen.summary, want, `${name} #${e.id}: figures drawn`);
    assert.ok(
      findings.some((f) => f.summary === want),
      `${name} #${e.id}: the popup's findings carry the same figures`,
    );
  }
  await page.close();
  return badges;
}

/** The options page's form lives in the open shadow root of <ezone-options>: clicks and typing as a user does them. */
const OPTIONS_ACT = `(action, selector, value) => {
  const el = document.querySelector('ezone-options').shadowRoot.querySelector(selector);
  if (action === 'click') el.click();
  if (action === 'fill') { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }
  if (action === 'attr') return el.getAttribute(value);
  if (action === 'value') return el.value;
  if (action === 'text') return el.textContent;
  return null;
}`;

describe('extension in Firefox', () => {
  before(async () => {
    server = await serveFixtures();
    ff = await launchFirefoxWithExtension();
    await setStoredFx(ff, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
  });
  after(async () => {
    await ff?.close();
    await server?.close();
  });

  test('the Firefox build installs as a temporary add-on under its gecko id, and on install the options page opens', () => {
    const manifest = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
    };
    assert.equal(ff.addonId, manifest.browser_specific_settings.gecko.id);
    // launchFirefoxWithExtension waited for it: the options page is the extension page the tests speak from.
    assert.match(ff.origin, /^moz-extension:\/\/[0-9a-f-]{36}$/);
  });

  test("a Chinese bank page gets badges on its four enterprise loans with the core's figures, none on personal loans or deposits", async () => {
    const badges = await assertPageBadges('bank-zh.html');
    assert.equal(badges.length, 4);
    assert.match(badges.find((x) => x.cardId === 'liudong')!.summary, /≈ 25万元\/年/);
  });

  test('an English bank page: working-capital, LPR-priced and table-row offers; no personal loan, mortgage or card', async () => {
    const badges = await assertPageBadges('bank-en.html');
    assert.equal(badges.length, 3);
  });

  test('insurer pages get tech-insurance badges only for certified profiles, with the art. 2 figures', async () => {
    const certified: Profile = { ...baseProfile, certifications: ['national-high-tech'] };
    await setStoredFx(ff, { schemaVersion: 2, profile: certified, settings: baseSettings });
    const zh = await assertPageBadges('insurer-zh.html', certified);
    assert.equal(zh.length, 3);
    assert.equal(zh.find((x) => x.cardId === 'shoutaitao')!.summary, '亦庄科技保险补贴 ≈ 7.5万元/年');
    const en = await assertPageBadges('insurer-en.html', certified);
    assert.equal(en.length, 2);
    await setStoredFx(ff, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
  });

  for (const name of [
    'negative-personal-zh.html',
    'negative-finance-en.html',
    'negative-deposits-zh.html',
    'news-zh.html',
    'news-en.html',
    'no-finance.html',
  ]) {
    test(`no badge on ${name}`, async () => {
      const page = await open(name);
      await scanFinishedFx(ff, page);
      assert.deepEqual(await readBadgesFx(ff, page), []);
      await page.close();
    });
  }

  test('a page cannot tell that the extension is installed: no file of it is web-accessible', async () => {
    const manifest = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8')) as Record<
      string,
      unknown
    >;
    assert.equal(manifest.web_accessible_resources, undefined);
    const page = await open('no-finance.html');
    await scanFinishedFx(ff, page);
    const probes = ['content.js', 'background.js', 'manifest.json', 'icons/icon-16.png', 'ui/popup/index.html'].map(
      (f) => `${ff.origin}/${f}`,
    );
    const reachable = await page.evaluate(async (urls) => {
      const out: string[] = [];
      for (const u of urls) {
        try {
          await fetch(u);
          out.push(u);
        } catch {
          // refused: not web-accessible
        }
      }
      return out;
    }, probes);
    assert.deepEqual(reachable, []);
    assert.equal(
      await page.evaluate(() => document.querySelectorAll('ezone-subsidy-badge, [data-ezone-annotation]').length),
      0,
    );
    await page.close();
  });

  test('a hostile page executes nothing, its fake badges stay fakes, and its real offer gets a badge', async () => {
    const page = await open('hostile.html');
    const badges = await settledBadges(page, 1);
    assert.deepEqual(
      badges.map((x) => x.cardId),
      ['evil'],
    );
    assert.equal(badges[0]!.rate, '3.45');
    assert.equal(await page.evaluate(() => (window as unknown as { __ezonePwned?: unknown }).__ezonePwned), undefined);
    const all = await readBadgesFx(ff, page);
    assert.equal(all.filter((x) => !x.real).length, 2, 'the two page-made fakes are still there, untouched');
    // The page itself cannot reach the badge's root or its figures.
    assert.equal(
      await page.evaluate(
        () => (document.querySelector('[data-ezone-annotation]:not([data-fake])') as HTMLElement).shadowRoot,
      ),
      null,
    );
    await onShadowRootFx(ff, page, badges[0]!.rootRef!, 'function () { this.querySelector("button.why").click(); }');
    const text = await waitFor(async () => {
      const t = await onShadowRootFx<string>(ff, page, badges[0]!.rootRef!, DRAWN_TEXT_FN, ['.panel']);
      return t ? t : undefined;
    });
    assert.match(text, /第4条/);
    assert.match(text, /小微企业/);
    assert.equal(await page.evaluate(() => (window as unknown as { __ezonePwned?: unknown }).__ezonePwned), undefined);
    await page.close();
  });

  test('before the profile is saved a badge offers to set it up, and its link opens the options page (the background script asks Firefox)', async () => {
    await setStoredFx(ff, defaultStored());
    const page = await open('late.html');
    const [badge] = await settledBadges(page, 1);
    // The options page the extension opened on install is still open, in a tab behind this one: Firefox brings it
    // to the front (it opens another tab only when none is open).
    const shown = () => run<string>(ff, ff.extensionContext, '() => document.visibilityState');
    assert.equal(await shown(), 'hidden');
    assert.equal(
      await onShadowRootFx<string>(ff, page, badge!.rootRef!, DRAWN_TEXT_FN, ['button.setup']),
      '填写企业信息',
    );
    await onShadowRootFx(ff, page, badge!.rootRef!, 'function () { this.querySelector("button.setup").click(); }');
    await waitFor(async () => ((await shown()) === 'visible' ? true : undefined));
    await setStoredFx(ff, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    await page.close();
  });

  test('an offer inserted after a second gets its badge', async () => {
    const page = await open('late.html');
    const badges = await settledBadges(page, 1);
    assert.deepEqual(
      badges.map((x) => [x.cardId, x.rate, x.amount]),
      [['late-offer', '3.6', '800']],
    );
    assert.equal(badges[0]!.summary, expectedSummary({ kind: 'loan', rate: '3.6', amount: '800' }, baseProfile));
    await page.close();
  });

  test('terms in a tab the reader has not chosen get their badge once the tab is opened', async () => {
    const page = await open('tabs.html');
    await waitFor(async () => ((await findingsOfFx(ff, page))?.idle ? true : undefined), 30000);
    assert.equal((await readBadgesFx(ff, page)).filter((x) => x.real).length, 0, 'a badge in a tab nobody opened');
    await page.click('label[for="t2"]');
    const badges = await settledBadges(page, 1);
    assert.deepEqual(
      badges.map((x) => [x.rate, x.amount]),
      [['3.45', '500']],
    );
    assert.equal(badges[0]!.summary, expectedSummary({ kind: 'loan', rate: '3.45', amount: '500' }, baseProfile));
    await page.close();
  });

  test('a 10 MB page does not freeze the tab and its real offer at the end gets a badge', async () => {
    const page = await open('huge.html');
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    const badges = await settledBadges(page, 1, false);
    assert.deepEqual(
      badges.map((x) => x.cardId),
      ['end-offer'],
    );
    await page.evaluate(() => document.getElementById('end-offer')!.scrollIntoView());
    const want = expectedSummary({ kind: 'loan', rate: '3.45', amount: '1000' }, baseProfile);
    await waitFor(async () => ((await readBadgesFx(ff, page))[0]?.summary === want ? true : undefined));
    await page.close();
  });

  test('changing the profile in the options page updates a badge on an open page without reload', async () => {
    await setStoredFx(ff, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    const page = await open('bank-zh.html');
    const before = (await settledBadges(page, 4)).find((x) => x.cardId === 'liudong')!;
    const liudong = (await expectedCards(page)).find((c) => c.id === 'liudong')!;
    assert.equal(before.summary, expectedSummary(liudong, baseProfile));
    const options = await openExtensionTab(ff, '/ui/options/index.html');
    const act = (action: string, selector: string, value?: string) =>
      run<string | null>(ff, options, OPTIONS_ACT, action, selector, value ?? null);
    await waitFor(async () =>
      (await run<boolean>(
        ff,
        options,
        '() => Boolean(document.querySelector("ezone-options")?.shadowRoot?.querySelector("#save"))',
      ))
        ? true
        : undefined,
    );
    await act('click', '#cert-national-little-giant');
    await act('click', '#save');
    await waitFor(async () => ((await act('text', '[role=status]'))?.includes('已保存') ? true : undefined));
    const giant: Profile = { ...baseProfile, certifications: ['national-little-giant'] };
    const want = expectedSummary(liudong, giant);
    assert.notEqual(want, before.summary, 'the little-giant cap (50) changes this figure');
    // Back to the page's tab, as the user would: browsers pause animation frames, which lay badges out, in hidden tabs.
    await page.bringToFront();
    await waitFor(async () =>
      (await readBadgesFx(ff, page)).find((x) => x.cardId === 'liudong')?.summary === want ? true : undefined,
    );
    // An invalid amount is refused with an error naming the field, and what was typed stays in the form.
    await act('fill', '#f-expectedLoanAmount', 'abc');
    await act('click', '#save');
    await waitFor(async () => ((await act('text', '[role=status]'))?.includes('未保存') ? true : undefined));
    assert.equal(await act('attr', '#f-expectedLoanAmount', 'aria-invalid'), 'true');
    assert.equal(await act('value', '#f-expectedLoanAmount'), 'abc');
    await closeContext(ff, options);
    await page.close();
  });

  test('turning a site off removes its badges; turning it back on brings them back', async () => {
    await setStoredFx(ff, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    const page = await open('bank-zh.html');
    await settledBadges(page, 4);
    await setStoredFx(ff, {
      schemaVersion: 2,
      profile: baseProfile,
      settings: { ...baseSettings, disabledSites: ['127.0.0.1'] },
    });
    await waitFor(async () => ((await readBadgesFx(ff, page)).length === 0 ? true : undefined));
    await setStoredFx(ff, { schemaVersion: 2, profile: baseProfile, settings: { ...baseSettings, paused: true } });
    await page.reload();
    await scanFinishedFx(ff, page);
    assert.equal((await readBadgesFx(ff, page)).length, 0, 'global pause: nothing after a reload either');
    await setStoredFx(ff, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    assert.equal((await settledBadges(page, 4)).length, 4);
    await page.close();
  });

  test('a badge hidden as not an offer stays hidden after a reload: the background script keeps the choice', async () => {
    await setStoredFx(ff, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    const page = await open('bank-zh.html');
    const liudong = (await settledBadges(page, 4)).find((x) => x.cardId === 'liudong')!;
    await onShadowRootFx(
      ff,
      page,
      liudong.rootRef!,
      'function () { this.querySelector("button.why").click(); this.querySelector("button.hide").click(); }',
    );
    assert.match(
      await onShadowRootFx<string>(ff, page, liudong.rootRef!, DRAWN_TEXT_FN, ['.hidden-note']),
      /已隐藏此标注/,
    );
    const hidden = () =>
      run<number>(
        ff,
        ff.extensionContext,
        '() => chrome.storage.local.get("ezone").then((s) => s.ezone.settings.hiddenOffers.length)',
      );
    await waitFor(async () => ((await hidden()) === 1 ? true : undefined));
    await page.reload();
    const again = await settledBadges(page, 3);
    assert.deepEqual(again.map((x) => x.cardId).sort(), ['chuangye', 'keji', 'puhui']);
    // Emptying the list (as the options page's "show them all again" does) brings it back without a reload.
    await setStoredFx(ff, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    assert.equal((await settledBadges(page, 4)).length, 4);
    await page.close();
  });

  test('the popup lists what was recognised on the page, and its per-site switch removes the badges', async () => {
    await setStoredFx(ff, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    const page = await open('bank-zh.html');
    await settledBadges(page, 4);
    const tabId = await tabOf(page);
    // The popup normally follows the active tab; opened as a page it is told which tab to ask.
    const popup = await openExtensionTab(ff, `/ui/popup/index.html?tab=${tabId}`);
    const items = await waitFor(async () => {
      const li = await run<string[]>(
        ff,
        popup,
        '() => [...(document.querySelector("ezone-popup")?.shadowRoot?.querySelectorAll("li") ?? [])].map((l) => l.textContent)',
      );
      return li.length ? li : undefined;
    });
    assert.equal(items.length, 4);
    const all = items.join('\n');
    assert.match(all, /科技贷/);
    assert.match(all, /亦庄贴息 ≈ 17\.25万元\/年/);
    const clickSiteOff = () =>
      run(ff, popup, '() => document.querySelector("ezone-popup").shadowRoot.querySelector("#site-off").click()');
    await clickSiteOff();
    await waitFor(async () => ((await readBadgesFx(ff, page)).length === 0 ? true : undefined));
    await clickSiteOff();
    await page.bringToFront();
    assert.equal((await settledBadges(page, 4)).length, 4);
    await closeContext(ff, popup);
    await page.close();
  });

  test('the popup estimates an offer the user selects on a page that gets no badge', async () => {
    await setStoredFx(ff, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    const page = await open('selection-zh.html');
    await scanFinishedFx(ff, page);
    assert.equal((await readBadgesFx(ff, page)).length, 0);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#terms')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const popup = await openExtensionTab(ff, `/ui/popup/index.html?tab=${await tabOf(page)}`);
    const summary = await waitFor(async () => {
      const text = await run<string | null>(
        ff,
        popup,
        `() => {
          const result = document.querySelector("ezone-popup")?.shadowRoot?.querySelector('#selection-result[aria-busy="false"]');
          return result ? result.querySelector(".summary")?.textContent ?? "" : null;
        }`,
      );
      return text ?? undefined;
    });
    assert.equal(summary, expectedSummary({ kind: 'loan', rate: '3.45', amount: '300' }, baseProfile));
    await closeContext(ff, popup);
    await page.close();
  });

  test('the options page passes axe (WCAG 2.1 A/AA) in Firefox, also while it shows field errors', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const options = await openExtensionTab(ff, '/ui/options/index.html');
    await waitFor(async () =>
      (await run<boolean>(
        ff,
        options,
        '() => Boolean(document.querySelector("ezone-options")?.shadowRoot?.querySelector("#save"))',
      ))
        ? true
        : undefined,
    );
    const audit = async () => {
      // Evaluated through WebDriver BiDi: the page's CSP rightly refuses injected script tags.
      await ff.bidi.send('script.evaluate', {
        expression: axeSource,
        awaitPromise: false,
        target: { context: options },
      });
      return run<string[]>(
        ff,
        options,
        `async () => {
          const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return r.violations.map((v) => v.id + ' (' + v.nodes.length + ')');
        }`,
      );
    };
    assert.deepEqual(await audit(), []);
    await run(ff, options, OPTIONS_ACT, 'fill', '#f-expectedLoanAmount', '-5');
    await run(ff, options, OPTIONS_ACT, 'click', '#save', null);
    await waitFor(async () =>
      (await run<string | null>(ff, options, OPTIONS_ACT, 'text', '[role=status]', null))?.includes('未保存')
        ? true
        : undefined,
    );
    assert.deepEqual(await audit(), []);
    await closeContext(ff, options);
  });

  test('no request went to any host other than the fixture server', () => {
    const web = ff.requests.filter((u) => /^(https?|wss?):/.test(u));
    assert.ok(web.length > 0, 'the fixture pages were requested');
    const foreign = web.filter((u) => new URL(u).origin !== server.origin);
    assert.deepEqual(foreign, []);
  });
});

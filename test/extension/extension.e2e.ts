/**
 * The built extension in Debian's Chromium, on fixture pages served from 127.0.0.1: the right badges with the
 * figures the core computes for the same scenario, none on negative pages, late offers, profile changes from the
 * options page, per-site off, hostile pages, and no request to any other host.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectedSummary, TODAY } from './expected-summary.ts';
import { defaultStored, type Profile } from '../../extension/shared/profile.ts';
import {
  expectedCards,
  findingsOf,
  launchWithExtension,
  onShadowRoot,
  PRIVATE_TEXT_FN,
  readBadges,
  scanFinished,
  serveFixtures,
  optionsPageShown,
  setStored,
  waitFor,
  type Browser,
  type BadgeSeen,
  type FixtureServer,
} from './harness.ts';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { profile: baseProfile, settings: baseSettings } = defaultStored();

let server: FixtureServer;
let b: Browser;

async function open(name: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`${server.origin}/${name}`);
  return page;
}

/** A page's tab id, which a popup opened as a page is told (?tab=): the tab whose content script has its address. */
async function tabOf(page: Page): Promise<number> {
  const findings = await findingsOf(b, page);
  assert.ok(findings, `no tab answers for ${page.url()}`);
  return findings.tabId;
}

/** axe's WCAG 2.1 A/AA violations on an extension page, as "rule (nodes)". */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP rightly refuses injected script tags.
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/**
 * Waits until the page's content script says it is done (scan finished, every badge it asked for laid out) and at
 * least `atLeast` real badges show their text, then returns them. `inView: false` for badges below the fold, whose
 * text is only asked for when they come into view.
 */
async function settledBadges(page: Page, atLeast = 0, inView = true): Promise<BadgeSeen[]> {
  return waitFor(async () => {
    if (!(await findingsOf(b, page))?.idle) return undefined;
    const badges = (await readBadges(page)).filter((x) => x.real);
    return badges.length >= atLeast && (!inView || badges.every((x) => x.summary)) ? badges : undefined;
  }, 30000);
}

async function assertPageBadges(name: string, profile = baseProfile): Promise<BadgeSeen[]> {
  const page = await open(name);
  const expected = await expectedCards(page, TODAY);
  const badges = await settledBadges(page, expected.length);
  assert.deepEqual(
    badges.map((x) => x.cardId).sort(),
    expected.map((e) => e.id).sort(),
    `${name}: badges on exactly the expected cards`,
  );
  for (const e of expected) {
    const seen = badges.find((x) => x.cardId === e.id)!;
    assert.equal(seen.kind, e.kind, `${name} #${e.id}: kind`);
    if (e.rate) assert.equal(seen.rate, e.rate, `${name} #${e.id}: rate read`);
    if (e.amount) assert.equal(seen.amount, e.amount, `${name} #${e.id}: amount read`);
    assert.equal(seen.summary, expectedSummary(e, profile), `${name} #${e.id}: figures`);
  }
  await page.close();
  return badges;
}

let firstRunOptions = false;

describe('extension in Chromium', () => {
  before(async () => {
    server = await serveFixtures();
    b = await launchWithExtension('zh-CN');
    // Before any page of ours opens: Chrome shows the options page in a blank tab it finds, and a tab we open
    // next would take it over.
    firstRunOptions = await optionsPageShown(b);
    await setStored(b, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
  });
  after(async () => {
    await b?.close();
    await server?.close();
  });

  test('on install the options page opens, so the profile is set before badges rely on assumptions', () => {
    assert.ok(firstRunOptions, 'no tab showed the options page within 15 s of the install');
  });

  test("a Chinese bank page gets badges on its four enterprise loans with the core's figures, none on personal loans or deposits", async () => {
    const badges = await assertPageBadges('bank-zh.html');
    assert.equal(badges.length, 4);
    // 3000万 at LPR − 20bp (2.8% with the 2025-05-20 LPR) is over 50万 of interest: half is over the 25万 cap.
    assert.match(badges.find((x) => x.cardId === 'liudong')!.summary, /≈ 25万元\/年/);
  });

  test('an English bank page: working-capital, LPR-priced and table-row offers; no personal loan, mortgage or card', async () => {
    const badges = await assertPageBadges('bank-en.html');
    assert.equal(badges.length, 3);
  });

  test('insurer pages get tech-insurance badges only for certified profiles, with the art. 2 figures', async () => {
    const certified: Profile = { ...baseProfile, certifications: ['national-high-tech'] };
    await setStored(b, { schemaVersion: 2, profile: certified, settings: baseSettings });
    const zh = await assertPageBadges('insurer-zh.html', certified);
    assert.equal(zh.length, 3);
    // 15万 premium > 10万: 50% = 7.5万.
    assert.equal(zh.find((x) => x.cardId === 'shoutaitao')!.summary, '亦庄科技保险补贴 ≈ 7.5万元/年');
    const en = await assertPageBadges('insurer-en.html', certified);
    assert.equal(en.length, 2);
    await setStored(b, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
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
      // The content script says when it is done: a late badge would show by then.
      await scanFinished(b, page);
      assert.deepEqual(await readBadges(page), []);
      await page.close();
    });
  }

  test('a page cannot tell that the extension is installed: no file of it is web-accessible', async () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../dist/extension/manifest.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    assert.equal(manifest.web_accessible_resources, undefined);
    const page = await open('no-finance.html');
    await scanFinished(b, page);
    const probes = ['content.js', 'background.js', 'manifest.json', 'icons/icon-16.png', 'ui/popup/index.html'].map(
      (f) => `chrome-extension://${b.extensionId}/${f}`,
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
    // Nothing of the extension in a page without offers: no element, no attribute.
    assert.equal(
      await page.evaluate(() => document.querySelectorAll('ezone-subsidy-badge, [data-ezone-annotation]').length),
      0,
    );
    await page.close();
  });

  test('the page cannot read the figures derived from the profile: not by window.find, a selection or innerText', async () => {
    await setStored(b, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    const page = await open('bank-zh.html');
    const badges = await settledBadges(page, 4);
    const summary = badges.find((x) => x.cardId === 'keji')!.summary;
    // The badge's own figures, e.g. "17.25万元" and "1.73%": derived from the profile, shown to the user.
    const figures = summary.match(/[\d.]+万元|[\d.]+%/g) ?? [];
    assert.ok(figures.length >= 2, summary);
    const seen = await page.evaluate((list) => {
      const found = list.filter((f) => (window as unknown as { find(s: string): boolean }).find(f));
      getSelection()!.selectAllChildren(document.body);
      const selected = getSelection()!.toString();
      getSelection()!.removeAllRanges();
      const text = document.body.innerText + document.body.textContent;
      return {
        found,
        inSelection: list.filter((f) => selected.includes(f)),
        inText: list.filter((f) => text.includes(f)),
      };
    }, figures);
    assert.deepEqual(seen, { found: [], inSelection: [], inText: [] });
    await page.close();
  });

  test('until a profile is saved, each badge says what it assumed and offers to set it up', async () => {
    const fresh = defaultStored();
    await setStored(b, fresh);
    const page = await open('bank-zh.html');
    const badges = await settledBadges(page, 4);
    const flags = await onShadowRoot<string>(page, badges[0]!.backendNodeId!, PRIVATE_TEXT_FN, ['.flag, .setup']);
    assert.match(flags, /按默认信息估算/);
    assert.match(flags, /填写企业信息/);
    await setStored(b, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    await waitFor(async () =>
      (await onShadowRoot<string>(page, badges[0]!.backendNodeId!, PRIVATE_TEXT_FN, ['.flag, .setup'])).includes(
        '按默认',
      )
        ? undefined
        : true,
    );
    await page.close();
  });

  test('an offer in another currency says the district computes on yuan loans, with no yuan figure', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/corpus/dev/en-sme-foreign-uob-business-loans.html`);
    const badges = await settledBadges(page, 1);
    assert.ok(
      badges.every((x) => x.currency === 'SGD'),
      JSON.stringify(badges),
    );
    for (const x of badges) assert.match(x.summary, /按人民币贷款计算.*SGD/);
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
    const all = await readBadges(page);
    assert.equal(all.filter((x) => !x.real).length, 2, 'the two page-made fakes are still there, untouched');
    // The popover shows the core's explanation and clause, as text.
    await onShadowRoot(page, badges[0]!.backendNodeId!, 'function () { this.querySelector("button.why").click(); }');
    const text = await waitFor(async () => {
      const t = await onShadowRoot<string>(page, badges[0]!.backendNodeId!, PRIVATE_TEXT_FN, ['.panel']);
      return t ? t : undefined;
    });
    assert.match(text, /第4条/);
    assert.match(text, /小微企业/);
    assert.equal(await page.evaluate(() => (window as unknown as { __ezonePwned?: unknown }).__ezonePwned), undefined);
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
    await waitFor(async () => ((await findingsOf(b, page))?.idle ? true : undefined), 30000);
    assert.equal((await readBadges(page)).filter((x) => x.real).length, 0, 'a badge in a tab nobody opened');
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
    // The page keeps answering while the scan runs in slices.
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    const badges = await settledBadges(page, 1, false);
    assert.deepEqual(
      badges.map((x) => x.cardId),
      ['end-offer'],
    );
    // Far below the fold, its figures are computed when it comes into view.
    await page.locator('#end-offer').scrollIntoViewIfNeeded();
    const want = expectedSummary({ kind: 'loan', rate: '3.45', amount: '1000' }, baseProfile);
    await waitFor(async () => ((await readBadges(page))[0]?.summary === want ? true : undefined));
    await page.close();
  });

  test('changing the profile in the options page updates a badge on an open page without reload', async () => {
    await setStored(b, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    const page = await open('bank-zh.html');
    const before = (await settledBadges(page, 4)).find((x) => x.cardId === 'liudong')!;
    const liudong = (await expectedCards(page, TODAY)).find((c) => c.id === 'liudong')!;
    assert.equal(before.summary, expectedSummary(liudong, baseProfile));
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/ui/options/index.html`);
    await options.locator('#cert-national-little-giant').check();
    await options.locator('#save').click();
    await options.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    const giant: Profile = { ...baseProfile, certifications: ['national-little-giant'] };
    const want = expectedSummary(liudong, giant);
    assert.notEqual(want, before.summary, 'the little-giant cap (50) changes this figure');
    await waitFor(async () =>
      (await readBadges(page)).find((x) => x.cardId === 'liudong')?.summary === want ? true : undefined,
    );
    // An invalid amount is refused with an error naming the field, and what was typed stays in the form.
    await options.locator('#f-expectedLoanAmount').fill('abc');
    await options.locator('#save').click();
    await options.getByRole('status').filter({ hasText: '未保存' }).waitFor();
    assert.equal(await options.locator('#f-expectedLoanAmount').getAttribute('aria-invalid'), 'true');
    assert.equal(await options.locator('#f-expectedLoanAmount').inputValue(), 'abc');
    await options.close();
    await page.close();
  });

  test('turning a site off removes its badges; turning it back on brings them back', async () => {
    await setStored(b, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    const page = await open('bank-zh.html');
    await settledBadges(page, 4);
    await setStored(b, {
      schemaVersion: 2,
      profile: baseProfile,
      settings: { ...baseSettings, disabledSites: ['127.0.0.1'] },
    });
    await waitFor(async () => ((await readBadges(page)).length === 0 ? true : undefined));
    await setStored(b, { schemaVersion: 2, profile: baseProfile, settings: { ...baseSettings, paused: true } });
    await page.reload();
    await scanFinished(b, page);
    assert.equal((await readBadges(page)).length, 0, 'global pause: nothing after a reload either');
    await setStored(b, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    assert.equal((await settledBadges(page, 4)).length, 4);
    await page.close();
  });

  test("a badge hidden as not an offer shows Undo at once, stays hidden on the site's pages, and comes back from the popup or the options page", async () => {
    await setStored(b, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    const page = await open('bank-zh.html');
    const liudong = (await expectedCards(page, TODAY)).find((c) => c.id === 'liudong')!;
    const want = expectedSummary(liudong, baseProfile);
    /** The liudong badge once it shows its figures (a reload or a return makes a new host). */
    const shown = () =>
      waitFor(async () => {
        const seen = (await readBadges(page)).find((x) => x.cardId === 'liudong');
        return seen?.summary === want ? seen.backendNodeId! : undefined;
      });
    let host = await shown();
    const hideIt = async () => {
      await onShadowRoot(page, host, 'function () { this.querySelector("button.why").click(); }');
      await onShadowRoot(page, host, 'function () { this.querySelector("button.hide").click(); }');
    };
    const privateText = (selector: string) => onShadowRoot<string>(page, host, PRIVATE_TEXT_FN, [selector]);
    const focused = () =>
      onShadowRoot<string>(
        page,
        host,
        'function () { return this.activeElement ? this.activeElement.className : ""; }',
      );

    // Hidden here: a line saying so, with Undo focused; the popup no longer lists it.
    await hideIt();
    assert.match(await privateText('.hidden-note'), /已隐藏此标注/);
    assert.equal(await focused(), 'undo');
    assert.equal((await findingsOf(b, page))!.findings.length, 3);
    // Undo brings the badge back at once, its figures as before, focus on its "依据" button.
    await onShadowRoot(page, host, 'function () { this.querySelector("button.undo").click(); }');
    assert.equal(await privateText('[part=summary]'), want);
    assert.equal(await focused(), 'why');
    assert.equal((await findingsOf(b, page))!.findings.length, 4);

    // Hidden again, it stays hidden when the page is opened again: the other three badges are there.
    await hideIt();
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/ui/options/index.html`);
    await options.getByText('您隐藏了1个标注').waitFor();
    await page.reload();
    const again = await settledBadges(page, 3);
    assert.deepEqual(
      again.map((x) => x.cardId).sort(),
      ['chuangye', 'keji', 'puhui'],
      'the three other badges, none on the hidden offer',
    );
    assert.equal((await findingsOf(b, page))!.findings.length, 3);

    // The popup says a badge is hidden on this page and shows it again, without a reload.
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/ui/popup/index.html?tab=${await tabOf(page)}`);
    await popup.getByText('您在本页隐藏了1个标注').waitFor();
    assert.equal(await popup.locator('li').count(), 3);
    assert.deepEqual(await axeViolations(popup), []);
    await popup.locator('#show-hidden-here').click();
    host = await shown();
    await popup.close();

    // Hidden once more, "show them all again" in the options page brings it back too.
    await hideIt();
    await options.getByText('您隐藏了1个标注').waitFor();
    await options.locator('#show-hidden').click();
    await options.getByText('您隐藏了').waitFor({ state: 'detached' });
    await page.reload();
    host = await shown();
    assert.equal((await settledBadges(page, 4)).length, 4);
    await options.close();
    await page.close();
  });

  test('the popup lists what was recognised on the page, and its per-site switch removes the badges', async () => {
    await setStored(b, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    const page = await open('bank-zh.html');
    await settledBadges(page, 4);
    // The popup normally follows the active tab; opened as a page it is told which tab to ask.
    const tabId = await tabOf(page);
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/ui/popup/index.html?tab=${tabId}`);
    const items = popup.locator('li');
    await items.first().waitFor();
    assert.equal(await items.count(), 4);
    const first = (await items.allTextContents()).join('\n');
    assert.match(first, /科技贷/);
    assert.match(first, /亦庄贴息 ≈ 17\.25万元\/年/);
    await popup.locator('#site-off').check();
    await waitFor(async () => ((await readBadges(page)).length === 0 ? true : undefined));
    await popup.locator('#site-off').uncheck();
    assert.equal((await settledBadges(page, 4)).length, 4);
    await popup.close();
    await page.close();
  });

  test("the popup estimates an offer the user selects on a page that gets no badge, passes axe, cautions on a thread's words, and explains a selection that is no offer", async () => {
    await setStored(b, { schemaVersion: 2, profile: baseProfile, settings: baseSettings });
    // A forum thread: a poster quotes terms the scan rightly leaves alone (talk about offers, no lender's offer).
    const page = await open('selection-zh.html');
    await scanFinished(b, page);
    assert.equal((await readBadges(page)).length, 0);
    const tabId = await tabOf(page);
    const select = (selector: string) =>
      page.evaluate((sel) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(sel)!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }, selector);
    const popup = await b.context.newPage();
    const popupResult = async () => {
      await popup.goto(`chrome-extension://${b.extensionId}/ui/popup/index.html?tab=${tabId}`);
      // (Busy until the tab, and for an offer the service worker, have answered.)
      await popup.locator('#selection-result[aria-busy="false"]').waitFor();
      return popup.locator('#selection-result');
    };
    // Nothing selected: the popup says how to ask.
    assert.match(await (await popupResult()).innerText(), /选中它的文字/);
    await select('#terms');
    let result = await popupResult();
    assert.equal(
      await result.locator('.summary').innerText(),
      expectedSummary({ kind: 'loan', rate: '3.45', amount: '300' }, baseProfile),
    );
    assert.match(await result.innerText(), /识别为：3\.45% · 300万元/);
    // The estimate's workings open under their summary line; the popup passes axe with them open.
    await result.locator('details summary').click();
    await result.getByText('条款（第4条）').waitFor();
    assert.deepEqual(await axeViolations(popup), []);
    const quote = popup.locator('#selection-quote');
    assert.match(await quote.innerText(), /年化利率3\.45%，最高300万元，期限1年/);
    assert.equal(await quote.getAttribute('lang'), 'zh-CN', "the quote in the page's language");
    // The figure is the extension's, in its popup: the page cannot find it.
    const figure = /≈ ([\d.,]+万元)/.exec(await result.locator('.summary').innerText())![1]!;
    assert.equal(
      await page.evaluate((f) => (window as unknown as { find(s: string): boolean }).find(f), figure),
      false,
    );
    // A poster's question selected: the estimate, with a caution naming the thread's words.
    await select('#asked');
    result = await popupResult();
    assert.match(await result.locator('.caution').innerText(), /像是对产品的讨论（楼主.*）/);
    assert.equal(
      await result.locator('.summary').innerText(),
      expectedSummary({ kind: 'loan', rate: '3.6', amount: '200' }, baseProfile),
    );
    // A personal loan selected: the reason, in the words the selection used, and no estimate.
    await select('#personal');
    result = await popupResult();
    assert.match(await result.innerText(), /个人贷款或个人保险（个人消费）/);
    assert.equal(await result.locator('.summary').count(), 0);
    await popup.close();
    await page.close();
  });

  test('the options page passes axe (WCAG 2.1 A/AA), also while it shows field errors', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/ui/options/index.html`);
    await options.locator('#save').waitFor();
    const audit = () => axeViolations(options);
    assert.deepEqual(await audit(), []);
    await options.locator('#f-expectedLoanAmount').fill('-5');
    await options.locator('#save').click();
    await options.getByRole('status').filter({ hasText: '未保存' }).waitFor();
    assert.deepEqual(await audit(), []);
    await options.close();
  });

  test('no request went to any host other than the fixture server', () => {
    const web = b.requests.filter((u) => /^(https?|wss?):/.test(u));
    assert.ok(web.length > 0, 'the fixture pages were requested');
    const foreign = web.filter((u) => new URL(u).origin !== server.origin);
    assert.deepEqual(foreign, []);
  });
});

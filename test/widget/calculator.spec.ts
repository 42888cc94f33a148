import { estimate, type SubsidyResult } from '../../core/index.ts';
import type { SubsidyChangeEvent } from '../../widget/events/subsidy-change.ts';
import type { EzoneSubsidyCalculator } from '../../widget/calculator/calculator.component.ts';
import type { EzoneBatchPanel } from '../../widget/batch-panel/batch-panel.component.ts';
import { csvFromPathRows } from '../../batch/templates.ts';
import { scenarioToPathRow } from '../../batch/scenario-row.ts';
import {
  assert,
  byArticle,
  check,
  equal,
  field,
  fillForm,
  input,
  loadExamples,
  mount,
  q,
  type,
  unmountAll,
  type Example,
} from './helpers.ts';
import { waitUntil } from '../support/wait.ts';

const examples = await loadExamples();
const ex = (prefix: string): Example => {
  const found = examples.find((e) => e.file.startsWith(prefix));
  assert(found, `example ${prefix} not found`);
  return found;
};

function shownTotal(el: Element): string {
  const cards = el.shadowRoot!.querySelector('ezone-result-cards')!;
  return cards.shadowRoot!.querySelector<HTMLElement>('[part="total-amount"]')!.dataset.total!;
}

afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
});

describe("<ezone-subsidy-calculator>: each applicant form gives the core's numbers for the worked examples", () => {
  assert(examples.length >= 10, 'the spec examples were not served');
  // Every example is filled through the form of its applicant kind (enterprise, institution, fund).
  for (const example of examples) {
    it(`${example.file}: ${example.title}`, async () => {
      const el = await mount();
      await fillForm(el, example.scenario);
      const r = el.result;
      assert(r, 'no result');
      assert(!el.stale, `input was refused: ${JSON.stringify(el.errors)}`);
      equal(r.total, example.expected.total, 'total');
      equal(byArticle(r.items, 'awarded'), example.expected.awarded, 'awarded by article');
      if (example.expected.pending)
        equal(byArticle(r.items, 'pending'), example.expected.pending, 'pending by article');
      equal(shownTotal(el), example.expected.total, 'total shown in the result cards');
      // Every figure the core computes for the example is the one the form produced. (Checkboxes always send a
      // yes/no, so an article the example leaves "incomplete" may be "ineligible" here: both are 0.00.)
      const direct = estimate(example.scenario, { lang: 'zh-CN' });
      assert(direct.ok, 'example is valid');
      const figures = (items: SubsidyResult['items']) =>
        items
          .filter((i) => ['awarded', 'excluded', 'pending'].includes(i.status))
          .map((i) => [i.rule, i.status, i.amount, i.claimableFrom]);
      equal(figures(r.items), figures(direct.result.items), 'items with an amount');
    });
  }
});

describe('<ezone-subsidy-calculator>: input', () => {
  it('reads amounts as people type them and shows the value in 万元', async () => {
    const el = await mount();
    for (const [typed, shown] of [
      ['350,000元', '35'],
      ['3.5万', '3.5'],
      ['1.2亿', '12,000'],
      ['￥1,200,000', '120'],
    ]) {
      await type(el, 'enterprise.loanInterestPaid', typed!);
      const read = q(el, '[data-key="enterprise.loanInterestPaid"] [part="amount-read"]').textContent!;
      assert(read.includes(shown!) && read.includes('万元'), `"${typed}" read as "${read}", expected ${shown} 万元`);
      equal(input(el, 'enterprise.loanInterestPaid').value, typed, 'typed text kept');
    }
  });

  it('a bad amount shows the error at its field, keeps the last result marked stale, and clears once fixed', async () => {
    const el = await mount();
    await fillForm(el, ex('01').scenario);
    equal(el.result?.total, '20.00');
    await type(el, 'enterprise.loanInterestPaid', 'abc');
    const err = field(el, 'enterprise.loanInterestPaid').querySelector('[part="error"]');
    assert(err && err.textContent!.includes('abc'), `no field error: ${err?.textContent}`);
    equal(input(el, 'enterprise.loanInterestPaid').getAttribute('aria-invalid'), 'true');
    assert(el.stale, 'result not marked stale');
    equal(el.result?.total, '20.00', 'last good result kept');
    assert(el.shadowRoot!.querySelector('[part="stale"]'), 'no stale banner');
    assert(el.shadowRoot!.querySelector('ezone-result-cards')!.hasAttribute('stale'), 'cards not marked stale');
    equal(input(el, 'enterprise.loanInterestPaid').value, 'abc', 'typed text kept');
    await type(el, 'enterprise.loanInterestPaid', '-5');
    assert(field(el, 'enterprise.loanInterestPaid').querySelector('[part="error"]'), 'negative amount accepted');
    await type(el, 'enterprise.loanInterestPaid', '30');
    assert(!el.stale, 'still stale after the fix');
    equal(el.result?.total, '15.00');
    assert(!field(el, 'enterprise.loanInterestPaid').querySelector('[part="error"]'), 'error left after the fix');
  });

  it('maps an error inside a list back to its row', async () => {
    const el = await mount({ applicant: 'institution' });
    await fillForm(el, { year: 2025, institution: { type: 'bank', capitalIncreases: ['20000', '2万', 'x'] } });
    const rows = el.shadowRoot!.querySelectorAll('[data-list="institution.capitalIncreases"] .row');
    equal(rows.length, 3);
    assert(
      !rows[0]!.querySelector('[part="error"]') && !rows[1]!.querySelector('[part="error"]'),
      'error on a good row',
    );
    assert(rows[2]!.querySelector('[part="error"]')?.textContent?.includes('"x"'), 'row 3 has no error');
  });

  it('switching language keeps every value and recomputes in the new language', async () => {
    const el = await mount();
    await fillForm(el, ex('10').scenario);
    await type(el, 'enterprise.firstLoanMunicipalSupport', 'oops');
    const before = el.shadowRoot!.querySelectorAll('input');
    const values = [...before].map((i) => (i.type === 'checkbox' ? String(i.checked) : i.value));
    q<HTMLButtonElement>(el, 'button[lang="en"]').click();
    await el.updateComplete;
    equal(el.getAttribute('lang'), 'en');
    const after = [...el.shadowRoot!.querySelectorAll('input')].map((i) =>
      i.type === 'checkbox' ? String(i.checked) : i.value,
    );
    equal(after, values, 'values kept');
    assert(q(el, 'legend').textContent!.includes('Who'), 'labels not in English');
    const errText = field(el, 'enterprise.firstLoanMunicipalSupport').querySelector('[part="error"]')!.textContent!;
    assert(
      errText.includes('oops') && errText.includes('amount') && !errText.includes('金额'),
      `error not in English: ${errText}`,
    );
    // fix the field: the new result comes in English
    await type(el, 'enterprise.firstLoanMunicipalSupport', '');
    equal(el.result?.lang, 'en');
    equal(el.result?.total, '25.00');
    el.setAttribute('lang', 'zh-CN');
    await el.updateComplete;
    equal(el.result?.lang, 'zh-CN');
    equal(input(el, 'enterprise.loanInterestPaid').value, '35万元', 'value kept after attribute switch');
  });

  it('switching applicant kind keeps what was typed in the other form', async () => {
    const el = await mount();
    await type(el, 'enterprise.loanInterestPaid', '40');
    q<HTMLInputElement>(el, 'input[name="applicant"][value="fund"]').click();
    await el.updateComplete;
    equal(el.applicant, 'fund');
    assert(!el.shadowRoot!.querySelector('[data-key="enterprise.loanInterestPaid"]'), 'enterprise form still shown');
    q<HTMLInputElement>(el, 'input[name="applicant"][value="enterprise"]').click();
    await el.updateComplete;
    equal(input(el, 'enterprise.loanInterestPaid').value, '40');
  });

  it('attributes preselect the form and the year', async () => {
    const el = await mount({ applicant: 'institution', year: '2027', lang: 'en' });
    assert(el.shadowRoot!.querySelector('[data-key="institution.type"]'), 'institution form not shown');
    equal(el.scenario.year, 2027);
    equal(el.result?.year, 2027);
    equal(el.result?.lang, 'en');
  });
});

describe('<ezone-subsidy-calculator>: API', () => {
  it('fires subsidy-change (bubbling, composed) with the scenario and result each time the result changes', async () => {
    const el = await mount();
    const seen: SubsidyChangeEvent[] = [];
    const listener = (e: Event) => seen.push(e as SubsidyChangeEvent);
    document.addEventListener('subsidy-change', listener);
    try {
      await check(el, 'enterprise.smallOrMicro', true);
      await type(el, 'enterprise.loanInterestPaid', '40');
      const last = seen.at(-1)!;
      assert(last, 'no event');
      assert(last.bubbles && last.composed, 'event must bubble and be composed');
      equal(last.detail.result.total, '20.00');
      equal(last.detail.scenario, el.scenario);
      equal(last.detail.result, el.result);
      const count = seen.length;
      await type(el, 'enterprise.loanInterestPaid', '40'); // same input, same result: no new event
      equal(seen.length, count, 'event fired without a change');
      await type(el, 'enterprise.loanInterestPaid', 'bad'); // invalid: the result does not change
      equal(seen.length, count, 'event fired on invalid input');
    } finally {
      document.removeEventListener('subsidy-change', listener);
    }
  });

  it('scenario is read/write and result is read-only', async () => {
    const el = await mount();
    const example = ex('06');
    el.scenario = example.scenario;
    await el.updateComplete;
    equal(el.applicant, 'institution');
    equal(el.result?.total, example.expected.total);
    equal(input(el, 'institution.paidInCapital').value, '60000');
    equal(el.scenario.institution?.type, 'commercial-factoring');
    const r: SubsidyResult | undefined = el.result;
    assert(!Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'result')?.set, 'result has a setter');
    assert(r, 'no result');
  });

  it('a scenario set before the element is upgraded (page script before the module) is applied, not shadowed', async () => {
    const example = ex('06');
    // An element not yet upgraded: made in a document without the definition, as a page's inline script sees it
    // before the widget's module has run.
    const early = document.implementation
      .createHTMLDocument('')
      .createElement('ezone-subsidy-calculator') as EzoneSubsidyCalculator;
    early.scenario = example.scenario as EzoneSubsidyCalculator['scenario'];
    document.body.append(early);
    try {
      await early.updateComplete;
      equal(early.applicant, 'institution');
      equal(early.result?.total, example.expected.total);
      equal(input(early, 'institution.paidInCapital').value, '60000');
    } finally {
      early.remove();
    }
  });

  it('two instances on one page stay independent', async () => {
    const a = await mount();
    const b = await mount({ lang: 'en' });
    await fillForm(a, ex('02').scenario);
    equal(a.result?.total, '62.00');
    assert(b.result?.total !== '62.00', "b took a's result");
    equal(input(b, 'enterprise.loanInterestPaid').value, '', "b took a's input");
    await fillForm(b, ex('01').scenario);
    equal(a.result?.total, '62.00');
    equal(b.result?.total, '20.00');
    equal(a.result?.lang, 'zh-CN');
    equal(b.result?.lang, 'en');
  });

  it('loading the registration twice does not throw', async () => {
    const before = customElements.get('ezone-subsidy-calculator');
    await import(`../../widget/calculator/calculator.ts?again=${Date.now()}`);
    await import(`../../widget/result-cards/result-cards.ts?again=${Date.now()}`);
    equal(customElements.get('ezone-subsidy-calculator') === before, true);
  });

  it('the share link (URL fragment) restores the scenario and language', async () => {
    const a = await mount({ lang: 'en' });
    await fillForm(a, ex('08').scenario);
    q<HTMLButtonElement>(a, '[part="actions"] button').click();
    // The link shows once the clipboard has answered (or refused), which takes as long as it takes.
    const shown = await waitUntil(
      () => a.shadowRoot!.querySelector<HTMLInputElement>('.share-note input'),
      'the share link is shown',
    );
    assert(location.hash.startsWith('#ezone='), `fragment not set: ${location.hash}`);
    const link = shown.value;
    assert(link.includes('#ezone='), 'link not shown');
    assert(!link.split('#')[0]!.includes('ezone'), 'scenario outside the fragment');
    unmountAll();
    const b = await mount();
    equal(b.scenario, a.scenario, 'scenario restored');
    equal(b.getAttribute('lang'), 'en');
    equal(b.result?.total, ex('08').expected.total);
    equal(b.applicant, 'fund');
  });

  it('moving the widget in the page keeps what was typed after a copied link (the link is read once, on load)', async () => {
    const a = await mount({ lang: 'en' });
    await fillForm(a, ex('01').scenario);
    q<HTMLButtonElement>(a, '[part="actions"] button').click();
    await waitUntil(() => a.shadowRoot!.querySelector('.share-note input'), 'the share link is shown');
    assert(location.hash.startsWith('#ezone='), `fragment not set: ${location.hash}`);
    await type(a, 'enterprise.loanInterestPaid', '12万');
    // A page (a tab strip, a single-page app) re-parents the widget: it is disconnected and connected again.
    const host = document.createElement('div');
    document.body.append(host);
    host.append(a);
    await a.updateComplete;
    equal(input(a, 'enterprise.loanInterestPaid').value, '12万', 'typed value kept');
    host.remove();
  });

  it('has a single / batch mode tablist; the batch tab hosts <ezone-batch-panel> in the same language', async () => {
    const el = await mount({ lang: 'en' });
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    equal(
      tabs.map((t) => t.getAttribute('aria-selected')),
      ['true', 'false'],
    );
    await type(el, 'enterprise.loanInterestPaid', '12万');
    tabs[1]!.click();
    await el.updateComplete;
    const panel = q(el, '#panel-batch ezone-batch-panel');
    equal(panel.getAttribute('lang'), 'en');
    assert(q(el, '#panel-single').hidden, 'single panel still shown');
    // keyboard: arrow keys move between tabs (WAI-ARIA tabs pattern), focus follows
    tabs[1]!.focus();
    tabs[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    assert(!q(el, '#panel-single').hidden, 'arrow key did not switch back');
    equal(el.shadowRoot!.activeElement?.id, 'tab-single');
    equal(input(el, 'enterprise.loanInterestPaid').value, '12万', 'value lost across tabs');
  });

  it('makes the batch panel on the first visit to its tab and keeps it, hidden, so a computed list survives tab switches', async () => {
    const el = await mount({ lang: 'en' });
    const [single, batch] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    assert(!el.shadowRoot!.querySelector('ezone-batch-panel'), 'batch panel made before its tab was opened');
    batch!.click();
    await el.updateComplete;
    await customElements.whenDefined('ezone-batch-panel');
    const panel = q<EzoneBatchPanel>(el, '#panel-batch ezone-batch-panel');
    panel.workerFactory = null; // computed on the main thread: this test is about the tabs, not the workers
    const two = [ex('01'), ex('02')];
    const csv = csvFromPathRows(
      'en',
      two.map((e) => scenarioToPathRow(e.scenario, e.file.replace(/\.json$/, ''), 'en')),
    );
    await panel.load(new File([csv], 'clients.csv', { type: 'text/csv' }));
    await panel.updateComplete;
    equal(
      panel.rows.map((r) => r.total),
      two.map((e) => e.expected.total),
      'batch totals',
    );
    const shownRows = () => panel.shadowRoot!.querySelectorAll('tbody tr[data-row]').length;
    equal(shownRows(), 2, 'rows shown');

    single!.click();
    await el.updateComplete;
    assert(q(el, '#panel-batch').hidden && !q(el, '#panel-single').hidden, 'single tab not shown');
    assert(panel.isConnected, 'batch panel discarded when its tab was left');
    batch!.click();
    await el.updateComplete;
    assert(q(el, '#panel-batch ezone-batch-panel') === panel, 'a new batch panel replaced the first one');
    equal(panel.rows.length, 2, 'computed list lost across tabs');
    equal(shownRows(), 2, 'rows no longer shown');
  });

  it('is themed by --ezone-* custom properties and ::part() from the page', async () => {
    const style = document.createElement('style');
    style.textContent = `
      ezone-subsidy-calculator.themed { --ezone-color-primary: rgb(10, 90, 60); }
      ezone-subsidy-calculator.themed::part(card) { outline: 3px solid rgb(1, 2, 3); }
      ezone-subsidy-calculator.themed::part(title) { letter-spacing: 7px; }`;
    document.head.append(style);
    try {
      const el = await mount({ class: 'themed' });
      await fillForm(el, ex('01').scenario);
      const cards = q(el, 'ezone-result-cards');
      const total = cards.shadowRoot!.querySelector('[part="total-amount"]')!;
      equal(getComputedStyle(total).color, 'rgb(10, 90, 60)');
      equal(getComputedStyle(cards.shadowRoot!.querySelector('[part="card"]')!).outlineColor, 'rgb(1, 2, 3)');
      equal(getComputedStyle(q(el, '[part="title"]')).letterSpacing, '7px');
    } finally {
      style.remove();
    }
  });

  it('on a narrow page keeps the total in view under the form, and jumps to the details', async () => {
    const el = await mount();
    el.style.width = '360px';
    await fillForm(el, ex('01').scenario);
    const mini = q(el, '[part="mini-total"]');
    assert(getComputedStyle(mini).display !== 'none', 'mini total hidden on a narrow widget');
    assert(mini.textContent!.includes('20.00'), `mini total says ${mini.textContent}`);
    (mini.querySelector('button') as HTMLButtonElement).click();
    equal(el.shadowRoot!.activeElement?.id, 'results');
    el.style.width = '1100px';
    el.style.maxWidth = 'none';
    await waitUntil(() => getComputedStyle(mini).display === 'none', 'the mini total is hidden beside the results');
  });
});

import { assert, axeViolations, equal, fillForm, mount, q, unmountAll } from '../helpers.ts';
import { waitUntil } from '../../support/wait.ts';
import { whatIf, type WhatIfResult } from '../../../core/index.ts';
import type { EzoneSubsidyCalculator } from '../../../widget/calculator/calculator.component.ts';
import type { EzoneWhatIfPanel } from '../../../widget/what-if/what-if-panel.component.ts';

afterEach(() => unmountAll());

const firm = {
  year: 2025,
  enterprise: {
    smallOrMicro: true,
    certifications: ['beijing-specialized-sme'],
    loanInterestPaid: '40',
    firstLoanMunicipalSupport: '12',
  },
};

/** Opens the chart from the calculator's button and waits until the panel (loaded on demand) shows a sweep. */
async function openPanel(el: EzoneSubsidyCalculator): Promise<EzoneWhatIfPanel> {
  q<HTMLButtonElement>(el, 'button.what-if').click();
  await el.updateComplete;
  const panel = await waitUntil(() => {
    const p = el.shadowRoot!.querySelector('ezone-what-if-panel') as EzoneWhatIfPanel | null;
    return p && customElements.get('ezone-what-if-panel') && p.result ? p : undefined;
  }, 'the what-if panel has loaded and drawn a sweep');
  await panel.updateComplete;
  return panel;
}

const inPanel = <T extends Element = HTMLElement>(p: EzoneWhatIfPanel, s: string) => {
  const found = p.shadowRoot!.querySelector<T & Element>(s);
  assert(found, `no ${s} in the panel`);
  return found as T;
};

describe('<ezone-what-if-panel> in the calculator', () => {
  it('is not defined until the button is pressed (loaded on demand)', async () => {
    const el = await mount({ lang: 'en' });
    await fillForm(el, firm);
    assert(!el.shadowRoot!.querySelector('ezone-what-if-panel'), 'a panel before the button was pressed');
    const button = q<HTMLButtonElement>(el, 'button.what-if');
    equal(button.getAttribute('aria-expanded'), 'false');
    await openPanel(el);
    equal(button.getAttribute('aria-expanded'), 'true');
  });

  it("its points are the core's whatIf of the calculator's scenario, from 0 to past the cap", async () => {
    const el = await mount({ lang: 'en' });
    await fillForm(el, firm);
    const panel = await openPanel(el);
    const shown = panel.result as WhatIfResult;
    equal(shown.field, 'enterprise.loanInterestPaid');
    const direct = whatIf(
      el.scenario,
      shown.field,
      shown.points.map((p) => p.value),
      { lang: 'en' },
    );
    assert(direct.ok, 'core refused');
    equal(shown.points, direct.result.points, 'panel points differ from the core');
    equal(shown.points[0]!.value, '0');
    // Cap 40 binds at 80: the range goes past it, and the curve is flat there.
    const last = shown.points.at(-1)!;
    assert(Number(last.value) > 80, `range ends at ${last.value}`);
    equal(last.total, '40.00');
    equal(shown.points.find((p) => p.value === '80')?.total, '40.00');
    equal(shown.points.find((p) => p.value === '79.99')?.total, '40.00', '79.99 × 50% = 39.995 → 40.00');
    equal(shown.current, '40');
  });

  it('labels each breakpoint in words and marks "you are here"', async () => {
    const el = await mount({ lang: 'en' });
    await fillForm(el, firm);
    const panel = await openPanel(el);
    const items = [...panel.shadowRoot!.querySelectorAll('ol.breakpoints li')].map((li) => li.textContent!.trim());
    equal(items, ['art. 4: cap 40 reached at 80 万元']);
    equal(panel.shadowRoot!.querySelectorAll('svg line.bp').length, 1);
    assert(/You are here: 40 万元 → 20\.00 万元/.test(inPanel(panel, '.here-text').textContent!), 'no "you are here"');
    assert(panel.shadowRoot!.querySelector('svg .here'), 'no marker in the chart');
  });

  it('the data table has the same numbers as the chart', async () => {
    const el = await mount({ lang: 'en' });
    await fillForm(el, firm);
    const panel = await openPanel(el);
    const rows = [...panel.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/,/g, '')),
    );
    equal(
      rows,
      panel.result!.points.map((p) => [p.value, p.total]),
    );
    equal(
      [...inPanel(panel, 'tr.is-here').querySelectorAll('td')].map((td) => td.textContent),
      ['40', '20.00'],
    );
  });

  it('is keyboard operable: arrows, Page keys, Home and End move the cursor, said as the slider value', async () => {
    const el = await mount({ lang: 'en' });
    await fillForm(el, firm);
    const panel = await openPanel(el);
    const slider = inPanel(panel, '[role="slider"]');
    const points = panel.result!.points;
    const start = points.findIndex((p) => p.value === '40');
    equal(slider.getAttribute('aria-valuenow'), '40');
    slider.focus();
    const press = async (key: string) => {
      slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      await panel.updateComplete;
    };
    await press('ArrowRight');
    equal(slider.getAttribute('aria-valuenow'), points[start + 1]!.value);
    equal(
      slider.getAttribute('aria-valuetext'),
      `${points[start + 1]!.value} 万元 gives ${points[start + 1]!.total} 万元`,
    );
    await press('PageDown');
    equal(slider.getAttribute('aria-valuenow'), points[start - 9]!.value);
    await press('End');
    equal(slider.getAttribute('aria-valuenow'), points.at(-1)!.value);
    await press('Home');
    equal(slider.getAttribute('aria-valuenow'), '0');
    await press('ArrowLeft');
    equal(slider.getAttribute('aria-valuenow'), '0', 'stays at the first point');
  });

  it("offers every amount filled in, and switching recomputes with that field's breakpoints", async () => {
    const el = await mount({ lang: 'en' });
    await fillForm(el, firm);
    const panel = await openPanel(el);
    const select = inPanel<HTMLSelectElement>(panel, 'select');
    equal(
      [...select.options].map((o) => o.value),
      ['enterprise.loanInterestPaid', 'enterprise.firstLoanMunicipalSupport'],
    );
    equal(
      [...select.options].map((o) => o.textContent!.trim()),
      ['Loan interest actually paid this year', 'Beijing first-loan interest subsidy received'],
    );
    select.value = 'enterprise.firstLoanMunicipalSupport';
    select.dispatchEvent(new Event('change'));
    await panel.updateComplete;
    equal(panel.result!.field, 'enterprise.firstLoanMunicipalSupport');
    equal(
      panel.result!.breakpoints.map((b) => `${b.kind} ${b.value}`),
      ['cap 20'],
    );
    const live = inPanel(panel, '[aria-live="polite"]');
    await waitUntil(
      () => /Chart for Beijing first-loan interest subsidy received/.test(live.textContent!),
      'the polite announcement of the new chart',
    );
  });

  it('follows the form: a new amount typed moves "you are here"', async () => {
    const el = await mount({ lang: 'en' });
    await fillForm(el, firm);
    const panel = await openPanel(el);
    await fillForm(el, { ...firm, enterprise: { ...firm.enterprise, loanInterestPaid: '60' } });
    await panel.updateComplete;
    equal(panel.result!.current, '60');
    assert(
      /You are here: 60 万元 → 30\.00 万元/.test(inPanel(panel, '.here-text').textContent!),
      'marker did not move',
    );
  });

  it('closes from its button, giving the focus back to "What if"', async () => {
    const el = await mount({ lang: 'en' });
    await fillForm(el, firm);
    const panel = await openPanel(el);
    inPanel<HTMLButtonElement>(panel, 'button.close').click();
    await el.updateComplete;
    assert(!el.shadowRoot!.querySelector('ezone-what-if-panel'), 'still open');
    await waitUntil(() => el.shadowRoot!.activeElement === q(el, 'button.what-if'), 'focus back on the what-if button');
  });

  for (const lang of ['zh-CN', 'en']) {
    it(`axe finds nothing with the panel open, its table shown (${lang})`, async () => {
      const el = await mount({ lang });
      await fillForm(el, firm);
      const panel = await openPanel(el);
      inPanel<HTMLDetailsElement>(panel, 'details').open = true;
      const violations = await axeViolations(el);
      assert(violations.length === 0, violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`).join('\n'));
    });
  }

  it('speaks Chinese by default', async () => {
    const el = await mount({});
    await fillForm(el, firm);
    const panel = await openPanel(el);
    equal(inPanel(panel, 'h3').textContent, '假设金额不同会怎样？');
    equal(inPanel(panel, 'ol.breakpoints li').textContent!.trim(), '第4条在 80 万元时达到上限 40');
  });
});

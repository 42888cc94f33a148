import { assert, axeViolations, fillForm, loadExamples, mount, q, unmountAll } from './helpers.ts';

const examples = await loadExamples();

afterEach(() => unmountAll());

describe('<ezone-subsidy-calculator>: accessibility (axe-core)', () => {
  it('axe does find a violation inside a shadow root (so a clean run means something)', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<input type="text">';
    document.body.append(host);
    try {
      const violations = await axeViolations(host);
      assert(violations.some((v) => v.id === 'label'), 'axe missed an unlabelled input');
    } finally {
      host.remove();
    }
  });

  for (const lang of ['zh-CN', 'en']) {
    for (const prefix of ['02', '06', '08']) {
      it(`no violations in ${lang} with results shown (example ${prefix}, clauses open)`, async () => {
        const el = await mount({ lang });
        await fillForm(el, examples.find((e) => e.file.startsWith(prefix))!.scenario);
        assert(el.result && el.result.items.length > 0, 'no results');
        const cards = q(el, 'ezone-result-cards');
        await (cards as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        for (const d of cards.shadowRoot!.querySelectorAll('details')) d.open = true;
        const violations = await axeViolations(el);
        assert(violations.length === 0, violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`).join('\n'));
      });
    }
    it(`no violations in ${lang} with a field error and a stale result`, async () => {
      const el = await mount({ lang });
      await fillForm(el, { year: 2025, enterprise: { smallOrMicro: true, loanInterestPaid: '40' } });
      await fillForm(el, { year: 2025, enterprise: { loanInterestPaid: 'abc' } });
      assert(el.stale, 'not stale');
      const violations = await axeViolations(el);
      assert(violations.length === 0, violations.map((v) => `${v.id}: ${v.help}`).join('\n'));
    });
  }

  it('every input and select has a label', async () => {
    const el = await mount({ applicant: 'fund' });
    await fillForm(el, examples.find((e) => e.file.startsWith('08'))!.scenario);
    for (const ctl of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, select')) {
      const labelled = ctl.labels?.length || ctl.getAttribute('aria-label') || ctl.closest('label');
      assert(labelled, `unlabelled control ${ctl.outerHTML.slice(0, 80)}`);
    }
  });

  it('announces results politely', async () => {
    const el = await mount();
    await fillForm(el, examples.find((e) => e.file.startsWith('01'))!.scenario);
    const live = q(el, '[aria-live="polite"]');
    assert(live.textContent!.includes('20.00'), `live region says "${live.textContent}"`);
  });
});

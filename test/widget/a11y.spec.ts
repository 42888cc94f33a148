import { assert, axeViolations, check, equal, fillForm, loadExamples, mount, q, type, unmountAll } from './helpers.ts';
import { waitUntil } from '../support/wait.ts';
import type { EzoneSubsidyCalculator } from '../../widget/calculator/calculator.component.ts';

/** Waits until the polite live region announces `text` (the widget announces once the typing pauses). */
async function announced(el: EzoneSubsidyCalculator, text: string): Promise<void> {
  const live = q(el, '[aria-live="polite"]');
  await waitUntil(
    () => live.textContent!.includes(text),
    () => `the live region says "${text}" (it says "${live.textContent}")`,
  );
  await el.updateComplete;
}

const examples = await loadExamples();

afterEach(() => unmountAll());

describe('<ezone-subsidy-calculator>: accessibility (axe-core)', () => {
  it('axe does find a violation inside a shadow root (so a clean run means something)', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<input type="text">';
    document.body.append(host);
    try {
      const violations = await axeViolations(host);
      assert(
        violations.some((v) => v.id === 'label'),
        'axe missed an unlabelled input',
      );
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

  it('amount inputs say in words which unit a bare number is in (the 万元 next to the box is only visual)', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mount({ lang, applicant: 'institution' });
      const amounts = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-key] input[type="text"]')].filter(
        (i) => i.closest('.field')?.querySelector('.unit'),
      );
      assert(amounts.length >= 3, `found ${amounts.length} amount inputs`);
      for (const i of amounts) {
        const described = (i.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '')
          .join(' ');
        assert(
          described.includes('万元') && /10,000|10000|一万|1万/.test(described),
          `${lang} ${i.id} described as "${described}"`,
        );
      }
    }
  });

  it('removing a list row keeps the keyboard focus in the list (it does not fall back to the page)', async () => {
    const el = await mount({ applicant: 'fund' });
    const list = q(el, 'fieldset[data-list="fund.managerCapitalIncreases"]');
    for (let i = 0; i < 3; i++) {
      list.querySelector<HTMLButtonElement>('button.add')!.click();
      await el.updateComplete;
    }
    const rows = () => [...list.querySelectorAll<HTMLElement>('.row')];
    equal(rows().length, 3);
    const remove = (row: HTMLElement) => {
      const b = row.querySelector<HTMLButtonElement>('button.remove')!;
      b.focus();
      b.click();
    };
    const focusMoves = async (target: () => Element | null | undefined, what: string) => {
      await el.updateComplete;
      const inList = () => {
        const active = el.shadowRoot!.activeElement;
        return active && list.contains(active) && !active.matches('button.remove') ? active : undefined;
      };
      await waitUntil(
        inList,
        () =>
          `focus moves into the list (it is on ${el.shadowRoot!.activeElement?.outerHTML.slice(0, 60) ?? document.activeElement?.tagName})`,
      );
      equal(el.shadowRoot!.activeElement, target(), what);
    };
    remove(rows()[0]!);
    await focusMoves(() => rows()[0]!.querySelector('input'), 'focus on the row that took its place');
    remove(rows()[1]!);
    await focusMoves(() => rows()[0]!.querySelector('input'), 'last row removed: focus on the row before it');
    remove(rows()[0]!);
    await focusMoves(() => list.querySelector('button.add'), 'no rows left: focus on "add"');
  });

  it('announces results politely', async () => {
    const el = await mount();
    await fillForm(el, examples.find((e) => e.file.startsWith('01'))!.scenario);
    await announced(el, '20.00');
  });

  it('announces once the typing pauses, not at every keystroke', async () => {
    const el = await mount();
    const live = q(el, '[aria-live="polite"]');
    await check(el, 'enterprise.smallOrMicro', true);
    await announced(el, el.result!.total);
    const said: string[] = [];
    const watch = new MutationObserver(() => said.push(live.textContent!.trim()));
    watch.observe(live, { childList: true, characterData: true, subtree: true });
    for (const typed of ['1', '12', '12万']) await type(el, 'enterprise.loanInterestPaid', typed);
    await announced(el, '6.00');
    watch.disconnect();
    const distinct = [...new Set(said.filter(Boolean))];
    equal(distinct.length, 1, `live region changed ${said.length} times: ${JSON.stringify(said)}`);
    assert(distinct[0]!.includes('6.00'), `announced "${distinct[0]}"`);
  });
});

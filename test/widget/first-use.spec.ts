/**
 * The calculator as a new user meets it (issue 12): a phone-sized window, the keyboard, high contrast, a first visit
 * with nothing typed, printing, switching language mid-error, dates and absurd amounts typed by hand.
 */
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { EzoneSubsidyCalculator } from '../../widget/calculator/calculator.component.ts';
import type { EzoneResultCards } from '../../widget/result-cards/result-cards.component.ts';
import type { SubsidyChangeEvent } from '../../widget/events/subsidy-change.ts';
import { waitUntil } from '../support/wait.ts';
import {
  assert,
  axeViolations,
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
} from './helpers.ts';

const examples = await loadExamples();
const scenarioOf = (prefix: string) => examples.find((e) => e.file.startsWith(prefix))!.scenario;

async function cardsOf(el: EzoneSubsidyCalculator): Promise<EzoneResultCards> {
  const cards = q<EzoneResultCards>(el, 'ezone-result-cards');
  await cards.updateComplete;
  return cards;
}
const inCards = (cards: Element, sel: string) => [...cards.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

afterEach(async () => {
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search); // "copy link" writes the fragment
  await emulateMedia({ media: 'screen', forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]);
  await setViewport({ width: 800, height: 600 });
});

describe('issue 12: a phone-sized window (360 × 640)', () => {
  it('no focused field is hidden behind the sticky total, nor its error', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await mount();
    await fillForm(el, scenarioOf('02'));
    const mini = q(el, '[part="mini-total"]');
    assert(getComputedStyle(mini).position === 'sticky', 'the total is not sticky on a narrow page');
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('form input, form select')].filter(
      (c) => c.getClientRects().length,
    );
    assert(controls.length > 10, `only ${controls.length} controls`);
    const covered: string[] = [];
    for (const ctl of controls) {
      ctl.focus();
      await el.updateComplete;
      const r = ctl.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const ok =
        hit === ctl || (hit instanceof HTMLLabelElement && hit.control === ctl) || ctl.closest('label')?.contains(hit);
      if (!ok || r.bottom > mini.getBoundingClientRect().top + 0.5)
        covered.push(`${ctl.closest('[data-key]')?.getAttribute('data-key')} → ${hit?.tagName}.${hit?.className}`);
    }
    equal(covered, [], 'fields covered when focused');
    // Typing a bad premium: the error appearing under the field is moved clear of the bar too.
    input(el, 'enterprise.techInsurance.premium').focus();
    await type(el, 'enterprise.techInsurance.premium', 'abc');
    const err = field(el, 'enterprise.techInsurance.premium').querySelector<HTMLElement>('[part="error"]')!;
    const er = err.getBoundingClientRect();
    assert(
      er.bottom <= mini.getBoundingClientRect().top + 0.5,
      `error at ${er.top}..${er.bottom} under the bar at ${mini.getBoundingClientRect().top}`,
    );
  });
});

describe('issue 12: copy link on a phone', () => {
  it('the "link copied" note is brought into view', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await mount();
    await fillForm(el, scenarioOf('01'));
    window.scrollTo(0, 0);
    q<HTMLButtonElement>(el, '[part="actions"] button').click();
    const note = await waitUntil(() => el.shadowRoot!.querySelector<HTMLElement>('.share-note'), 'the note is shown');
    await waitUntil(
      () => {
        const r = note.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      },
      () =>
        `the note in view (at ${note.getBoundingClientRect().top}..${note.getBoundingClientRect().bottom} of ${innerHeight})`,
    );
  });
});

describe('issue 12: first visit', () => {
  for (const applicant of ['enterprise', 'institution', 'fund']) {
    it(`the ${applicant} form opens with where to start, no verdicts and no total`, async () => {
      const el = await mount({ applicant });
      const cards = await cardsOf(el);
      equal(inCards(cards, '[part="card"], [part="total"]').length, 0, 'verdicts before any input');
      assert(!el.shadowRoot!.querySelector('[part="mini-total"]'), 'a total of 0.00 is shown');
      assert(q(el, '.start').textContent!.trim().length > 10, 'no starting point');
      assert(!cards.shadowRoot!.textContent!.includes('不符合条件'), 'says "not eligible" before any input');
    });
  }

  it('a fact not stated is not a "no": the small/micro question starts unanswered, and a card asks for it', async () => {
    const el = await mount({ lang: 'en' });
    const radios = field(el, 'enterprise.smallOrMicro').querySelectorAll<HTMLInputElement>('input[type=radio]');
    equal(
      [...radios].map((r) => r.checked),
      [false, false],
    );
    await type(el, 'enterprise.loanInterestPaid', '40');
    const cards = await cardsOf(el);
    const art4 = inCards(cards, '[part="card"][data-rule="art4.interest"]')[0]!;
    equal(art4.dataset.status, 'incomplete', 'unanswered counted as an answer');
    await check(el, 'enterprise.smallOrMicro', false);
    equal(el.result!.items.find((i) => i.rule === 'art4.interest')!.status, 'ineligible');
    await check(el, 'enterprise.smallOrMicro', true);
    equal(el.result!.total, '20.00');
  });

  it('a new art. 15 project row states nothing for the user: first investment and start-up unanswered', async () => {
    const el = await mount({ applicant: 'fund' });
    q<HTMLButtonElement>(el, '[data-list="fund.investments"] button.add').click();
    await el.updateComplete;
    const row = q(el, '[data-list="fund.investments"] .row');
    const answered = [...row.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')].filter(
      (i) => i.checked,
    );
    equal(answered.length, 0, 'ticked for the user');
    const project = el.scenario.fund!.investments![0] as Record<string, unknown>;
    assert(!('firstInvestment' in project) && !('startup' in project), `scenario states ${JSON.stringify(project)}`);
  });
});

describe('issue 12: language switch while a field is invalid', () => {
  it('the stale result is shown in the new language', async () => {
    const el = await mount();
    await fillForm(el, scenarioOf('01'));
    await type(el, 'enterprise.loanInterestPaid', 'abc');
    assert(el.stale, 'not stale');
    q<HTMLButtonElement>(el, 'button[lang="en"]').click();
    await el.updateComplete;
    const cards = await cardsOf(el);
    equal(el.result?.lang, 'en');
    equal(el.result?.total, '20.00', 'the last good figures, not the invalid input');
    const statuses = inCards(cards, '[part="status"]').map((s) => s.textContent!);
    assert(
      statuses.length > 0 && statuses.every((s) => !/[\u4e00-\u9fff]/.test(s)),
      `statuses: ${statuses.join(', ')}`,
    );
    const explanations = inCards(cards, '[part="card"] > .explanation').map((p) => p.textContent);
    equal(
      explanations,
      el.result!.items.filter((i) => i.status !== 'info').map((i) => i.explanation),
      'explanations',
    );
    assert(cards.shadowRoot!.textContent!.includes('not updated yet'), 'stale mark not in English');
  });
});

describe('issue 12: art. 4 supports', () => {
  it('each support has its own name, the loser names the right winner, and the clause shows once', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mount({ lang });
      await fillForm(el, scenarioOf('03'));
      const cards = await cardsOf(el);
      const art4 = inCards(cards, '[part="card"][data-article="4"]');
      equal(art4.length, 3, 'three art. 4 cards');
      const titles = art4.map((c) => c.querySelector('.card-title')!.textContent!.replace(/\s+/g, ' ').trim());
      equal(new Set(titles).size, 3, `titles not distinct: ${titles.join(' | ')}`);
      const winner = art4.find((c) => c.dataset.status === 'awarded')!;
      const winnerName = winner.querySelector('.card-title')!.textContent!.split('·').at(-1)!.trim();
      for (const loser of art4.filter((c) => c.dataset.status === 'excluded')) {
        const said = loser.querySelector('.excluded-by')!.textContent!;
        const ownName = loser.querySelector('.card-title')!.textContent!.split('·').at(-1)!.trim();
        assert(said.includes(winnerName) && !said.includes(ownName), `${lang}: "${said}" should name "${winnerName}"`);
      }
      equal(inCards(cards, '[data-article="4"] details[part="clause"]').length, 1, 'art. 4 clause repeated');
      unmountAll();
    }
  });
});

describe('issue 12: forced colours (high contrast)', () => {
  it('keyboard focus shows as an outline and the chosen applicant kind stands out', async () => {
    const el = await mount();
    await emulateMedia({ forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]);
    assert(matchMedia('(forced-colors: active)').matches, 'forced colours not emulated');
    const premium = input(el, 'enterprise.loanInterestPaid');
    premium.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Shift+Tab' }); // focus by keyboard: :focus-visible
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    const cs = getComputedStyle(focused);
    assert(
      cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
      `focus outline ${cs.outlineStyle} ${cs.outlineWidth}`,
    );
    const on = getComputedStyle(q(el, '.segmented label.on'));
    const off = getComputedStyle(q(el, '.segmented label.off'));
    assert(on.backgroundColor !== off.backgroundColor, `selected and unselected both ${on.backgroundColor}`);
    const pressed = getComputedStyle(q(el, 'button[aria-pressed="true"]'));
    const unpressed = getComputedStyle(q(el, 'button[aria-pressed="false"]'));
    assert(pressed.backgroundColor !== unpressed.backgroundColor, 'language buttons look the same');
  });
});

describe('issue 12: print', () => {
  it("leaves out empty fields, supports never used and clause texts; the appendix is the user's choice", async () => {
    const el = await mount();
    await fillForm(el, scenarioOf('02'));
    const cards = await cardsOf(el);
    await emulateMedia({ media: 'print' });
    const shown = (e: Element) => getComputedStyle(e).display !== 'none';
    assert(!shown(field(el, 'enterprise.firstLoanMunicipalSupport')), 'an empty field prints');
    assert(shown(field(el, 'enterprise.loanInterestPaid')), 'a filled field does not print');
    const chosen = q(el, '.segmented label.on');
    assert(shown(chosen) && !shown(chosen.querySelector('input')!), 'the chosen applicant kind prints as a radio');
    assert(
      inCards(cards, '[part="card"][data-status="incomplete"]').every((c) => !shown(c)),
      'supports never used print',
    );
    assert(
      inCards(cards, 'details[part="clause"]').every((d) => !shown(d)),
      'clause texts print with the cards',
    );
    assert(!cards.shadowRoot!.querySelector('[part="appendix"]'), 'appendix without being asked');
    q<HTMLInputElement>(el, '.actions .appendix input').click();
    await el.updateComplete;
    await cards.updateComplete;
    const appendix = cards.shadowRoot!.querySelector<HTMLElement>('[part="appendix"]')!;
    assert(appendix && shown(appendix), 'appendix not printed when chosen');
    equal(
      appendix.querySelectorAll('blockquote').length,
      new Set(el.result!.items.filter((i) => i.clause).map((i) => i.article)).size,
      'one clause per article',
    );
    await emulateMedia({ media: 'screen' });
    assert(!shown(appendix), 'appendix on screen');
  });
});

describe('issue 12: the total', () => {
  it('says how it adds up when several supports are awarded', async () => {
    const el = await mount({ lang: 'en' });
    await fillForm(el, scenarioOf('02'));
    const sum = (await cardsOf(el)).shadowRoot!.querySelector('.total-sum')!.textContent!.replace(/\s+/g, ' ').trim();
    equal(sum, '= 12.00 (Art. 2) + 50.00 (Art. 4)');
  });
});

describe('issue 12: a stale result', () => {
  it('marks every card, in words that say "not updated yet", not "expired"', async () => {
    const el = await mount();
    await fillForm(el, scenarioOf('02'));
    await type(el, 'enterprise.loanInterestPaid', 'abc');
    const cards = await cardsOf(el);
    const all = inCards(cards, '[part="card"]');
    assert(
      all.length > 0 && all.every((c) => c.querySelector('.stale-tag')?.textContent === '待更新'),
      'a card is not marked',
    );
    const awarded = all.find((c) => c.dataset.status === 'awarded')!;
    equal(getComputedStyle(awarded.querySelector('[part="amount"]')!).textDecorationLine, 'line-through');
    assert(
      !el.shadowRoot!.textContent!.includes('过期') && !cards.shadowRoot!.textContent!.includes('过期'),
      'still says 过期',
    );
  });
});

describe('issue 12: dates', () => {
  it("a date is a text field with the page language's format, shown back in that language", async () => {
    for (const [lang, shown] of [
      ['zh-CN', '2027年12月31日'],
      ['en', '31 Dec 2027'],
    ] as const) {
      const el = await mount({ applicant: 'fund', lang });
      const box = input(el, 'asOf');
      equal(box.type, 'text');
      assert(box.placeholder.includes('2027-12-31'), `placeholder ${box.placeholder}`);
      for (const typed of ['2027-12-31', '2027/12/31', '20271231', '2027年12月31日', '31 Dec 2027']) {
        await type(el, 'asOf', typed);
        assert(!el.stale, `${typed} refused`);
        equal(el.scenario.asOf, '2027-12-31', typed);
        assert(
          field(el, 'asOf').querySelector('[part="amount-read"]')!.textContent!.includes(shown),
          `${lang}: ${typed} not shown as ${shown}`,
        );
      }
      unmountAll();
    }
  });

  it('typed digit by digit, a date never computes a year outside 2000–2100 and 20271231 is 31 Dec 2027', async () => {
    const el = await mount({ applicant: 'fund', lang: 'en' });
    await fillForm(el, {
      year: 2025,
      fund: { investments: [{ company: 'A', amount: '500', firstInvestment: true, startup: true }] },
    });
    const seen: string[] = [];
    const listen = (e: Event) => {
      const inv = (e as SubsidyChangeEvent).detail.scenario.fund?.investments ?? [];
      for (const i of inv) if (i.fundedOn) seen.push(String(i.fundedOn));
    };
    el.addEventListener('subsidy-change', listen);
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('[data-key$=".fundedOn"] input')!;
    box.focus();
    for (const digit of '20271231') {
      await sendKeys({ type: digit });
      await el.updateComplete;
      const years = (el.result?.items ?? []).flatMap((i) =>
        i.claimableFrom ? [Number(i.claimableFrom.slice(0, 4))] : [],
      );
      assert(
        years.every((y) => y >= 2000 && y <= 2100),
        `after "${box.value}": a result for ${years}`,
      );
    }
    el.removeEventListener('subsidy-change', listen);
    equal(box.value, '20271231', 'typed text kept');
    equal(seen, ['2027-12-31'], 'dates computed while typing');
    assert(!el.stale, 'the full date was refused');
  });

  it('an unreadable project date gets an error naming the field, and the text stays', async () => {
    const el = await mount({ applicant: 'fund', lang: 'en' });
    await fillForm(el, {
      year: 2025,
      fund: {
        investments: [{ company: 'A', amount: '500', fundedOn: '2025-13-45', firstInvestment: true, startup: true }],
      },
    });
    const f = el.shadowRoot!.querySelector<HTMLElement>('[data-key$=".fundedOn"]')!;
    const err = f.querySelector('[part="error"]')?.textContent ?? '';
    assert(err.includes('Project 1: date paid') && err.includes('2025-13-45'), `error: "${err}"`);
    equal(f.querySelector('input')!.value, '2025-13-45');
    assert(el.stale || !el.result, 'computed with a date nobody gave');
    await type(el, 'fund.investments#1.fundedOn', '0002-01-01');
    assert((f.querySelector('[part="error"]')?.textContent ?? '').includes('2000'), 'year 0002 accepted');
  });
});

describe('issue 12: absurd amounts', () => {
  it('an amount beyond any real figure gets an error naming the field; the text stays', async () => {
    for (const [lang, label] of [
      ['zh-CN', '本年度实际支付的贷款利息'],
      ['en', 'Loan interest actually paid this year'],
    ] as const) {
      const el = await mount({ lang });
      await fillForm(el, scenarioOf('01'));
      const absurd = '99,999,999,999,999,999,999,999,999';
      await type(el, 'enterprise.loanInterestPaid', absurd);
      const err = field(el, 'enterprise.loanInterestPaid').querySelector('[part="error"]')?.textContent ?? '';
      assert(err.includes(label) && err.includes(absurd), `${lang} error: "${err}"`);
      assert(el.stale, 'computed anyway');
      equal(el.result?.total, '20.00', 'last good result kept');
      equal(input(el, 'enterprise.loanInterestPaid').value, absurd);
      // a large but real figure (a bank's paid-in capital of 2,000 亿) is accepted
      await type(el, 'enterprise.loanInterestPaid', '2000亿');
      assert(!el.stale, 'a real figure refused');
      unmountAll();
    }
  });

  it('axe finds nothing on the first view and with a date error, in both languages', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mount({ lang, applicant: 'fund' });
      let violations = await axeViolations(el);
      assert(violations.length === 0, violations.map((v) => `${v.id}: ${v.help}`).join('\n'));
      await fillForm(el, { year: 2025, fund: { investments: [{ company: 'A', amount: '500', fundedOn: '2025-1' }] } });
      violations = await axeViolations(el);
      assert(violations.length === 0, violations.map((v) => `${v.id}: ${v.help}`).join('\n'));
      unmountAll();
    }
  });
});

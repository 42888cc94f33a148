/**
 * Issue 11, explanations: what each sentence says must agree with the figure beside it and with the contract
 * (/work/shared/spec/policy-rules.md), in both languages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang, ResultItem } from '../../core/index.ts';
import { enterprise, fund, institution, run } from './rules/helpers.ts';

const LANGS: Lang[] = ['en', 'zh-CN'];

function item(items: ResultItem[], rule: string, subject?: string): ResultItem {
  const found = items.find((i) => i.rule === rule && (subject === undefined || i.subject === subject));
  assert.ok(found, `no item ${rule} ${subject ?? ''}`);
  return found;
}

const investment = (amount: number, fundedOn: string) => ({ amount, fundedOn, firstInvestment: true, startup: true });

test('art. 15 in English: claimable from the second anniversary, not "until" it', () => {
  const r = run(fund({ investments: [investment(1000, '2025-03-01')] }), 'en');
  const clause = item(r.items, 'art15.investment').clause;
  assert.doesNotMatch(clause, /claimable until/);
  assert.match(clause, /from the second anniversary/);
});

for (const lang of LANGS) {
  test(`${lang}: a figure rounded by 附则1 is shown rounded, with a note saying so`, () => {
    // 99.997 × 50% = 49.9985 → 50.00 (a little giant's cap is 50, so no cap is involved)
    const r = run(
      enterprise({ smallOrMicro: true, certifications: ['national-little-giant'], loanInterestPaid: '99.997' }),
      lang,
    );
    const i = item(r.items, 'art4.interest');
    assert.equal(i.amount, '50.00');
    assert.ok(i.explanation.includes('50.00 万元'), i.explanation);
    assert.ok(i.explanation.includes('附则1'), i.explanation);
    assert.ok(i.explanation.includes('49.9985'), i.explanation);
    // …and no rounding note when rounding changes nothing.
    const plain = item(run(enterprise({ smallOrMicro: true, loanInterestPaid: 30 }), lang).items, 'art4.interest');
    assert.ok(!plain.explanation.includes('附则1'), plain.explanation);
  });

  test(`${lang}: an art. 12 item excluded by art. 11 compares the articles' totals`, () => {
    // art. 11: 5000 × 3% = 150; art. 12: 100 (new pilot) + 50 (a 2000 万美元 fund) = 150: a tie of totals.
    const r = run(
      fund({
        managerPaidInCapital: 5000,
        managedFundsPaidIn: 10000,
        qflpNewPilot: true,
        qflpFunds: [{ paidIn: 2000, currency: 'USD' }],
      }),
      lang,
    );
    const pilot = item(r.items, 'art12.newPilot');
    assert.equal(pilot.status, 'excluded');
    assert.ok(pilot.explanation.includes('150.00'), pilot.explanation);
    assert.ok(pilot.explanation.includes('100.00'), pilot.explanation);
    if (lang === 'en') assert.doesNotMatch(pilot.explanation, /gives the same amount/);
  });

  test(`${lang}: large figures are grouped, 万美元 shown to 2 decimals`, () => {
    const big = run(institution({ type: 'bank', newlyEstablished: true, paidInCapital: '500亿' }), lang);
    const e = item(big.items, 'art8.establishment').explanation;
    assert.ok(e.includes('5,000,000'), e);
    assert.ok(!e.includes('5000000'), e);
    const q = run(
      fund({ qflpNewPilot: false, usdCnyRate: '7.1', qflpFunds: [{ paidIn: 14000, currency: 'CNY' }] }),
      lang,
    );
    const f = item(q.items, 'art12.fund').explanation;
    assert.ok(!f.includes('1971.830986'), f);
    assert.ok(f.includes('1,971.83'), f);
  });

  test(`${lang}: no "less 0" of state money when there is none`, () => {
    const r = run(fund({ managerPaidInCapital: 2000, managedFundsPaidIn: 10000 }), lang);
    const e = item(r.items, 'art11.manager').explanation;
    assert.ok(!/ 0 万元/.test(e), e);
  });

  test(`${lang}: an art. 15 project after 2028 carries the [interpretation] that art. 15 follows its payment dates`, () => {
    const r = run({ ...fund({ investments: [investment(1000, '2027-03-01')] }), year: 2029, asOf: '2029-06-30' }, lang);
    const i = item(r.items, 'art15.investment');
    assert.equal(i.status, 'awarded');
    assert.ok(
      i.interpretations?.some((s) => s.includes(lang === 'en' ? 'payment' : '划款')),
      JSON.stringify(i.interpretations),
    );
    assert.ok(
      r.notes.some((n) => n.includes(lang === 'en' ? 'art. 15' : '第十五条') && n.includes('2029')),
      r.notes.join('\n'),
    );
  });

  test(`${lang}: 附则2's 近3年 governs criminal records too`, () => {
    const failed = run(
      {
        ...enterprise({ smallOrMicro: true, loanInterestPaid: 30 }),
        eligibility: { inZone: true, criminalRecord: true },
      },
      lang,
    );
    const e = item(failed.items, 'art4.interest').explanation;
    assert.match(e, lang === 'en' ? /criminal record in the last 3 years/ : /近3年有刑事犯罪记录/);
    const assumed = run({ year: 2025, enterprise: { smallOrMicro: true, loanInterestPaid: 30 } }, lang);
    assert.ok(
      assumed.notes.some((n) =>
        (lang === 'en' ? /no criminal record in the last 3 years/ : /近3年无刑事犯罪记录/).test(n),
      ),
      assumed.notes.join('\n'),
    );
  });

  test(`${lang}: without certifications, the note says what each would change`, () => {
    const r = run(enterprise({ smallOrMicro: true, loanInterestPaid: 100 }), lang);
    const note = r.notes.find((n) => n.includes(lang === 'en' ? 'certif' : '认定'));
    assert.ok(note, r.notes.join('\n'));
    assert.ok(note.includes('40') && note.includes('50') && note.includes('60%'), note);
    assert.ok(note.includes('北京市专精特新') || note.includes('北京市“专精特新”'), note);
  });
}

for (const lang of LANGS) {
  test(`${lang}: a project with nothing left under art. 15's 200-a-year cap is shown as capped, not ineligible`, () => {
    const five = ['01', '02', '03', '04', '05'].map((m) => investment(2500, `2025-${m}-01`));
    const r = run({ ...fund({ investments: five }), asOf: '2028-01-01' }, lang);
    const last = item(r.items, 'art15.investment', 'fund.investments[4]');
    assert.notEqual(last.status, 'ineligible');
    assert.equal(last.capped, true);
    assert.equal(last.amount, '50.00');
    assert.ok(last.explanation.includes('50.00'), last.explanation);
    assert.equal(r.total, '200.00');
  });
}

test('en: clause headings say the text is an unofficial translation of the Chinese original', async () => {
  const { default: widget } = await import('../../locales/en/widget.json', { with: { type: 'json' } });
  const clauseHeading = widget.rc.clause;
  assert.match(clauseHeading, /unofficial translation of the Chinese original/);
});

test('amountsOnly: the same totals, statuses and amounts as the full estimate, with no sentence built', async () => {
  const { estimate } = await import('../../core/index.ts');
  const { loadExamples } = await import('../support/examples.ts');
  for (const ex of loadExamples()) {
    const full = estimate(ex.scenario, { lang: 'en', today: '2026-06-30' });
    const bare = estimate(ex.scenario, { lang: 'en', today: '2026-06-30', amountsOnly: true });
    assert.ok(full.ok && bare.ok);
    if (!full.ok || !bare.ok) continue;
    assert.equal(bare.result.total, full.result.total);
    assert.deepEqual(
      bare.result.items.map((i) => [i.rule, i.subject, i.status, i.amount, i.capped]),
      full.result.items.map((i) => [i.rule, i.subject, i.status, i.amount, i.capped]),
    );
    assert.ok(bare.result.items.every((i) => i.explanation === '' && i.clause === ''));
  }
});

test("the text report's marks after an amount are a list in the report's language, in its own brackets", async () => {
  const { formatReport } = await import('../../core/index.ts');
  const five = ['01', '02', '03', '04', '05'].map((m) => investment(2500, `2025-${m}-01`));
  const scenario = { ...fund({ investments: five }), asOf: '2028-01-01' };
  const zh = formatReport(run(scenario, 'zh-CN'));
  assert.match(zh, /（[^（）]*已达上限[^（）]*）/, zh);
  assert.doesNotMatch(zh, / \([^()]*已达上限/, zh);
  assert.match(formatReport(run(scenario, 'en')), / \([^()]*cap reached[^()]*\)/);
});

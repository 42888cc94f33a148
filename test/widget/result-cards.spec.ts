import { estimate, type SubsidyResult } from '../../core/index.ts';
import type { EzoneResultCards } from '../../widget/result-cards/result-cards.component.ts';
import { assert, equal, loadExamples } from './helpers.ts';

const examples = await loadExamples();

function resultOf(prefix: string, lang: 'zh-CN' | 'en'): SubsidyResult {
  const ex = examples.find((e) => e.file.startsWith(prefix))!;
  const out = estimate(ex.scenario, { lang, today: '2026-11-26' });
  assert(out.ok, 'example invalid');
  return out.result;
}

async function cards(result: SubsidyResult | undefined, lang = 'zh-CN'): Promise<EzoneResultCards> {
  const el = document.createElement('ezone-result-cards');
  el.lang = lang;
  el.result = result;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const all = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

afterEach(() => document.querySelectorAll('ezone-result-cards').forEach((e) => e.remove()));

describe('<ezone-result-cards>', () => {
  it('shows a hint and no total before there is a result', async () => {
    const el = await cards(undefined);
    equal(all(el, '[part="total"]').length, 0);
    assert(el.shadowRoot!.textContent!.includes('填写'), 'no hint');
  });

  it('shows the total, one card per item with an amount, then the info items', async () => {
    const r = resultOf('02', 'zh-CN');
    const el = await cards(r);
    equal(all(el, '[part="total-amount"]')[0]!.dataset.total, r.total);
    const cardEls = all(el, '[part="card"]');
    equal(
      cardEls.map((c) => c.dataset.rule),
      r.items.filter((i) => i.status !== 'info').map((i) => i.rule),
    );
    const info = all(el, '[part="info"] > li').map((li) => li.dataset.rule);
    equal(
      info,
      r.items.filter((i) => i.status === 'info').map((i) => i.rule),
    );
    const art4 = cardEls.find((c) => c.dataset.rule === 'art4.interest')!;
    equal(art4.dataset.status, 'awarded');
    assert(art4.querySelector('[part="amount"]')!.textContent!.includes('50.00'), 'amount missing');
    const item4 = r.items.find((i) => i.rule === 'art4.interest')!;
    assert(item4.capped, 'example 02 caps art. 4');
    assert(art4.querySelector('.badge-capped'), 'cap badge missing');
    if (item4.calculation) equal(art4.querySelector('[part="calculation"]')!.textContent, item4.calculation);
    // the clause is there, collapsed
    const details = art4.querySelector<HTMLDetailsElement>('details[part="clause"]')!;
    assert(!details.open && details.textContent!.includes(item4.clause.slice(0, 10)), 'clause not collapsible');
    // info items come after the amounts in the document order
    const infoList = el.shadowRoot!.querySelector('[part="info"]');
    if (infoList)
      assert(cardEls.at(-1)!.compareDocumentPosition(infoList) & Node.DOCUMENT_POSITION_FOLLOWING, 'info before cards');
  });

  it('says what an excluded item lost to, under 就高不重复', async () => {
    const r = resultOf('05', 'en');
    const el = await cards(r, 'en');
    const excluded = all(el, '[part="card"][data-status="excluded"]');
    assert(excluded.length > 0, 'no excluded card');
    const text = excluded[0]!.querySelector('.excluded-by')!.textContent!;
    const winner = r.items.find((i) => i.rule === r.items.find((x) => x.status === 'excluded')!.excludedBy)!;
    assert(text.includes(`Art. ${winner.article}`), `winner not named: ${text}`);
  });

  it('shows conditional awards and the art. 15 timeline of claimable dates', async () => {
    const r = resultOf('08', 'zh-CN');
    const el = await cards(r);
    const dates = all(el, '[part="timeline"] time').map((t) => t.getAttribute('datetime'));
    const expected = r.items
      .filter((i) => i.claimableFrom)
      .map((i) => i.claimableFrom!)
      .sort();
    assert(expected.length === 3, 'example 08 has three projects');
    equal(dates, expected);
    assert(all(el, '.badge-conditional').length > 0, 'conditional badge missing');
    assert(all(el, '[part="card"][data-status="pending"]').length === 1, 'pending card missing');
  });

  it('shows interpretation notes next to the figure', async () => {
    const out = estimate(
      {
        year: 2025,
        enterprise: { certifications: ['national-little-giant'], techInsurance: { premium: 20, termMonths: 12 } },
      },
      { lang: 'en' },
    );
    assert(out.ok, 'invalid');
    const withNotes = out.result.items.filter((i) => i.interpretations?.length);
    assert(withNotes.length > 0, 'the core gave no interpretation for art. 2 at 60%');
    const el = await cards(out.result, 'en');
    const card = all(el, `[part="card"][data-rule="${withNotes[0]!.rule}"]`)[0]!;
    assert(
      card.querySelector('.interpretations')!.textContent!.includes(withNotes[0]!.interpretations![0]!.slice(0, 20)),
      'note missing',
    );
  });

  it('marks a stale result', async () => {
    const el = await cards(resultOf('01', 'en'), 'en');
    el.stale = true;
    await el.updateComplete;
    assert(el.shadowRoot!.querySelector('.stale'), 'not marked');
    assert(el.shadowRoot!.textContent!.includes('not updated yet'), 'no words for it');
  });
});

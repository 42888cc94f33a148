/**
 * A revision's figures reach the sentences that quote them, in both languages, as data only: a synthetic revision (not
 * a real document) from 2027 with another zone area and look-back (附则2), its own name and a rewritten art. 4. The
 * 2025 sentences stay word for word what they were; English shows a translation only for the text it translates, and
 * the Chinese original with a note where the revision brought none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  articleClause,
  articleTitle,
  estimate,
  formatReport,
  policyName,
  policyTitle,
  withRevisions,
  type EstimateOptions,
  type Lang,
  type PolicyBook,
  type SubsidyResult,
} from '../../../core/index.ts';
import { addCoreResources } from '../../../core/i18n.ts';
import en from '../../../locales/en/core.json' with { type: 'json' };
import { COMPLIANT, TODAY } from '../rules/helpers.ts';

const REVISION = {
  id: 'etown-finance-2027-words-test',
  title: '测试用虚构修订（2027年修订）',
  shortTitle: '经开区产业金融若干措施（2027年修订，测试用）',
  from: '2027-01-01',
  changes: {
    gate: {
      zoneArea: { value: '300', unit: 'km²', clause: '附则2：在亦庄新城300平方公里范围内实际经营（测试用虚构修订）' },
      lookBack: { value: '5', unit: 'years', clause: '附则2：近5年无重大行政处罚、刑事犯罪记录（测试用虚构修订）' },
    },
    articles: { 4: { clause: '第四条的修订文本（测试用虚构修订）。' } },
  },
};
/** The same revision with a one-year look-back: English says "year", not "years". */
const ONE_YEAR = {
  ...REVISION,
  id: 'etown-finance-2027-one-year-test',
  changes: {
    ...REVISION.changes,
    gate: {
      ...REVISION.changes.gate,
      lookBack: { value: '1', unit: 'years', clause: '附则2：近1年（测试用虚构修订）' },
    },
  },
};

function run(scenario: unknown, lang: Lang, book?: PolicyBook): SubsidyResult {
  const options: EstimateOptions = { lang, today: TODAY, ...(book ? { policies: book } : {}) };
  const out = estimate(scenario, options);
  if (!out.ok) assert.fail(JSON.stringify(out.errors));
  return out.result;
}

const borrower = (year: number, eligibility: Record<string, boolean | null>) => ({
  year,
  eligibility,
  enterprise: { smallOrMicro: true, loanInterestPaid: 40 },
});
const outside = (year: number) => borrower(year, { ...COMPLIANT, inZone: false });
const penalised = (year: number) =>
  borrower(year, { ...COMPLIANT, majorPenaltyInLast3Years: true, criminalRecord: true });
const unanswered = (year: number) => borrower(year, {});
const explanation = (r: SubsidyResult) => r.items[0]!.explanation;
const allNotes = (r: SubsidyResult) => r.notes.join('\n');

const revised = withRevisions(REVISION);

test('the revision’s zone area and look-back fill the 附则2 sentences of its years, in both languages', () => {
  assert.match(explanation(run(outside(2027), 'en', revised)), /Yizhuang New Town's 300 km²/);
  assert.match(explanation(run(outside(2027), 'zh-CN', revised)), /亦庄新城300平方公里范围内/);
  const en2027 = explanation(run(penalised(2027), 'en', revised));
  assert.match(en2027, /a major administrative penalty in the last 5 years excludes/);
  assert.match(en2027, /a criminal record in the last 5 years excludes/);
  assert.match(explanation(run(penalised(2027), 'zh-CN', revised)), /近5年有重大行政处罚记录；近5年有刑事犯罪记录/);
  // Not answered: the assumed note names the facts with the version's figures.
  assert.match(allNotes(run(unanswered(2027), 'en', revised)), /operating inside the 300 km² zone/);
  assert.match(allNotes(run(unanswered(2027), 'en', revised)), /no criminal record in the last 5 years/);
  assert.match(allNotes(run(unanswered(2027), 'zh-CN', revised)), /在300平方公里范围内实际经营/);
  assert.match(allNotes(run(unanswered(2027), 'zh-CN', revised)), /近5年无刑事犯罪记录/);
});

test('a look-back of one year reads in the singular in English', () => {
  const book = withRevisions(ONE_YEAR);
  assert.match(explanation(run(penalised(2027), 'en', book)), /penalty in the last 1 year excludes/);
  assert.match(allNotes(run(unanswered(2027), 'en', book)), /no criminal record in the last 1 year\b/);
  assert.match(explanation(run(penalised(2027), 'zh-CN', book)), /近1年有刑事犯罪记录/);
});

test('the 2025 sentences are word for word what they were, with or without the revision', () => {
  for (const book of [undefined, revised]) {
    assert.match(
      explanation(run(outside(2025), 'en', book)),
      /the measures cover only organisations actually operating inside Yizhuang New Town's 225 km²\./,
    );
    assert.match(
      explanation(run(outside(2025), 'zh-CN', book)),
      /本措施仅适用于在亦庄新城225平方公里范围内实际经营的主体/,
    );
    assert.match(
      explanation(run(penalised(2026), 'en', book)),
      /a major administrative penalty in the last 3 years excludes the applicant; a criminal record in the last 3 years excludes the applicant/,
    );
    assert.match(
      allNotes(run(unanswered(2025), 'en', book)),
      /“operating inside the 225 km² zone”|operating inside the 225 km² zone/,
    );
    assert.match(allNotes(run(unanswered(2025), 'zh-CN', book)), /近3年无重大行政处罚记录/);
  }
  // The sentences of a year are the same whether or not a later revision is known.
  for (const lang of ['en', 'zh-CN'] as const)
    for (const s of [outside, penalised, unanswered]) assert.deepEqual(run(s(2026), lang, revised), run(s(2026), lang));
});

test('the report names the version the result was computed under, from its data', () => {
  assert.match(
    formatReport(run(unanswered(2025), 'en')),
    /^E-Town industrial-finance measures \(2025 revision\): estimate for 2025\n/,
  );
  assert.match(
    formatReport(run(unanswered(2025), 'zh-CN')),
    /^经开区产业金融若干措施（2025年修订版）：2025 年度估算\n/,
  );
  assert.match(
    formatReport(run(unanswered(2027), 'zh-CN', revised), revised),
    /^经开区产业金融若干措施（2027年修订，测试用）：2027 年度估算\n/,
  );
  // No English name for the revision yet: its Chinese one, said to be the original.
  assert.match(
    formatReport(run(unanswered(2027), 'en', revised), revised),
    /^经开区产业金融若干措施（2027年修订，测试用） \(the Chinese original: no English translation of this version yet\): estimate for 2027\n/,
  );
});

test('a revision named by its title only is named by it, never by the version before', () => {
  const { shortTitle: _, ...untitled } = REVISION;
  const [v2025, v2027] = withRevisions(untitled).versions;
  assert.equal(policyName(v2027!, 'zh-CN'), REVISION.title);
  assert.equal(policyName(v2025!, 'zh-CN'), '经开区产业金融若干措施（2025年修订版）');
  assert.equal(
    policyTitle(v2025!, 'zh-CN'),
    '北京经济技术开发区关于加快推动产业金融高质量发展的若干措施（2025年修订版）',
  );
  assert.match(
    policyTitle(v2025!, 'en'),
    /^Measures of the Beijing Economic-Technological Development Area .*\(2025 revision\)$/,
  );
  assert.equal(
    policyTitle(v2027!, 'en'),
    `${REVISION.title} (the Chinese original: no English translation of this version yet)`,
  );
});

test('English shows a translation only for the text it translates: the Chinese original with a note otherwise', () => {
  const [v2025, v2027] = revised.versions;
  // Art. 2 and art. 4's title are the 2025 text still: the 2025 translation.
  assert.equal(articleClause(v2027!, 2, 'en'), articleClause(v2025!, 2, 'en'));
  assert.match(articleClause(v2025!, 2, 'en'), /^Enterprises certified as Beijing/);
  assert.equal(articleTitle(v2027!, 4, 'en'), 'Small and micro enterprise financing');
  // Art. 4's text is the revision's: no translation of it exists, so the original is shown, said to be one.
  assert.equal(
    articleClause(v2027!, 4, 'en'),
    'No English translation of this version of the text yet; the Chinese original: 第四条的修订文本（测试用虚构修订）。',
  );
  assert.equal(articleClause(v2027!, 4, 'zh-CN'), '第四条的修订文本（测试用虚构修订）。');
  const item4 = run(borrower(2027, COMPLIANT), 'en', revised).items.find((i) => i.article === 4)!;
  assert.match(item4.clause, /the Chinese original: 第四条的修订文本/);
  assert.equal(item4.title, 'Small and micro enterprise financing');
});

test('a revision brings its own translations as words keyed by its id', () => {
  const withTranslation = {
    ...en,
    translation: {
      ...en.translation,
      [REVISION.id]: {
        name: 'A synthetic revision (2027)',
        shortTitle: 'E-Town industrial-finance measures (2027 test revision)',
        title: {},
        clause: { 4: 'The revised text of art. 4 (a synthetic test).' },
      },
    },
  };
  addCoreResources('en', withTranslation);
  try {
    const [, v2027] = revised.versions;
    assert.equal(policyName(v2027!, 'en'), 'E-Town industrial-finance measures (2027 test revision)');
    assert.equal(articleClause(v2027!, 4, 'en'), 'The revised text of art. 4 (a synthetic test).');
    assert.match(
      formatReport(run(unanswered(2027), 'en', revised), revised),
      /^E-Town industrial-finance measures \(2027 test revision\): estimate for 2027\n/,
    );
  } finally {
    addCoreResources('en', en);
  }
  assert.match(policyName(revised.versions[1]!, 'en'), /no English translation/);
});

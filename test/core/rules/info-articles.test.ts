/**
 * Articles without an amount (1 科技信贷, 5 绿色金融, 6 数字金融, 7 养老金融, 16 并购+, 17 人才, 18 金融产业园,
 * 19 投融资对接会, 20 风险防控) come back as `info` items for the applicants they match, with their clause.
 * Nothing silently skipped: every one of them matches some applicant kind.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMPLIANT, checkInvariants, enterprise, fund, institution, run } from './helpers.ts';
import type { SubsidyResult } from '../../../core/index.ts';

const INFO = [1, 5, 6, 7, 16, 17, 18, 19, 20];

function infoArticles(r: SubsidyResult): number[] {
  return [...new Set(r.items.filter((it) => it.status === 'info').map((it) => it.article))].sort((a, b) => a - b);
}

function checkInfoItems(r: SubsidyResult): void {
  checkInvariants(r);
  for (const it of r.items) {
    if (INFO.includes(it.article)) assert.equal(it.status, 'info', `art. ${it.article} has no amount, so it is info`);
    if (it.status === 'info') {
      assert.ok(INFO.includes(it.article), `art. ${it.article} has an amount and must not be info`);
      assert.equal(it.amount, '0.00');
      assert.ok(it.clause.length > 10, `art. ${it.article} carries its clause`);
      assert.ok(it.explanation.length > 0);
    }
  }
}

test('info: an enterprise is shown some of the articles without an amount, with their clauses', () => {
  const r = run(enterprise({ smallOrMicro: true, loanInterestPaid: 40 }));
  checkInfoItems(r);
  assert.ok(infoArticles(r).length > 0, 'an enterprise gets info items');
  assert.equal(r.total, '20.00', 'info items never add to the total');
});

test('info: a bank is shown the green-finance honour (art. 5) among its info items', () => {
  const r = run(institution({ type: 'bank', newlyEstablished: true, paidInCapital: 200000 }));
  checkInfoItems(r);
  assert.ok(infoArticles(r).includes(5), JSON.stringify(infoArticles(r)));
});

test("info: a bank gets art. 1 (risk compensation for partner banks' small-micro loans)", () => {
  const r = run(institution({ type: 'bank' }));
  assert.ok(infoArticles(r).includes(1), JSON.stringify(infoArticles(r)));
});

test('info: the clause is in the chosen language (the original Chinese for zh-CN)', () => {
  const zh = run(enterprise({ smallOrMicro: true }), 'zh-CN');
  const en = run(enterprise({ smallOrMicro: true }), 'en');
  const zi = zh.items.find((it) => it.status === 'info');
  const ei = en.items.find((it) => it.status === 'info' && it.article === zi?.article);
  assert.ok(zi && ei);
  assert.match(zi.clause, /[\u4e00-\u9fff]{10}/);
  assert.notEqual(zi.explanation, ei.explanation);
});

test('info: every article without an amount matches at least one kind of applicant', () => {
  const kinds = [
    enterprise({ smallOrMicro: true }),
    enterprise({ smallOrMicro: false, certifications: ['national-high-tech'] }),
    fund({ managerPaidInCapital: 3000 }),
    ...[
      'bank',
      'auto-finance',
      'finance-company',
      'financial-leasing',
      'securities',
      'public-fund',
      'fund-sales',
      'insurer',
      'insurance-broker',
      'insurance-agent',
      'credit-reporting',
      'other-licensed',
      'financing-leasing',
      'commercial-factoring',
      'financing-guarantee',
      'bank-branch',
      'securities-branch',
      'insurance-branch',
      'fund-manager',
    ].map((type) => institution({ type })),
    { year: 2025, eligibility: COMPLIANT, enterprise: { smallOrMicro: true }, institution: { type: 'bank' }, fund: {} },
  ];
  const seen = new Set<number>();
  for (const s of kinds) {
    const r = run(s);
    checkInfoItems(r);
    for (const a of infoArticles(r)) seen.add(a);
  }
  assert.deepEqual(
    [...seen].sort((a, b) => a - b),
    INFO,
  );
});

test('info: all 20 articles are accounted for: each amount article appears for some applicant', () => {
  const r = run({
    year: 2025,
    eligibility: COMPLIANT,
    asOf: '2027-06-30',
    enterprise: {
      smallOrMicro: true,
      certifications: ['national-high-tech'],
      techInsurance: { premium: 30, termMonths: 12 },
      loanInterestPaid: 40,
    },
    institution: {
      type: 'commercial-factoring',
      newlyEstablished: true,
      paidInCapital: 60000,
      contractAmount: 20000,
      financingProvided: 100000,
      revenue: 2000,
      previousRevenue: 1000,
    },
    fund: {
      managerPaidInCapital: 3000,
      managerStateCapital: 0,
      managedFundsPaidIn: 12000,
      qflpNewPilot: true,
      investments: [
        { company: 'A', amount: 1000, fundedOn: '2025-03-01', firstInvestment: true, startup: true, stateCapital: 0 },
      ],
    },
  });
  const arts = new Set(r.items.map((it) => it.article));
  for (const a of [2, 3, 4, 10, 11, 12, 14, 15]) assert.ok(arts.has(a), `art. ${a} is listed`);
});

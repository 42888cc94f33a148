import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COLUMNS, LISTS, resolveHeader, targetPath, templateHeaders } from '../../batch/layout.ts';
import { CURRENT_POLICY } from '../../core/index.ts';

const pathOf = (h: string) => {
  const t = resolveHeader(h);
  return t ? targetPath(t) : null;
};

test('a Chinese header with its unit resolves to the field: 贷款利息(万元) → enterprise.loanInterestPaid', () => {
  assert.equal(pathOf('贷款利息(万元)'), 'enterprise.loanInterestPaid');
});

test('full-width brackets, spaces and a missing unit are accepted: 贷款利息（万元）, 贷款利息, " 贷款利息 "', () => {
  assert.equal(pathOf('贷款利息（万元）'), 'enterprise.loanInterestPaid');
  assert.equal(pathOf('贷款利息'), 'enterprise.loanInterestPaid');
  assert.equal(pathOf(' 贷款利息 '), 'enterprise.loanInterestPaid');
});

test('the contract path and the English label resolve to the same field', () => {
  assert.equal(pathOf('enterprise.loanInterestPaid'), 'enterprise.loanInterestPaid');
  assert.equal(pathOf('Loan interest paid (10k CNY)'), 'enterprise.loanInterestPaid');
  assert.equal(pathOf('loan interest paid'), 'enterprise.loanInterestPaid');
});

test('numbered groups: 投资2金额(万元) is fund.investments[1].amount, and so is the 0-based contract path', () => {
  assert.equal(pathOf('投资2金额(万元)'), 'fund.investments[1].amount');
  assert.equal(pathOf('fund.investments[1].amount'), 'fund.investments[1].amount');
  assert.equal(pathOf('Investment 12 funded on (date)'), 'fund.investments[11].fundedOn');
  assert.equal(pathOf('QFLP基金3币种'), 'fund.qflpFunds[2].currency');
  assert.equal(pathOf('投资0金额'), null, 'labels count from 1');
});

test('a header quoting 附则2’s look-back names it from the policy data, and the headers of older files still resolve', () => {
  const years = CURRENT_POLICY.gate.lookBack.count;
  assert.ok(templateHeaders('zh-CN').includes(`近${years}年重大行政处罚(是/否)`));
  assert.ok(templateHeaders('en').includes(`Major penalty in last ${years} years (yes/no)`));
  // Written by earlier templates (近三年…, last 3 years), by hand, or under another look-back: the same field.
  for (const header of [
    '近三年重大行政处罚(是/否)',
    '近三年重大行政处罚',
    '近3年重大行政处罚（是/否）',
    '近5年重大行政处罚',
    '近十年重大行政处罚',
    'Major penalty in last 3 years (yes/no)',
    'major penalty in last 5 years',
    'Major penalty in last 1 year (yes/no)',
    'eligibility.majorPenaltyInLast3Years',
  ])
    assert.equal(pathOf(header), 'eligibility.majorPenaltyInLast3Years', header);
  assert.equal(pathOf('近年重大行政处罚'), null);
  assert.equal(pathOf('Major penalty in last years'), null);
});

test('a header outside the layout is not guessed', () => {
  assert.equal(pathOf('备注'), null);
  assert.equal(pathOf('贷款'), null);
  assert.equal(pathOf('enterprise.loanInterest'), null);
});

test('every template header, in both languages, resolves to a distinct field, the same per position', () => {
  const zh = templateHeaders('zh-CN').map(pathOf);
  const en = templateHeaders('en').map(pathOf);
  assert.ok(zh.every((p) => p !== null));
  assert.deepEqual(zh, en);
  assert.equal(new Set(zh).size, zh.length);
  const expected = COLUMNS.length + LISTS.reduce((n, l) => n + l.templateCount * l.fields.length, 0);
  assert.equal(zh.length, expected);
});

test('no two columns share a label once brackets and spaces are dropped', () => {
  for (const c of COLUMNS) {
    for (const label of [c.zh, c.en, c.path, ...(c.aliases ?? [])]) assert.equal(pathOf(label), c.path, label);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileLocation, isBlankRecord, mapRecord, readHeader, splitList } from '../../batch/rows.ts';
import { BatchProcessor } from '../../batch/processor.ts';

test('yes/no cells: 是/否, true/false, yes/no, 1/0 become booleans; "maybe" is an error naming row field and column', () => {
  const h = readHeader([
    '客户',
    '小微企业(是/否)',
    '在经开区实际经营(是/否)',
    '当年新设(是/否)',
    '新获QFLP试点(是/否)',
  ]);
  const r = mapRecord(['A', '是', 'No', '1', 'TRUE'], h, 'zh-CN');
  assert.deepEqual(r.scenario, {
    enterprise: { smallOrMicro: true },
    eligibility: { inZone: false },
    institution: { newlyEstablished: true },
    fund: { qflpNewPilot: true },
  });
  assert.equal(r.errors.length, 0);
  const bad = mapRecord(['B', 'maybe', '', '', ''], h, 'en');
  assert.equal(bad.errors.length, 1);
  assert.equal(bad.errors[0]!.path, 'enterprise.smallOrMicro');
  assert.equal(bad.errors[0]!.column, '小微企业(是/否)');
  assert.match(bad.errors[0]!.message, /^enterprise\.smallOrMicro: "maybe" is not yes or no/);
});

test('amounts stay as written for the core to parse; empty cells leave the field out', () => {
  const h = readHeader(['客户', '年度', '贷款利息(万元)', '科技保险保费(万元)', '科技保险保单期限(月)']);
  const r = mapRecord(['A', '2025', '35万元', '', ' 12 '], h, 'zh-CN');
  assert.deepEqual(r.scenario, {
    year: '2025',
    enterprise: { loanInterestPaid: '35万元', techInsurance: { termMonths: '12' } },
  });
  assert.equal(r.client, 'A');
});

test('lists split on ; (and ；), keeping commas inside amounts', () => {
  assert.deepEqual(splitList('350,000元; 2亿；'), ['350,000元', '2亿']);
  const h = readHeader(['当年增资(万元;分隔)', '资质认定(;分隔)']);
  const r = mapRecord(['20000;1,000万元', '小巨人；national-high-tech'], h, 'zh-CN');
  assert.deepEqual(r.scenario, {
    institution: { capitalIncreases: ['20000', '1,000万元'] },
    enterprise: { certifications: ['national-little-giant', 'national-high-tech'] },
  });
});

test('Chinese words for kinds map to the contract values; unknown words pass to the core unchanged', () => {
  const h = readHeader(['机构类型', '分支机构事项', 'QFLP基金1币种']);
  assert.deepEqual(mapRecord(['商业保理公司', '升级二级分行', '美元'], h, 'zh-CN').scenario, {
    institution: { type: 'commercial-factoring', branchEvent: 'upgraded-tier2' },
    fund: { qflpFunds: [{ currency: 'USD' }] },
  });
  assert.deepEqual(mapRecord(['小额贷款公司', '', ''], h, 'zh-CN').scenario, { institution: { type: '小额贷款公司' } });
});

test('numbered groups become a list; an empty group in between is dropped and errors map back to the file number', () => {
  const h = readHeader([
    '投资1企业',
    '投资1金额(万元)',
    '投资2企业',
    '投资2金额(万元)',
    '投资3企业',
    '投资3金额(万元)',
  ]);
  const r = mapRecord(['A', '100', '', '', 'C', '-5'], h, 'zh-CN');
  assert.deepEqual(r.scenario, {
    fund: {
      investments: [
        { company: 'A', amount: '100' },
        { company: 'C', amount: '-5' },
      ],
    },
  });
  // The core sees C at index 1; the user wrote it in group 3.
  assert.deepEqual(fileLocation('fund.investments[1].amount', r, h), {
    path: 'fund.investments[2].amount',
    column: '投资3金额(万元)',
  });
  assert.deepEqual(fileLocation('fund.investments[1]', r, h), { path: 'fund.investments[2]', column: '投资3企业' });
});

test('an error on one entry of a ; list names the list column', () => {
  const h = readHeader(['客户', '当年增资(万元;分隔)']);
  const r = mapRecord(['A', '20000;abc'], h, 'zh-CN');
  assert.deepEqual(fileLocation('institution.capitalIncreases[1]', r, h), {
    path: 'institution.capitalIncreases[1]',
    column: '当年增资(万元;分隔)',
  });
  assert.deepEqual(fileLocation('year', r, h), { path: 'year', column: '' });
});

test('header: unknown columns are listed, a second column for the same field is a duplicate, BOM is ignored', () => {
  const h = readHeader(['\uFEFF客户', '备注', '贷款利息(万元)', 'enterprise.loanInterestPaid', '']);
  assert.deepEqual(h.unknown, ['备注']);
  assert.deepEqual(h.duplicates, ['enterprise.loanInterestPaid']);
  assert.ok(h.hasClient);
});

test('blank records: an empty line or a line of empty cells', () => {
  assert.ok(isBlankRecord(['']));
  assert.ok(isBlankRecord([' ', '', '']));
  assert.ok(!isBlankRecord(['', 'x']));
});

test('a row with more cells than the header (an amount with an unquoted comma) is an error, not silently cut', () => {
  const h = readHeader(['客户', '年度', '贷款利息(万元)']);
  // "350,000元" without quotes: the 贷款利息 cell reads "350" (万元!) and "000元" falls off the end.
  const r = mapRecord(['A', '2025', '350', '000元'], h, 'en');
  assert.equal(r.errors.length, 1, JSON.stringify(r.errors));
  assert.match(r.errors[0]!.message, /000元/);
  assert.match(r.errors[0]!.message, /quotes/);
  // Spreadsheets often write trailing empty cells: those lose nothing.
  assert.equal(mapRecord(['A', '2025', '35', '', ' '], h, 'en').errors.length, 0);
});

test("a row with a yes/no error still reports the core's errors in its other cells, all at once", () => {
  const p = new BatchProcessor({ lang: 'en', today: '2026-06-30' });
  p.push(['客户', '年度', '小微企业(是/否)', '贷款利息(万元)'], 1);
  const row = p.push(['A', '2025', 'maybe', 'abc'], 2)!;
  assert.equal(row.status, 'error');
  const paths = row.errors.map((e) => e.path);
  assert.deepEqual(
    paths.sort(),
    ['enterprise.loanInterestPaid', 'enterprise.smallOrMicro'],
    JSON.stringify(row.errors),
  );
  assert.equal(row.errors.find((e) => e.path === 'enterprise.loanInterestPaid')?.column, '贷款利息(万元)');
});

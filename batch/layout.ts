/**
 * The CSV layout of a client list: which column fills which scenario field (docs/scenario.md).
 * One row per client. Headers may be the dotted field path (`enterprise.loanInterestPaid`), the Chinese label
 * (`贷款利息(万元)`) or the English label (`Loan interest paid (10k CNY)`); the unit in brackets is optional.
 * Lists of objects (QFLP funds, investments) take numbered column groups: `投资1金额(万元)`, `投资2金额(万元)`…,
 * or `fund.investments[0].amount` (0-based, as in the contract's paths).
 */

/** How a cell becomes a value. Amounts and numbers stay strings: the core parses them ("35万元", "３０万"). */
export type CellKind = 'text' | 'amount' | 'number' | 'boolean' | 'date' | 'enum' | 'amountList' | 'enumList';

export interface ColumnDef {
  /** Dotted path in the scenario, e.g. "enterprise.techInsurance.premium"; "client" is the row's name, not a field. */
  path: string;
  kind: CellKind;
  zh: string;
  en: string;
  /** Other accepted headers. */
  aliases?: string[];
  /** Words people write for enum values, mapped to the contract's values (the contract's value is always accepted). */
  values?: Record<string, string>;
}

/** A numbered group of columns for a list of objects, e.g. fund.investments[n]. `{n}` is the 1-based number. */
export interface ListDef {
  /** e.g. "fund.investments" */
  path: string;
  /** How many groups the templates show; more may be added by following the pattern. */
  templateCount: number;
  fields: Array<Omit<ColumnDef, 'path'> & { key: string }>;
}

const yes = '(是/否)';
const yesEn = '(yes/no)';

const institutionTypes: Record<string, string> = {
  银行: 'bank',
  汽车金融公司: 'auto-finance',
  财务公司: 'finance-company',
  金融租赁公司: 'financial-leasing',
  证券公司: 'securities',
  公募基金管理公司: 'public-fund',
  公募基金: 'public-fund',
  基金销售机构: 'fund-sales',
  基金销售: 'fund-sales',
  保险公司: 'insurer',
  保险经纪公司: 'insurance-broker',
  保险经纪: 'insurance-broker',
  保险代理公司: 'insurance-agent',
  保险代理: 'insurance-agent',
  征信机构: 'credit-reporting',
  其他持牌机构: 'other-licensed',
  融资租赁公司: 'financing-leasing',
  商业保理公司: 'commercial-factoring',
  融资担保公司: 'financing-guarantee',
  银行分行: 'bank-branch',
  证券分支机构: 'securities-branch',
  保险分支机构: 'insurance-branch',
  私募基金管理人: 'fund-manager',
};

const certifications: Record<string, string> = {
  北京市专精特新中小企业: 'beijing-specialized-sme',
  北京市专精特新: 'beijing-specialized-sme',
  专精特新: 'beijing-specialized-sme',
  国家高新技术企业: 'national-high-tech',
  高新技术企业: 'national-high-tech',
  国家高新: 'national-high-tech',
  国家级专精特新小巨人: 'national-little-giant',
  '国家级专精特新"小巨人"': 'national-little-giant',
  国家级小巨人: 'national-little-giant',
  小巨人: 'national-little-giant',
};

export const CLIENT_COLUMN: ColumnDef = {
  path: 'client',
  kind: 'text',
  zh: '客户',
  en: 'Client',
  aliases: ['客户名称', '企业名称', '名称', 'client name', 'name'],
};

export const COLUMNS: ColumnDef[] = [
  CLIENT_COLUMN,
  { path: 'year', kind: 'number', zh: '年度', en: 'Year', aliases: ['支持年度'] },
  { path: 'asOf', kind: 'date', zh: '测算日期', en: 'As of (date)' },
  { path: 'eligibility.inZone', kind: 'boolean', zh: `在经开区实际经营${yes}`, en: `Operates in the zone ${yesEn}` },
  {
    path: 'eligibility.majorPenaltyInLast3Years',
    kind: 'boolean',
    zh: `近三年重大行政处罚${yes}`,
    en: `Major penalty in last 3 years ${yesEn}`,
  },
  { path: 'eligibility.criminalRecord', kind: 'boolean', zh: `刑事犯罪记录${yes}`, en: `Criminal record ${yesEn}` },
  {
    path: 'eligibility.seriousDishonestyList',
    kind: 'boolean',
    zh: `严重失信名单${yes}`,
    en: `On serious-dishonesty list ${yesEn}`,
  },

  { path: 'enterprise.smallOrMicro', kind: 'boolean', zh: `小微企业${yes}`, en: `Small or micro enterprise ${yesEn}` },
  {
    path: 'enterprise.certifications',
    kind: 'enumList',
    zh: '资质认定(;分隔)',
    en: 'Certifications (; separated)',
    values: certifications,
  },
  {
    path: 'enterprise.techInsurance.premium',
    kind: 'amount',
    zh: '科技保险保费(万元)',
    en: 'Tech insurance premium (10k CNY)',
  },
  {
    path: 'enterprise.techInsurance.termMonths',
    kind: 'number',
    zh: '科技保险保单期限(月)',
    en: 'Tech insurance term (months)',
  },
  { path: 'enterprise.loanInterestPaid', kind: 'amount', zh: '贷款利息(万元)', en: 'Loan interest paid (10k CNY)' },
  {
    path: 'enterprise.firstLoanMunicipalSupport',
    kind: 'amount',
    zh: '市级首贷贴息(万元)',
    en: 'Municipal first-loan support (10k CNY)',
  },
  {
    path: 'enterprise.startupGuaranteeLoan.municipalSupport',
    kind: 'amount',
    zh: '创业担保贷款市级贴息(万元)',
    en: 'Start-up guarantee loan municipal support (10k CNY)',
  },
  {
    path: 'enterprise.startupGuaranteeLoan.interestPaid',
    kind: 'amount',
    zh: '创业担保贷款实付利息(万元)',
    en: 'Start-up guarantee loan interest paid (10k CNY)',
  },

  { path: 'institution.type', kind: 'enum', zh: '机构类型', en: 'Institution type', values: institutionTypes },
  {
    path: 'institution.newlyEstablished',
    kind: 'boolean',
    zh: `当年新设${yes}`,
    en: `Newly established in the year ${yesEn}`,
  },
  { path: 'institution.paidInCapital', kind: 'amount', zh: '实缴资本(万元)', en: 'Paid-in capital (10k CNY)' },
  {
    path: 'institution.capitalIncreases',
    kind: 'amountList',
    zh: '当年增资(万元;分隔)',
    en: 'Capital increases in the year (10k CNY; separated)',
  },
  { path: 'institution.revenue', kind: 'amount', zh: '营业收入(万元)', en: 'Revenue (10k CNY)' },
  {
    path: 'institution.previousRevenue',
    kind: 'amount',
    zh: '上年营业收入(万元)',
    en: 'Previous year revenue (10k CNY)',
  },
  {
    path: 'institution.tradingVolume',
    kind: 'amount',
    zh: '证券交易额(万元)',
    en: 'Securities trading volume (10k CNY)',
  },
  {
    path: 'institution.previousTradingVolume',
    kind: 'amount',
    zh: '上年证券交易额(万元)',
    en: 'Previous year trading volume (10k CNY)',
  },
  { path: 'institution.premiumIncome', kind: 'amount', zh: '保费收入(万元)', en: 'Premium income (10k CNY)' },
  {
    path: 'institution.previousPremiumIncome',
    kind: 'amount',
    zh: '上年保费收入(万元)',
    en: 'Previous year premium income (10k CNY)',
  },
  {
    path: 'institution.superiorInZone',
    kind: 'boolean',
    zh: `上级机构在区内${yes}`,
    en: `Superior of the same system in the zone ${yesEn}`,
  },
  {
    path: 'institution.contractAmount',
    kind: 'amount',
    zh: '业务合同金额(万元)',
    en: 'Business contract amount (10k CNY)',
  },
  {
    path: 'institution.financingProvided',
    kind: 'amount',
    zh: '为企业提供融资(万元)',
    en: 'Financing provided to enterprises (10k CNY)',
  },
  {
    path: 'institution.branchEvent',
    kind: 'enum',
    zh: '分支机构事项',
    en: 'Branch event',
    values: {
      新设一级分行: 'new-tier1',
      新设一级分支机构: 'new-tier1',
      一级分行: 'new-tier1',
      升级二级分行: 'upgraded-tier2',
      二级分行: 'upgraded-tier2',
    },
  },

  {
    path: 'fund.managerPaidInCapital',
    kind: 'amount',
    zh: '管理人实缴资本(万元)',
    en: 'Manager paid-in capital (10k CNY)',
  },
  {
    path: 'fund.managerStateCapital',
    kind: 'amount',
    zh: '管理人国有出资(万元)',
    en: 'Manager state capital (10k CNY)',
  },
  {
    path: 'fund.managedFundsPaidIn',
    kind: 'amount',
    zh: '管理基金实缴规模(万元)',
    en: 'Managed funds paid-in (10k CNY)',
  },
  {
    path: 'fund.managerCapitalIncreases',
    kind: 'amountList',
    zh: '管理人增资(万元;分隔)',
    en: 'Manager capital increases (10k CNY; separated)',
  },
  { path: 'fund.qflpNewPilot', kind: 'boolean', zh: `新获QFLP试点${yes}`, en: `New QFLP pilot ${yesEn}` },
  { path: 'fund.usdCnyRate', kind: 'number', zh: '美元兑人民币汇率', en: 'USD/CNY rate' },
];

export const LISTS: ListDef[] = [
  {
    path: 'fund.qflpFunds',
    templateCount: 1,
    fields: [
      {
        key: 'paidIn',
        kind: 'amount',
        zh: 'QFLP基金{n}实缴规模(万美元或万元)',
        en: 'QFLP fund {n} paid-in (10k USD or 10k CNY)',
      },
      {
        key: 'currency',
        kind: 'enum',
        zh: 'QFLP基金{n}币种(USD/CNY)',
        en: 'QFLP fund {n} currency (USD/CNY)',
        values: { 美元: 'USD', 人民币: 'CNY', usd: 'USD', cny: 'CNY', rmb: 'CNY' },
      },
      { key: 'stateCapital', kind: 'amount', zh: 'QFLP基金{n}国有出资', en: 'QFLP fund {n} state capital' },
    ],
  },
  {
    path: 'fund.investments',
    templateCount: 3,
    fields: [
      { key: 'company', kind: 'text', zh: '投资{n}企业', en: 'Investment {n} company' },
      { key: 'amount', kind: 'amount', zh: '投资{n}金额(万元)', en: 'Investment {n} amount (10k CNY)' },
      { key: 'fundedOn', kind: 'date', zh: '投资{n}划款日期', en: 'Investment {n} funded on (date)' },
      {
        key: 'firstInvestment',
        kind: 'boolean',
        zh: `投资{n}首次投资${yes}`,
        en: `Investment {n} first investment ${yesEn}`,
      },
      { key: 'startup', kind: 'boolean', zh: `投资{n}初创企业${yes}`, en: `Investment {n} start-up ${yesEn}` },
      {
        key: 'stateCapital',
        kind: 'amount',
        zh: '投资{n}国有出资(万元)',
        en: 'Investment {n} state capital (10k CNY)',
      },
    ],
  },
];

/** Where a header points: a plain column, or field `key` of entry `index` (0-based) of a list. */
export type HeaderTarget =
  | { type: 'column'; column: ColumnDef }
  | { type: 'list'; list: ListDef; index: number; field: ListDef['fields'][number] };

/** Full-width to half-width, lower case, no spaces, no bracketed unit: "贷款利息（万元）" → "贷款利息". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s_-]+/g, '');
}

const columnIndex = new Map<string, ColumnDef>();
for (const c of COLUMNS) {
  for (const name of [c.path, c.zh, c.en, ...(c.aliases ?? [])]) columnIndex.set(normalizeHeader(name), c);
}
// Contract paths keep their dots; labels lose their brackets. Both point at the same column.
for (const c of COLUMNS) columnIndex.set(c.path.toLowerCase(), c);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const listPatterns: Array<{ re: RegExp; list: ListDef; field: ListDef['fields'][number]; zeroBased: boolean }> = [];
for (const list of LISTS) {
  for (const field of list.fields) {
    listPatterns.push({
      re: new RegExp(`^${escapeRe(`${list.path}[`.toLowerCase())}(\\d+)${escapeRe(`].${field.key}`.toLowerCase())}$`),
      list,
      field,
      zeroBased: true,
    });
    for (const label of [field.zh, field.en]) {
      const [before = '', after = ''] = normalizeHeader(label).split('{n}');
      listPatterns.push({
        re: new RegExp(`^${escapeRe(before)}(\\d+)${escapeRe(after)}$`),
        list,
        field,
        zeroBased: false,
      });
    }
  }
}

/** The field a header fills, or null when the header is not part of the layout. */
export function resolveHeader(header: string): HeaderTarget | null {
  const raw = header
    .replace(/^\uFEFF/, '')
    .trim()
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '');
  const direct = columnIndex.get(raw) ?? columnIndex.get(normalizeHeader(header));
  if (direct) return { type: 'column', column: direct };
  for (const p of listPatterns) {
    const m = p.re.exec(raw) ?? p.re.exec(normalizeHeader(header));
    if (!m) continue;
    const n = Number(m[1]);
    const index = p.zeroBased ? n : n - 1;
    if (index < 0 || index > 999) return null;
    return { type: 'list', list: p.list, index, field: p.field };
  }
  return null;
}

/** The scenario path a header fills, e.g. "fund.investments[2].amount". */
export function targetPath(t: HeaderTarget): string {
  return t.type === 'column' ? t.column.path : `${t.list.path}[${t.index}].${t.field.key}`;
}

/** The template's headers in a language, in layout order. */
export function templateHeaders(lang: 'zh-CN' | 'en'): string[] {
  const pick = (d: { zh: string; en: string }) => (lang === 'zh-CN' ? d.zh : d.en);
  const headers = COLUMNS.map(pick);
  for (const list of LISTS) {
    for (let n = 1; n <= list.templateCount; n++) {
      for (const f of list.fields) headers.push(pick(f).replace('{n}', String(n)));
    }
  }
  return headers;
}

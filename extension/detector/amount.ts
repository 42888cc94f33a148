/**
 * Reads the highest loan limit a block states ("最高可贷300万元", "纯线上最高100万元，线上线下结合最高300万元" → 300万,
 * "borrow £1,000 to £250,000" → £250,000, "up to S$300,000", "HK$5 million", "1亿元") with its currency. Amounts
 * that are eligibility conditions (turnover, sales, registered capital, tax paid) or minimums are not limits.
 */
import { matchesOf } from './matches.ts';
import { hanCount } from './han-numerals.ts';

export interface AmountRead {
  /** In units of ten thousand of `currency` (万), as a plain decimal string: 300万元 → "300", £250,000 → "25". */
  wan: string;
  /** ISO 4217: CNY, HKD, SGD, GBP, USD, EUR, TWD, MOP, AUD… */
  currency: string;
  text: string;
}

/** Decimal shift without floating point: shift("1.15", 4) = "11500", shift("25000", -4) = "2.5". */
export function shiftDecimal(num: string, places: number): string {
  const [int = '0', frac = ''] = num.replace(/,/g, '').split('.');
  let digits = int + frac;
  let point = int.length + places;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/**
 * ISO 4217's code for "no currency": an amount in a currency the page does not make known (a bare "10 million" on a
 * page that names none, "Rs." on a page of no known country). Never yuan: the district's figures are for yuan loans.
 */
export const UNKNOWN_CURRENCY = 'XXX';
/** "Rs." is the rupee of India, Sri Lanka, Nepal, Pakistan or Mauritius: the page decides which. */
const RUPEE = 'rupee';
const RUPEE_CURRENCIES = new Set(['INR', 'LKR', 'NPR', 'PKR', 'MUR', 'SCR']);
/** "Shs." is the shilling of Uganda, Kenya, Tanzania or Somalia: the page decides which. */
const SHILLING = 'shilling';
/** Signs several countries write, with the currencies they may stand for: the page's own currency decides. */
const SHARED_SIGNS = new Map<string, ReadonlySet<string>>([
  [RUPEE, RUPEE_CURRENCIES],
  [SHILLING, new Set(['UGX', 'KES', 'TZS', 'SOS'])],
]);
/**
 * Currencies a page in their country writes with a bare "$": dollars, pesos, the tala and the pa'anga. On a page in
 * another currency (a British bank's "$250,000", an Indian portal's "$10,000"), "$" is the US dollar.
 */
// prettier-ignore
const BARE_DOLLAR_CURRENCIES = new Set([
  'USD', 'AUD', 'CAD', 'NZD', 'SGD', 'HKD', 'TWD', 'MOP', 'JMD', 'XCD', 'TTD', 'BZD', 'BBD', 'BSD', 'BMD', 'KYD', 'GYD',
  'SRD', 'LRD', 'NAD', 'FJD', 'SBD', 'BND', 'TOP', 'WST', 'MXN', 'ARS', 'CLP', 'COP', 'UYU', 'DOP', 'CUP', 'ZWL',
]);
/** Dollars written with their country's letters before "$" ("JM$", "EC$"): never the US dollar. */
const COUNTRY_DOLLARS: [string, string][] = [
  ['JM|J', 'JMD'],
  ['EC', 'XCD'],
  ['TT', 'TTD'],
  ['BZ', 'BZD'],
  ['BDS?', 'BBD'],
  ['G', 'GYD'],
  ['FJ', 'FJD'],
  ['SI', 'SBD'],
  ['CA', 'CAD'],
  ['AU', 'AUD'],
  ['R', 'BRL'],
  ['MEX', 'MXN'],
  ['T', 'TOP'],
  ['WS', 'WST'],
];

const CURRENCY_BEFORE: [RegExp, string][] = [
  [/^(?:S\$|SGD)$/i, 'SGD'],
  [/^(?:HK\$|HKD|港元|港币)$/i, 'HKD'],
  [/^(?:US\$|USD|美元)$/i, 'USD'],
  [/^(?:NT\$|TWD|新台币)$/i, 'TWD'],
  [/^(?:A\$|AUD)$/i, 'AUD'],
  [/^(?:MOP\$?|MOP|澳门元|澳门币|葡币)$/i, 'MOP'],
  [/^(?:£|GBP)$/i, 'GBP'],
  [/^(?:€|EUR)$/i, 'EUR'],
  [/^(?:RM|MYR)$/, 'MYR'],
  [/^(?:C\$|CAD)$/, 'CAD'],
  [/^(?:NZ\$|NZD)$/, 'NZD'],
  [/^(?:₹|INR)$/, 'INR'],
  [/^(?:Rs\.?|₨)$/, RUPEE],
  [/^Shs?\.?$/i, SHILLING],
  [/^(?:Ksh\.?|KES)$/i, 'KES'],
  [/^LKR$/, 'LKR'],
  [/^NPR$/, 'NPR'],
  [/^PKR$/, 'PKR'],
  [/^(?:৳|BDT)$/, 'BDT'],
  [/^(?:₦|NGN)$/, 'NGN'],
  [/^(?:GH₵|GHS)$/, 'GHS'],
  [/^UGX$/, 'UGX'],
  [/^TZS$/, 'TZS'],
  [/^ZAR$/, 'ZAR'],
  [/^(?:₫|VND)$/, 'VND'],
  [/^(?:₩|KRW)$/, 'KRW'],
  [/^(?:Rp|IDR)$/, 'IDR'],
  [/^(?:₱|PHP)$/, 'PHP'],
  [/^(?:฿|THB)$/, 'THB'],
  [/^(?:JP¥|JPY|円)$/, 'JPY'],
  [/^(?:¥|RMB|CNY|人民币)$/i, 'CNY'],
  ...COUNTRY_DOLLARS.map(([letters, code]): [RegExp, string] => [new RegExp(`^(?:${letters})\\$$`, 'i'), code]),
  [/^\$$/, '$'],
];
const CURRENCY_AFTER: [RegExp, string][] = [
  [/^(?:港元|港币)/, 'HKD'],
  [/^(?:新台币)/, 'TWD'],
  [/^(?:澳门元|澳门币|葡币)/, 'MOP'],
  [/^(?:美元)/, 'USD'],
  [/^(?:英镑)/, 'GBP'],
  [/^(?:欧元)/, 'EUR'],
  [/^(?:新加坡元|新元)/, 'SGD'],
  [/^(?:元|人民币|RMB|CNY|yuan)/i, 'CNY'],
  [/^(?:HKD)/i, 'HKD'],
  [/^(?:SGD)/i, 'SGD'],
  [/^(?:USD)/i, 'USD'],
  [/^(?:GBP)/i, 'GBP'],
  [/^(?:EUR)/i, 'EUR'],
];

/** Places to shift a figure to whole units. */
const UNIT_PLACES: Record<string, number> = {
  万: 4,
  万元: 4,
  千万: 7,
  百万: 6,
  亿: 8,
  亿元: 8,
  千: 3,
  千元: 3,
  元: 0,
  k: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  mil: 6,
  million: 6,
  b: 9,
  bn: 9,
  billion: 9,
  lakh: 5,
  lakhs: 5,
  lac: 5,
  lacs: 5,
  crore: 7,
  crores: 7,
};

/**
 * Other ISO 4217 codes a lender writes before its figures ("TJS 90,000", "EGP 5 million"): each its own currency.
 * (Not those that are English words before a number: TOP, TRY, PEN, MAD, ARS, COP, AMD.)
 */
const OTHER_CODES =
  'TJS|KGS|KZT|UZS|GEL|AZN|MNT|RUB|UAH|EGP|TND|XOF|XAF|ETB|RWF|ZMW|MWK|MZN|BWP|NAD|FJD|WST|PGK|SBD|VUV|TOP|KHR|LAK|MMK|BND|AED|SAR|QAR|KWD|OMR|BHD|JOD|PLN|CZK|HUF|CHF|SEK|NOK|DKK|MXN|BRL|CLP|JMD|TTD|BBD|BSD|BZD|GYD|XCD|MUR|SCR|SOS';
const OTHER_CODE_RE = new RegExp(`^(?:${OTHER_CODES})$`);
/** Every ISO 4217 code the reader knows, named in a text ("Interest rate, TJS loans"). */
export const CURRENCY_CODE_RE = new RegExp(
  `\\b(?:USD|EUR|GBP|CNY|RMB|HKD|SGD|MYR|INR|NPR|PKR|LKR|BDT|KES|UGX|TZS|NGN|GHS|ZAR|PHP|THB|IDR|VND|KRW|JPY|AUD|NZD|CAD|TWD|MOP|AMD|${OTHER_CODES})\\b`,
  'i',
);

const CUR =
  '(\\bS\\$|SGD|\\bHK\\$|HKD|\\bUS\\$|USD|\\bNT\\$|TWD|\\bA\\$|AUD|\\bNZ\\$|NZD|\\bC\\$|CAD|MOP\\$?|£|GBP|€|EUR|JP¥|JPY|¥|RMB|CNY|人民币|港元|港币|新台币|澳门元|澳门币|葡币|美元|' +
  '\\bRM|MYR|₹|INR|\\bRs\\.?|\\bShs?\\.|₨|\\bKsh\\.?|\\bKES|\\bLKR|\\bNPR|\\bPKR|৳|\\bBDT|₦|\\bNGN|GH₵|\\bGHS|\\bUGX|\\bTZS|\\bZAR|₫|\\bVND|₩|KRW|\\bRp|IDR|₱|PHP|฿|THB|\\b(?:' +
  COUNTRY_DOLLARS.map(([letters]) => letters).join('|') +
  `)\\$|\\$|\\b(?:${OTHER_CODES})\\b)?`;
// Thousands grouped in threes, or the lakh grouping of South Asia ("Rs 15,00,000" is 1.5 million).
const NUM = '(\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const UNIT =
  '(千万|百万|万元|万|亿元|亿|千元|千|元|(?:million|mn|mil|billion|bn|thousand|lakhs?|lacs?|crores?|[kmb])(?![a-z]))?';
const AMOUNT_RE = new RegExp(
  `${CUR}\\s?${NUM}\\s?${UNIT}\\s?(港元|港币|新台币|澳门元|澳门币|美元|英镑|欧元|新加坡元|新元|人民币|元|RMB|CNY|HKD|SGD|USD|GBP|EUR|yuan)?`,
  'gi',
);

/** A sum written in Chinese numerals before 万 or 亿 ("三十万元", "一百五十万", "两千万", "五亿"). */
// (A digit or 十 first: "千万不要" says never, not ten million.)
const HAN_SUM_RE = /(?:[一二两三四五六七八九][一二两三四五六七八九十百千]{0,5}|十[一二三四五六七八九]?)(?=万|亿)/g;
/** The text with sums in Chinese numerals written in digits, for the amount reading ("澳门币三十万元" → "澳门币30万元"). */
function arabicAmounts(text: string): string {
  return text.replace(HAN_SUM_RE, (han: string) => {
    const n = hanCount(han);
    return n ? String(n) : han;
  });
}

/** Words before an amount that make it the loan's limit. */
const LIMIT_BEFORE =
  /最高|最多|不超过|不高于|不多于|封顶|可到|能到|高达|可至|\b(?:funding|financing|lending|credit) to\b|largest|biggest|highest|(?:loans?|financing|credit|funding) available|上限|额度|贷款总额|可贷|可借|可达|授信|贷款金额|借款金额|融资金额|融资规模|单户|单笔|放款|金额|up to|borrow|loans? (?:amounts?|sizes?|of|from)|amounts?|limits?|maximum|max\.?|ceiling(?: of)?|capped at|cap of|at most|(?:not|no) (?:more|higher|greater|larger|bigger) than|not (?:above|over|exceeding)|as (?:much|large|big|high) as|reach(?:es)?|facilit(?:y|ies)(?: of| up to)?|financing(?: of)?|between|from|lend(?:ing)?/i;
/** A limit's label standing just before its figure ("单户最高额度", "授信额度：", "最高可贷"). */
const LIMIT_LABEL = /额度|可贷|可借|最高|上限/;
/**
 * Words before an amount that make it a condition or a minimum, not the limit on offer; a borrower group's or an
 * exposure cap ("overall borrower-group limit of S$5m") bounds all of a group's loans, not this one (a microlender's
 * "SME Group Lending" is a product lent to groups: its limit is the loan's), and so does what partners borrow
 * together ("each of you can apply for up to £25,000, so together you can borrow up to £100,000"). (A rate's label
 * before a key figure, "3.85% 最低年化利率 500万元 额度上限", names the lowest rate, not a minimum amount.)
 */
const NOT_LIMIT_BEFORE =
  /payable|repayable|repayments?|total (?:cost|to repay|amount)|cost of credit|assum(?:ed|es|ing)|\bborrowed\b|\bif you borrow\b|example|e\.g\.|还款总额|月供|销售|营业收入|营收|收入|纳税|税额|注册资本|资产|产值|开票|流水|存款|保费|费用|手续费|起贷|起借|最低(?!年化|利率|年利率)|不低于|至少|门槛|员工|turnover|\bturn(?:s|ing)? over\b|revenue|sales|income|employees|(?<!working\s)capital(?!\s+(?:financ|loans?\b|facilit))|assets|fee|premium|minimum|min\.|at least|deposit|worth|valued|balance|save|savings|集团|敞口|余额|他行|平均|人均|户均|笔均|\baverage\b|\b(?:borrower|per)[- ]group\b|\bgroup (?:limits?|exposure|caps?)\b|\bacross (?:a|the|its|your|one) group\b|exposure|overall|\btogether\b|\bcombined\b|\bin total\b|\bbusiness can (?:receive|borrow|get|be lent)\b(?!\s+(?:from|between)\b)/i;

/**
 * A percentage, then the band it applies to, right before an amount: "3.00% from $150,001 - ", "2% up to ". Lower case
 * only: "3.65% Up to RMB 30 million" is a key-figure strip's rate, then its limit.
 */
const PERCENT_BAND_BEFORE =
  /\d\s*%\s*(?:from|for|on|up to|over|above|below|under|between)\s+(?:(?:loans?|amounts?|balances?) (?:of |up to |over |above |from )?)?(?:[^\s\d]{1,3}\s?)?(?:\d[\d,.]*\s*(?:-|–|to|and)\s*(?:[^\s\d]{1,3}\s?)?)?$/;

/**
 * Words right after a figure that make it a group's or an exposure cap ("S$5.0mil per group exposure"), or the bound
 * of a band a term applies to ("贷款额度在100万元以内者，信用保证成数更达10成": loans up to that size, not the limit),
 * or a floor ("申请金额在200万元以上的转人工审批").
 */
const NOT_LIMIT_AFTER =
  /^\s*(?:per (?:borrower[- ])?group|(?:of )?group exposure|exposure|集团|(?:以内|以下|之内)(?:者|的)|(?:及)?以上(?!的?额度))/i;

/** A label right after a figure that names it the limit ("S$500,000 / Borrower" is one borrower's limit). */
const LIMIT_AFTER =
  /^\s*(?:(?:以内|以下|之内)\s*)?(?:(?:最高|最多)?\p{Script=Han}{0,4}?(?:额度|限额|贷款金额|融资金额)|\p{Script=Han}{0,3}?(?:最高|最多)可(?:贷|借|申请|获)|每户|封顶|(?:maximum|max\.?|loan amount|credit limit|limit)\b|(?:\/|per)\s?(?:borrower|company|business|enterprise)\b)/iu;

export interface AmountContext {
  /** The page's usual currency when a block writes only "$" or a bare "万". */
  pageCurrency?: string;
}

/** A label's unit in brackets right before a bare figure: "（元） 5,000,000", "(万元)：300". */
const UNIT_LABEL_BEFORE = /[（(]\s*(亿元|万元|元)\s*[)）]\s*[:：]?\s*$/;

/** What joins the two ends of a range of amounts. */
const RANGE_JOIN = /^\s?(?:-|–|—|~|～|至|到|to)\s?$/i;

/** The words right before a figure, back to the previous figure or clause break. */
function wordsBefore(text: string, at: number): string {
  // ("no more than" takes the room a condition's words need: "one business can be lent no more than £100,000";
  // "goes no higher than €300,000".)
  const cap =
    /\b(?:not|no) (?:more|higher|greater|larger|bigger) than\s*$/i.exec(text.slice(Math.max(0, at - 18), at))?.[0]
      .length ?? 0;
  return (
    text
      .slice(Math.max(0, at - 32 - cap), at)
      .split(/[\d,，。;；]/)
      .pop() ?? ''
  );
}

/** The highest stated loan limit in the block, or undefined. */
export function readMaxAmount(written: string, ctx: AmountContext = {}): AmountRead | undefined {
  const text = arabicAmounts(written);
  let best: { units: number; read: AmountRead } | undefined;
  // The figure before, for a range whose upper end writes no sign: "INR 31,000- 60,000" is in rupees.
  // (`notLimit`: it was a condition, a fee or a band, and so is the upper end of its range.)
  let previous: { end: number; curBefore?: string; unitRaw?: string; notLimit?: boolean } | undefined;
  for (const m of matchesOf(AMOUNT_RE, text)) {
    const [whole, writtenCur, num, writtenUnit, curAfter] = m;
    if (!num || !/\d/.test(num)) continue;
    const inRange = previous !== undefined && RANGE_JOIN.test(text.slice(previous.end, m.index));
    const upperEnd = !writtenCur && !writtenUnit && !curAfter && inRange;
    const curBefore = upperEnd ? previous?.curBefore : writtenCur;
    // A bare figure under a label giving its unit ("可贷金额最高（元） 5,000,000", a table's "金额（万元）") is in that unit.
    const unitLabel =
      writtenCur || writtenUnit || curAfter || upperEnd
        ? undefined
        : UNIT_LABEL_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[1];
    const unitRaw = upperEnd ? previous?.unitRaw : (writtenUnit ?? unitLabel);
    const rangeOfNoLimit = inRange && previous?.notLimit;
    previous = { end: m.index + whole.length, curBefore, unitRaw };
    const unit = unitRaw?.toLowerCase();
    // A bare figure is not an amount; "5 years" is not 5 m; percentages are rates. (One opening a range under a
    // condition's word, "Total assets: 150,000 to 5 million", makes the range's upper end a condition too.)
    if (!curBefore && !unit && !curAfter) {
      if (NOT_LIMIT_BEFORE.test(wordsBefore(text, m.index))) previous.notLimit = true;
      continue;
    }
    const next = text.slice(m.index + whole.length, m.index + whole.length + 2);
    if (/^\s?%/.test(next)) continue;
    if (unit && /^[kmb]$/.test(unit) && !curBefore && !curAfter) continue;
    let currency = curBefore
      ? (CURRENCY_BEFORE.find(([re]) => re.test(curBefore))?.[1] ??
        (OTHER_CODE_RE.test(curBefore) ? curBefore : undefined))
      : undefined;
    if (!currency && curAfter) currency = CURRENCY_AFTER.find(([re]) => re.test(curAfter))?.[1];
    // 元 is the yuan on the mainland and the local dollar in Hong Kong, Macau and Taiwan: the page decides.
    if (!currency && unit && /万|亿|千|元/.test(unit))
      currency = ctx.pageCurrency ?? (unit === '元' || unit.endsWith('元') ? 'CNY' : undefined);
    if (currency === '$')
      currency = ctx.pageCurrency && BARE_DOLLAR_CURRENCIES.has(ctx.pageCurrency) ? ctx.pageCurrency : 'USD';
    const among = currency === undefined ? undefined : SHARED_SIGNS.get(currency);
    if (among) currency = ctx.pageCurrency && among.has(ctx.pageCurrency) ? ctx.pageCurrency : UNKNOWN_CURRENCY;
    // "10 million" with no sign is the page's currency; yuan are written 万 or 元, so on a page that names no
    // currency it is an unknown one.
    currency ??= ctx.pageCurrency ?? (unit && !/万|亿|千|元/.test(unit) ? UNKNOWN_CURRENCY : 'CNY');
    const before = text.slice(Math.max(0, m.index - 18), m.index);
    // A condition word between the previous figure (or clause break) and this one makes it a condition: "with
    // turnover up to £25 million", "年销售额500万元"; "minimum £1,000 and maximum £50,000" keeps the maximum.
    const ownWords = wordsBefore(text, m.index);
    // A limit's own label right before the figure ("…（以纳税申报表为准） 单户最高额度 1000万元" in a row of a tier
    // table) outweighs a condition's word further back.
    const label =
      ownWords
        .trimEnd()
        .replace(UNIT_LABEL_BEFORE, '')
        .replace(/\s*(?:不超过|不高于|最多|可达)$/, '')
        .split(/[\s:：,，、（）()]/)
        .pop() ?? '';
    const labelled = LIMIT_LABEL.test(label) && !NOT_LIMIT_BEFORE.test(label);
    // "a processing fee of $100 – $135": the range's upper end is a fee too.
    if (
      rangeOfNoLimit ||
      (NOT_LIMIT_BEFORE.test(ownWords) && !labelled) ||
      // A band a percentage applies to ("3.00% from $150,001 - $700,000", "2% up to $150,000") prices that band
      // (a fee, a guarantee's cover): it is no limit on the loan.
      PERCENT_BAND_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))
    ) {
      previous.notLimit = true;
      continue;
    }
    if (NOT_LIMIT_AFTER.test(text.slice(m.index + whole.length, m.index + whole.length + 24))) continue;
    // "10万-3000万元": the first figure of a range takes its limit word from before the range.
    // ("放宽到3万元" is no range: a range's joiner follows its first figure.)
    const rangeTail =
      /(?:\d(?:\s?(?:[kmb]|mn|bn|million|billion|thousand|lakhs?|lacs?|crores?))?|万|千|亿)(?:\/[-=])?\s?(?:元|港元|美元)?\s?(?:-|~|～|至|到|to|and)\s?$/i.test(
        before,
      );
    // A key-figure layout puts the label under the figure: "3,000万港元 最高循环透支额度", "300万 单户最高可贷".
    const labelAfter = LIMIT_AFTER.test(text.slice(m.index + whole.length, m.index + whole.length + 12));
    if (!LIMIT_BEFORE.test(before) && !rangeTail && !labelAfter) continue;
    const places = unit ? (UNIT_PLACES[unit] ?? 0) : 0;
    const unitsText = shiftDecimal(num, places);
    const units = Number(unitsText);
    if (!(units > 0) || !Number.isFinite(units)) continue;
    const read: AmountRead = { wan: shiftDecimal(unitsText, -4), currency, text: whole.trim() };
    // Compare like with like: the first currency seen decides the block's currency.
    if (best && best.read.currency !== currency) continue;
    if (!best || units > best.units) best = { units, read };
  }
  return best?.read;
}

/**
 * The currency a page writes most often, for blocks that only say "$", "Rs." or "万". `local` is the currency of the
 * page's country when its address or language tells it (a ".lk" host, "en-NP"): it decides which rupee or dollar.
 */
export function dominantCurrency(pageText: string, local?: string): string | undefined {
  const counts = new Map<string, number>();
  const add = (c: string, n: number) => counts.set(c, (counts.get(c) ?? 0) + n);
  const count = (re: RegExp) => (pageText.match(re) ?? []).length;
  add('SGD', count(/\bS\$|SGD/g));
  add('HKD', count(/\bHK\$|HKD|港元|港币|港幣/g));
  add('TWD', count(/\bNT\$|TWD|新台币|新臺幣|新台幣/g));
  add('MOP', count(/MOP|澳门元|澳門元/g));
  add('GBP', count(/£|GBP/g));
  add('EUR', count(/€|EUR\b/g));
  add('AUD', count(/\bA\$|AUD/g));
  add('USD', count(/\bUS\$|USD/g));
  add('MYR', count(/\bRM\s?\d|MYR|ringgit/gi));
  add('CAD', count(/\bC\$|CAD\b/g));
  add('NZD', count(/\bNZ\$|NZD/g));
  add('JMD', count(/\bJM?\$|\bJMD\b/g));
  add('XCD', count(/\bEC\$|\bXCD\b/g));
  add('TTD', count(/\bTT\$|\bTTD\b/g));
  add('INR', count(/₹|INR\b/g));
  add(RUPEE, count(/\bRs\.?\s?\d|₨/g));
  add(SHILLING, count(/\bShs?\.\s?\d/g));
  add('KES', count(/\bK[Ss]h\.?\s?\d|\bKES\b|Kenya(?:n)? shillings?/g));
  add('LKR', count(/\bLKR\b/g));
  add('NPR', count(/\bNPR\b/g));
  add('PKR', count(/\bPKR\b/g));
  add('BDT', count(/৳|\bBDT\b/g));
  add('NGN', count(/₦|\bNGN\b|\bnaira\b/gi));
  add('GHS', count(/GH₵|\bGHS\b|\bcedis?\b/g));
  add('UGX', count(/\bUGX\b|\bUSh\s?\d/g));
  add('TZS', count(/\bTZS\b|\bTSh\s?\d/g));
  add('ZAR', count(/\bZAR\b/g));
  add('VND', count(/₫|\bVND\b/g));
  add('CNY', count(/¥|￥|RMB|CNY|人民币|人民幣|万元|萬元/g));
  const best = mostWritten(counts, counts.keys());
  // "Rs." is the page's country's rupee: by its address or language, else by the rupee's code it writes elsewhere
  // ("Rs. 75 lakh" beside "INR 50 lakh"), else by the country it names most.
  // "Shs." likewise: the country's shilling. One naming of the country is enough where the page writes its sign.
  const among = best === undefined ? undefined : SHARED_SIGNS.get(best);
  if (among)
    return local && among.has(local)
      ? local
      : (mostWritten(counts, among) ??
          ofCountry(
            pageText,
            SIGN_COUNTRIES.filter(([, c]) => among.has(c)),
            1,
          ) ??
          UNKNOWN_CURRENCY);
  // A page that writes only "$" writes its own country's dollar: "$30,000 - Up to $500,000" on a Singapore page.
  if (!best && /\$\s?\d/.test(pageText))
    return local && DOLLARS.has(local) ? local : ofCountry(pageText, DOLLAR_COUNTRIES);
  return best;
}

/**
 * Words of the mainland's loan market (on folded text): a traditional-character page using them writes of yuan loans.
 * (Taiwan writes of 中小微企業 too: only 小微企业 on its own is the mainland's word. 普惠金融, inclusive finance, is
 * Taiwan's and Hong Kong's word as much as the mainland's: a Taiwan blog on "普惠金融-30人以下中小微企業優惠貸款" lends
 * 3,500萬 New Taiwan dollars.)
 */
const MAINLAND_LOAN = /人民币|人民幣|RMB|CNY|LPR|贷款市场报价利率|增值税|(?<!中)小微企业|人民银行|纳税信用/;

/**
 * The currencies besides yuan that Chinese text writes in 元 and 万, each with its names (on folded text): a page that
 * writes "新臺幣3,500萬元" lends in its own currency, whatever mainland words (普惠, 中小微企業) it shares.
 */
export const LOCAL_CURRENCY_NAMED: Readonly<Record<string, RegExp>> = {
  TWD: /新台币|\bNT\$|\bTWD\b/,
  HKD: /港币|港元|\bHK\$|\bHKD\b/,
  MOP: /澳门元|澳门币|\bMOP\b/,
};

/**
 * The currency that 元 and 万 stand for on a Hong Kong, Macau or Taiwan page (by its language), or undefined: on the
 * mainland's pages, and on a page about a mainland loan (many mainland products are described in traditional
 * characters; their 500萬元 is yuan).
 */
export function localCurrency(lang: string, foldedText: string): string | undefined {
  const l = lang.toLowerCase();
  const local = /^zh-(?:hant-)?tw/.test(l)
    ? 'TWD'
    : /^zh-(?:hant-)?hk/.test(l)
      ? 'HKD'
      : /^zh-(?:hant-)?mo/.test(l)
        ? 'MOP'
        : undefined;
  return local && (!MAINLAND_LOAN.test(foldedText) || LOCAL_CURRENCY_NAMED[local]!.test(foldedText))
    ? local
    : undefined;
}

/** Of `among`, the currency the page writes most (first counted wins a tie), if it writes any. */
function mostWritten(counts: Map<string, number>, among: Iterable<string>): string | undefined {
  let best: string | undefined;
  let max = 0;
  for (const c of among) if ((counts.get(c) ?? 0) > max) [best, max] = [c, counts.get(c)!];
  return best;
}

const DOLLAR_COUNTRIES: [RegExp, string][] = [
  [/\bSingapore(?:an)?\b/g, 'SGD'],
  [/\bAustralian?\b/g, 'AUD'],
  [/\bHong Kong\b/g, 'HKD'],
  [/\bCanad(?:a|ian)\b/g, 'CAD'],
  [/\bNew Zealand\b/g, 'NZD'],
  [/\bTaiwan(?:ese)?\b/g, 'TWD'],
  [/\bUnited States\b|\bU\.S\.|\bAmerican?\b|\bUSA\b/g, 'USD'],
  // The Eastern Caribbean dollar's islands, and the Caribbean's and the Pacific's own dollars.
  [
    /\bGrenad(?:a|ian)\b|\bSt\.? Lucia\b|\bSaint Lucia\b|\bSt\.? Vincent\b|\bDominica\b|\bAntigua\b|\bSt\.? Kitts\b|\bAnguilla\b|\bMontserrat\b|\bEastern Caribbean\b/g,
    'XCD',
  ],
  [/\bJamaica(?:n)?\b/g, 'JMD'],
  [/\bTrinidad\b/g, 'TTD'],
  [/\bBarbad(?:os|ian)\b/g, 'BBD'],
  [/\bBahamas\b|\bBahamian\b/g, 'BSD'],
  [/\bBelize(?:an)?\b/g, 'BZD'],
  [/\bGuyan(?:a|ese)\b/g, 'GYD'],
  [/\bFiji(?:an)?\b/g, 'FJD'],
  [/\bNamibi(?:a|an)\b/g, 'NAD'],
  [/\bBrunei\b/g, 'BND'],
];

const DOLLARS = new Set(DOLLAR_COUNTRIES.map(([, c]) => c));

const RUPEE_COUNTRIES: [RegExp, string][] = [
  // A country's own big banks name it too ("HDFC Bank Business Loan … Rs. 75 lakh").
  [/\bIndian?\b|\bMumbai\b|\bNew Delhi\b|\bRBI\b|\bHDFC\b|\bICICI\b|\bSBI\b|\bKotak\b|\bAxis Bank\b/g, 'INR'],
  [/\bSri Lankan?\b|\bColombo\b/g, 'LKR'],
  [/\bNepal(?:i|ese)?\b|\bKathmandu\b|\bNepal Rastra Bank\b|\bNRB\b/g, 'NPR'],
  [/\bPakistan(?:i)?\b|\bKarachi\b|\bLahore\b|\bIslamabad\b/g, 'PKR'],
  [/\bMauriti(?:us|an)\b/g, 'MUR'],
];

const SHILLING_COUNTRIES: [RegExp, string][] = [
  [/\bUgand(?:a|an)\b|\bKampala\b/g, 'UGX'],
  [/\bKenya(?:n)?\b|\bNairobi\b/g, 'KES'],
  [/\bTanzania(?:n)?\b|\bDar es Salaam\b/g, 'TZS'],
  [/\bSomali(?:a|land)?\b|\bMogadishu\b/g, 'SOS'],
];

/** The countries of the signs several of them write ("Rs.", "Shs."). */
const SIGN_COUNTRIES = [...RUPEE_COUNTRIES, ...SHILLING_COUNTRIES];

/** The currency of the country a page names most (at least `least` times, twice unless told), or undefined. */
function ofCountry(pageText: string, countries: [RegExp, string][], least = 2): string | undefined {
  let best: string | undefined;
  let max = least - 1;
  for (const [re, c] of countries) {
    const n = (pageText.match(re) ?? []).length;
    if (n > max) [best, max] = [c, n];
  }
  return best;
}

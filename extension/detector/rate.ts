/**
 * Reads the yearly interest rate an offer quotes, from the folded text of one block: a percentage in a rate's
 * context ("年化利率低至3.45%", "11.3% Representative APR", "rates from 7%", "3.2%-4.5%"), or a spread over the LPR
 * ("LPR+50BP", "LPR(一年期)-150BP", "贷款市场报价利率(LPR)-5BP", "1-year LPR + 40 bps"). Percentages that are
 * fees, subsidies, loan-to-value ratios or growth figures are not rates. DOM-free and decimal-free: the figures stay
 * strings, as written, for the subsidy step to compute with.
 */
import { matchesOf } from './matches.ts';
import { HAN_DIGITS, hanCount } from './han-numerals.ts';

export type RateRead =
  /** A quoted rate in percent per year; `high` when the block gives a range or several rates. */
  | { basis: 'fixed'; low: string; high?: string; text: string }
  /** A spread over the LPR, in basis points (negative below it). */
  | { basis: 'lpr'; tenor: '1y' | '5y'; spreadBp: number; text: string };

/** Words that make a nearby percentage an interest rate. */
const RATE_WORDS =
  /利率|年化|年息|年利|日息|息率|低至|最低|执行|定价|\bp\.?\s?a\b|per annum|a year|\bmonthly (?:interest )?charge\b|\bAPR\b|\bAER\b|\bEAR\b|\bEIR\b|interest|\brates?\b|as low as|starting|\bfrom\b|representative|\bpricing\b|\bmark-?up\b|单利|实际年/gi;
/**
 * Words that make a nearby percentage something else than the interest rate (总费用年百分率, Taiwan's total-cost
 * disclosure worked from an example loan, is a cost with the fees in, not the rate).
 */
const NOT_RATE_WORDS =
  /总费用年百分率|票面利率|收益率|\bcoupon\b|\byield\b|\b(?:service|processing|handling) charges?\b|费率|手续费|担保费|服务费|保费|补贴|贴息|奖励|成数|首付|比例|占比|比重|增长|增幅|下降|降幅|上升|同比|环比|覆盖|不良|分担|风险|返还|报销|折扣|基准利率|司法保护|(?:逾期|罚息|违约)(?:罚息|违约金)?(?:利率)?|LTV|loan[- ]to[- ]value|down payment|\bcontribution\b|自筹|(?:penalty|penal|overdue|late[- ]payment|default)(?:\s+(?:interest|charges?))?(?:\s+rates?)?|unarranged(?:\s+(?:lending|overdraft|borrowing))?(?:\s+rates?)?|deposit|fees?\b|commission|cashback|rebate|subsid|growth|grew|increase|decrease|\b(?:fall(?:en)?|fell|falls|drop(?:ped|s)?|declined?|rise[ns]?|rose|grow(?:n|s)?|up|down) by\b|share|stake|\bowned\b|ownership|shareholding|持股|discount|guarantee(?:d| cover)?|turnover|revenue|of (?:a |the |your )?(?:new |existing |original |outstanding |projected |estimated |total )?(?:loan|cost|purchase|facility|borrowing|principal|balance|limits?|overdraft|amount)|贷款金额的|合同金额的|本金的|额度的|总额的|margin|\bspread\b|利差|(?:refinanc\w*|funding|lends?|lending)(?: is provided)? to (?:the )?(?:participating )?(?:banks|lenders|PFIs|financial institutions)|再贷款(?:利率)?|再贴现(?:利率)?|over (?:the )?(?:WSJ |bank'?s? )?prime|above (?:the )?(?:bank'?s? )?base|base (?:lending )?rate|prime(?: rate)?\b|reference rate|HIBOR|SOFR|EURIBOR|SONIA|average|median|平均|\binsurance\b|\bcash cover\b/gi;
/**
 * A monthly rate ("1.6% a month", "月利率0.6%") is a twelfth of the yearly rate it is charged at; a flat rate (on the
 * first principal, "月平息", "flat") is not comparable with a yearly rate at all.
 */
const MONTHLY_BEFORE = /月息|月利|每月利率|monthly (?:interest )?rate|per month|\(monthly\)/i;
/** A monthly charge named further back: "Monthly charge of 3%, i.e. 36% per year". */
const MONTHLY_CHARGE_BEFORE = /\bmonthly (?:interest )?(?:rate|charge)s?(?: of| is| at)?\s*$/i;
/** A daily rate's words, before the figure or right after it. */
const DAILY_BEFORE = /日利率|日息|日利息|每日利率|按[天日]计的?利率|\bdaily (?:interest )?rate/i;
const DAILY_AFTER = /^\s*(?:[/／]\s?(?:天|日|day\b)|per day\b|a day\b)/i;
/** "monthly" just before a figure may be a repayment's ("Monthly repayment … 14%"): the figure is set aside, not read. */
const MONTHLY_NEAR = /monthly/i;
/** Right after the figure ("1.6% a month", "0.5%/月"); not "，每月还款", which is how it is repaid. */
const MONTHLY_AFTER = /^\s*(?:\(?(?:per month|a month|monthly|each month)\b|[/／]\s?(?:month|mo\b|月)|p\.\s?m\b)/i;
const FLAT = /平息|flat/i;
/**
 * After a figure, a fee the rate takes in, or leaves out: "5.0% p.a., guarantee fee included", "（含担保费在内）",
 * "3.5% p.a. without guarantee".
 */
const INCLUDED_AFTER =
  /^[^;。；]{0,36}\b(?:included|inclusive)\b|^[^;。；]{0,16}在内|^[^;。；,]{0,12}\b(?:without|excluding|exclusive of)\b/i;
/** Right after a figure, words that make it a yearly rate whatever the column says. */
const YEARLY_AFTER =
  /^\s*(?:\(?(?:p\.?\s?a\.?|per annum|a year|per year|annual(?:ly)?)\b|\)?\s*[/／]\s*(?:年|year|yr)|[(（]?年化)/i;
/** Right before an interest-free loan's 0%, its rate's label. */
const ZERO_RATE_LABEL_BEFORE =
  /(?:\bmark-?up|\binterest rate|\brate of interest|\bprofit rate|\binterest[- ]free(?: at)?|利率|年利率|年息)\s*[:：]?\s*$/i;
/** Right before a figure, a label saying it is yearly: "Nominal rate per year 48% – 54%", "Rate p.a.: 29%". */
const YEARLY_BEFORE = /(?:\bper (?:annum|year)|\ba year|\bp\.?\s?a\.?|\byearly|\bannual)\s*[:：]?\s*$/i;

/** Index just past the last match of `re` in `text`, or -1. */
function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  for (const m of matchesOf(re, text)) end = m.index + m[0].length;
  return end;
}

function firstStart(re: RegExp, text: string): number {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m ? m.index : -1;
}

/** Right after a figure, words that make it the subsidy's rate ("按年利率1%计算补贴息", "…以上部分给予贴息"). */
const SUBSIDY_AFTER = /^[^。;；,，]{0,6}?(?:补贴|贴息|subsid)/i;
/**
 * Right after a figure, the rate it is added to ("penal interest of around 2% over the loan rate", "2% above the
 * contracted rate"): a margin on the loan's own rate, never the rate.
 */
const OVER_OWN_RATE_AFTER =
  /^\s*(?:p\.a\.\s*)?(?:over|above|on top of|in addition to)\s+(?:the\s+)?(?:loan|applicable|contract(?:ed|ual)?|agreed|normal|existing|regular|prevailing)\s+(?:interest\s+)?rate/i;
/**
 * Right before a figure, a "+" or "plus" after a named base ("P+1%", "Prime + 2%", "HIBOR+1.5%", "base rate plus
 * 2.5%", "MCLR + 1%"), 加计/加码/加成 after a deposit or base rate ("定期储金年息机动利率加计年息2.175%",
 * "加成:0.575%"), or a cut ("利率再降0.5%", "下浮0.5%"): a margin, not the rate (LPR spreads are read before this, so
 * any base left here is another one).
 */
const MARGIN_BEFORE =
  /(?:[A-Za-z)）]|利率|基准)\s*[+＋]\s*$|\b(?:plus|minus|add|adds|subtract|deduct)(?: an?(?: extra| further| additional)?)?\s*$|(?:加计|加码|加成|加上|加)\s*(?:年息|年利率|年利|利率)?\s*[:：]?\s*$|(?:再降|降低|下调|调低|下浮|再减|再优惠|优惠)\s*$/i;

/** Around a figure, the sum it is a term of ("1.595% + 0.575% = 2.17%"), or its total after "=". */
const SUM_TERM_BEFORE = /\d\s*[%％]\s*[+＋]\s*$/;
const SUM_TERM_AFTER = /^\s*[+＋]\s*\d+(?:\.\d+)?\s*[%％]\s*[=＝]/;
const SUM_TOTAL_BEFORE = /\d\s*[%％]\s*[=＝]\s*$/;

/** Labels of a fee or charge: a list of percentages under one ("SBA Fees 2.00% up to $150,000 3.00% from …") is fees. */
const FEE_LABEL =
  /\b(?:(?:SBA|guarantee|guaranty|upfront|up-front|arrangement|processing|origination|application|commitment|packaging|service|handling|management|admin(?:istration)?) )?fees?\b|\bcommissions?\b|\b(?:service|processing|handling|bank) charges?\b|担保费|手续费|服务费|管理费|承诺费|费率/gi;
/** Labels of an interest rate: the latest label before a figure governs it. */
const RATE_LABEL = /利率|年化|年息|年利|息率|\binterest\b|\bAPR\b|\bEAR\b|\bp\.?\s?a\b|per annum|\brates?\b/gi;

/**
 * Whether a percentage belongs to a list of fee bands: the last label before it (within its sentence) names a fee,
 * not a rate, and no rate word follows the figure. One band's words ("3.00% from $150,001 - $700,000") would
 * otherwise read "from" as a rate's.
 */
function feeBand(text: string, start: number, end: number): boolean {
  const wide = text.slice(Math.max(0, start - 100), start);
  const fee = lastEnd(FEE_LABEL, wide);
  if (fee < 0 || fee <= lastEnd(RATE_LABEL, wide)) return false;
  const tail = wide.slice(fee);
  // A new sentence is out of the fee's reach. A semicolon ends it too, unless it follows a fee figure and no rate word
  // comes in: a list of fee figures under one label runs on ("担保费率 高新技术企业不高于0.6%/年；其他科技型企业0.8%").
  if (/[。!！]|\.\s/.test(tail)) return false;
  const semicolon = tail.search(/[;；]/);
  if (semicolon >= 0 && (!/\d\s*%/.test(tail.slice(0, semicolon)) || lastEnd(RATE_WORDS, tail) >= 0)) return false;
  // Only the figure's own words count: a rate label after a gap and a Chinese word starts the next row ("0.8%/年 贷款利率").
  return firstStart(RATE_LABEL, text.slice(end, end + 12).split(/\s+(?=[\u4e00-\u9fff])/)[0]!) < 0;
}

/**
 * The end of a rate's own words after it: "p.a." or "per year" then a capital ("6% p.a. Processing fee", "Fixed at 6%
 * per year Fees Nothing to apply"), where a terms list or a table's row puts its next label. (After "a year." a new
 * sentence may still be about the figure: "capped at 15% a year. Grain trade loans only" keeps its reach.)
 */
const LABEL_END_RE = /(?:\bp\.\s?a\.|\bper (?:year|annum)\b)\s+(?=[A-Z])/;

/** Right after a figure, the amount band it applies to: "from $150,001", "up to £25,000", "for loans over RM1m". */
const BAND_AFTER =
  /^\s*(?:[Ff]rom|[Uu]p to|[Ff]or|[Oo]ver|[Aa]bove|[Bb]elow|[Uu]nder|[Oo]n)\s+(?:(?:loans?|amounts?|balances?|borrowings?)\s+(?:of\s+|up to\s+|over\s+|above\s+|from\s+|between\s+)?)?(?:[A-Z]{0,3}[$£€¥₹₦]\s?|[A-Z]{3}\s?|Rs\.?\s?|RM\s?|K[Ss]h\s?)?\d/;

/**
 * What the words around a percentage make of it: the nearest word before decides, then the words just after
 * (`longAfter`, a longer look, only for a fee the rate takes in).
 */
function classify(lookBack: string, after: string, longAfter: string): 'rate' | 'not' | 'unsure' {
  // An alternative's own words start after its ", or": "5.0% p.a. including guarantee fee, or 3.5% p.a. without
  // guarantee" (the fee named before belongs to the other figure).
  const before = lookBack.replace(/^.*(?:,\s*or\s|，或)/s, '');
  // A rate worked out ("基準利率1.595% + 0.575% = 2.17%") is its total; its terms, and a figure taken as an
  // illustration ("以郵局利率1.595%為例"), are not the rate.
  if (SUM_TOTAL_BEFORE.test(before)) return 'rate';
  // So is a base named bare ("以基準1.595%計算，加碼後年利率為2.17%": the post office's rate the loan is priced over).
  if (SUM_TERM_BEFORE.test(before) || SUM_TERM_AFTER.test(after) || /^\s*为例/.test(after) || /基准\s*$/.test(before))
    return 'not';
  if (SUBSIDY_AFTER.test(after) || MARGIN_BEFORE.test(before) || OVER_OWN_RATE_AFTER.test(after)) return 'not';
  // Where borrowers' rates fall ("多数客户实际执行利率落在5%-8%之间") describes cases seen, not the rate offered.
  // (A product's own range "落在8.5%～18%这个区间" is its rate.)
  if (/(?:多数|大多数|大部分|多半)[^。；;，,]{0,12}(?:落在|集中在)\s*$/.test(before)) return 'not';
  const rate = lastEnd(RATE_WORDS, before);
  const not = lastEnd(NOT_RATE_WORDS, before);
  // (A label ends where "p.a." meets a capital: "6% p.a. Processing fee According to…" is the rate, then the next
  // term's label; "6.75% p.a. fixed margin" runs on.)
  const ownAfter = after.slice(0, LABEL_END_RE.exec(after)?.index ?? after.length);
  const notAfter = firstStart(NOT_RATE_WORDS, ownAfter);
  const rateAfter = firstStart(RATE_WORDS, after);
  // A tie is "base rate" (both lists match it): the figure is the base, not the offer's rate. (A fee named before a
  // joining word, then a figure its rate's words follow, is the fee's clause ended: "a £50 arrangement fee and a 6.5%
  // fixed rate of interest".)
  const joined = /\b(?:and|plus)\b|和|及/.test(before.slice(not)) && rateAfter >= 0 && rateAfter < 14 && notAfter < 0;
  if (not >= 0 && not >= rate && !joined) return 'not';
  // A bare "from" right after such a word keeps the figure that word's ("Cash deposit from only 25%").
  if (not >= 0 && /^\s+from\s+(?:only\s+|just\s+)?$/i.test(before.slice(not))) return 'not';
  // "6.75% p.a. fixed margin": a word after that names the figure something else wins over a nearby "p.a."
  // ("5.0% p.a., guarantee fee included" names what the rate includes), and over a rate word that ended its sentence
  // ("Lower interest rate. 1% administration fee").
  // (A figure paid on top of the rate, "在银行利率之外多付1%的担保费用", is no nearer to it for that.)
  const rateNear =
    rate >= 0 &&
    before.length - rate <= 8 &&
    !/[.。;；!?](?:\s|$)|之外|以外|on top of|in addition to/.test(before.slice(rate));
  if (notAfter >= 0 && notAfter < 20 && !INCLUDED_AFTER.test(longAfter) && !rateNear) return 'not';
  if (rate >= 0) return 'rate';
  // "3.00% from $150,001 - $700,000": an amount band after the figure prices the band (a fee, a guarantee's cover);
  // its "from" is not a rate's.
  if (BAND_AFTER.test(after)) return 'not';
  if (rateAfter >= 0 && rateAfter < 14) return 'rate';
  return 'unsure';
}

// A percentage of one or two digits, never the part after a comma between digits: "4,15% p.a." (a decimal comma)
// is not 15%, nor is "2,315.01%" 15.01%.
const PCT = '(?<![\\d./]|\\d,)(\\d{1,2}(?:\\.\\d{1,4})?)';
/** "3.2%-4.5%", "3.2-4.5%", "3.2% to 4.5%", "between 6% and 12%", or a single "3.45%". */
// ("10.75% (minimum) to 22.50% (maximum)": the low end may say it is the minimum.)
const PERCENT_RE = new RegExp(
  `(?:between\\s+)?${PCT}\\s*(%?)\\s*(?:[(（](?:min(?:imum)?|lowest|最低)[)）]\\s*)?(?:(?:-|~|至|到|to|and)\\s*${PCT}\\s*)?%`,
  'gi',
);

const LPR_RE = new RegExp(
  [
    // tenor before: 1年期 / 五年期以上 / one-year / 5-year
    '((?:1|一)\\s*年期|(?:5|五)\\s*年期(?:以上)?|(?:1|one)[- ]year|(?:5|five)[- ]year|over[- ]5[- ]year)?\\s*(?:的)?\\s*',
    // the LPR itself, however it is named
    '(?:LPR|贷款市场报价利率(?:\\s*\\(\\s*LPR\\s*\\))?|loan prime rate(?:\\s*\\(\\s*LPR\\s*\\))?)',
    // tenor or anything short in brackets after it: "LPR(一年期)", "(LPR)"
    '\\s*\\)?\\s*(?:\\(([^()]{0,14})\\))?',
    // "的基础上", "为基准", "基础上"
    '\\s*(?:(?:的)?基础上|为基准|为基础|基准)?\\s*[,，]?\\s*',
    // the spread: sign, size, unit
    // (a range of spreads, "下调10-30个基点", offers down to its lowest rate)
    '(?:(\\+|加点?|上浮|上调|plus|-|减点?|下浮|下调|minus)\\s*(\\d+(?:\\.\\d+)?)(?:\\s*(?:-|~|至|到)\\s*(\\d+(?:\\.\\d+)?))?\\s*(个基点|基点|个百分点|百分点|bps?\\b|basis points?|%))?',
  ].join(''),
  'gi',
);

/** A bank's own base rate or a market benchmark other than the LPR: "Prime", "BLR", "BFR", "base lending rate", "SOFR"… */
const BANK_BASE_RATE =
  /\bP|\bprime(?: lending)?(?: rate)?|\bBLR|\bBFR|\bBR|\bSBR|\bbase (?:lending |financing )?rate|\bSOFR|\bSORA|\bHIBOR|\bMCLR|\bEBLR|\bRLLR|\bKIBOR|\bKBRR|\bAWPR|\bT-?bill(?: rate)?/
    .source;

/**
 * A base rate other than the LPR right before a percentage, with its sign (a footnote's number may sit between:
 * "HKMCI Prime Lending Rate⁴ – 2.5%").
 */
const OTHER_BASE_BEFORE = new RegExp(
  `(?:${BANK_BASE_RATE}|coupon rate|deposit rate|最优惠利率|优惠利率|基本利率|储金利率|存款利率|机动利率)` +
    String.raw`\s*(?:\d\s*)?(?:\+|-|–|plus|minus|加计?|减)(?:\s*(?:a )?(?:premium|margin|spread) of(?: up to)?)?\s*$`,
  'i',
);
/**
 * A margin in words after the base's level, its sentence naming the base further back ("BDC's Floating Base Rate of
 * 4.55% (in effect since March 31, 2020), less 1.75%"): no rate of its own.
 */
const MARGIN_WORD_BEFORE = /\b(?:less|minus|plus)\s*$/i;
// (Not "P" alone, which "p.a." would be in a case-blind search.)
const BASE_NAMED_RE = new RegExp(`(?:${BANK_BASE_RATE.replace(/^\\bP\|/, '')})\\b`, 'i');
/** The same base named right before a "range" that is its footnote's number and the margin ("Prime Rate4 – 2.5%"). */
const OTHER_BASE_END = /(?:\bprime(?: lending)? rate|\bbase (?:lending )?rate|\bBLR|\bHIBOR|\bSOFR|\bSORA)\s*$/i;

/**
 * A central bank or its policy rate, named before a figure in its sentence or the one before, and a word of the rate
 * being, moving or standing between them ("The base rate … is set by the Bank of England. Over five years it climbed from
 * 0.1% … to 5.25%"): a report of the benchmark's level. No "+" or "plus" (a margin over it, "base rate + 2.5%") and no
 * loan of its own in between ("unlike loans that move with the base rate, our fixed rate loan is 7.9% APR"); a column
 * heading ("margin (excludes Bank of England Base Rate)") moves nothing. English only: a Chinese product states its
 * rate against the 人民银行's benchmark ("按人民银行同期基准利率4.35%执行"), which is its price.
 */
/** A central bank or its policy rate named anywhere in a text (CENTRAL_RATE_RE's first part). */
const CENTRAL_NAME_RE =
  /\bBank of England\b|\bFederal Reserve\b|\bthe Fed\b|\bcentral bank\b|\bReserve Bank\b|\b[Bb]ase rate\b|\bBank Rate\b|\bpolicy rate\b|\brepo rate\b|\bcash rate\b|\bfederal funds\b|\bOPR\b|\b[Rr]eference [Rr]ate\b/i;
const CENTRAL_RATE_RE = new RegExp(
  `(?:${CENTRAL_NAME_RE.source})(?![^;]*?(?:\\+|\\bplus\\b|\\bloans?\\b|\\bAPR\\b|\\bfinanc\\w*|\\bfacility\\b))(?=[^;]*\\b(?:is|are|was|were|currently|at present|now|climb\\w*|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|cut|rais\\w+|hike\\w*|lower\\w*|increas\\w+|decreas\\w+|reduc\\w+|held|hold\\w*|unchanged|stood|stands?|sits?|sat|peak\\w*|reach\\w*|travel\\w*|mov\\w+|went|gone)\\b)[^;]*$`,
  'i',
);

/**
 * A figure's sentence up to it, with the sentence before (a story names its subject once: "… It climbed to 5.25%"),
 * or only its own sentence (`sentences` 1).
 */
function sentenceBefore(text: string, at: number, sentences = 2): string {
  const head = text.slice(Math.max(0, at - 240), at);
  const ends = matchesOf(/\.\s|。|;|；/g, head).map((m) => m.index + m[0].length);
  return head.slice(ends.length >= sentences ? ends[ends.length - sentences]! : 0);
}

function tenorOf(...words: (string | undefined)[]): '1y' | '5y' {
  return words.some((w) => w && /5|五|five/i.test(w)) ? '5y' : '1y';
}

interface Quoted {
  low: number;
  high?: number;
  text: string;
  /** Set aside as not yearly; `perMonth` when it is plainly a monthly rate, twelve of which make a year's. */
  monthly: boolean;
  perMonth: boolean;
  flat: boolean;
  /** The advertised APR of a representative example ("9.94% APR representative", "Representative APR 11.3%"). */
  representative?: boolean;
  /** An APR in brackets after the rate ("6.55% Variable Interest Rate (6.75% APR)", "(Typical APR 5.38%)"). */
  aprAside?: boolean;
}

/**
 * The opening of an APR in brackets or after a separator, before its figure ("(Typical APR ", "(average APR of ",
 * "6.55% · APR "), right after the rate it measures (a key-figures strip's "Interest rate 5.25% APR 5.38%"), or after
 * it ("APR)").
 */
const APR_ASIDE_BEFORE =
  /(?:[(（]|[·•|]\s*|\d\s*%\s*(?:p\.?\s?a\.?\s*)?[,;，；]?)\s*(?:(?:typical|average|representative)\s+)?APR(?:\s+of)?\s*[:：]?\s*$/i;
const APR_ASIDE_AFTER = /^\s*APR\s*[)）]/i;
/** A rate labelled after its figure, just before another figure ("6.55% variable interest rate 6.75% APR"). */
const RATE_LABELLED_BEFORE = /%\s*(?:[a-z]+\s+){0,2}(?:interest\s+)?rate\s*[,;·|]?\s*$/i;

/**
 * Words that make a figure the representative APR: before it ("Representative APR 9.94%", "Rep EAR 9.74%", "representative rate of
 * 11.25%", "(APR Representative) 9.94%") or after it ("9.94% APR (fixed) representative", "11.3% Representative APR").
 */
const REPRESENTATIVE_BEFORE =
  /(?:representative(?: (?:APR|EAR|rate|annual percentage rate))?|\brep\.? (?:APR|EAR)|\b(?:APR|EAR) representative)\s*\)?\s*(?:of|is|at|[:：])?\s*$/i;
const REPRESENTATIVE_AFTER =
  /^\s*(?:\((?:fixed|variable)\)\s*)?(?:APR\s*(?:\((?:fixed|variable)\)\s*)?)?representative\b/i;

function context(text: string, start: number, end: number): { before: string; after: string } {
  return { before: text.slice(Math.max(0, start - 24), start), after: text.slice(end, end + 24) };
}

/** Words of a guarantee's or a scheme's sharing of losses: its percentages are cover, not rates. */
const RISK_SHARE_RE =
  /first[- ]loss|risk[- ]shar|loss(?:es)? (?:are |is )?shared|loss coverage|guarantee cover|风险分担|风险补偿|代偿比例/i;

/**
 * A comparison word before a figure, or after it: the figure is how far one rate lies from another ("0.5% lower
 * than", "at most 1% more when the loan is below $50,000"), how far a figure moved ("turnover fell 30% or more",
 * "营业收入同比下降30%以上"), or how close a quote came ("within 10% of their indicative quote").
 */
const DIFFERENCE_BEFORE =
  /(?:较|比)[^，。,;；]{0,14}(?:低|高|少|多)出?\s*$|(?:同比|环比)?(?:下降|下滑|下跌|减少|增长|上升)了?\s*$|\b(?:(?:down|up) by|(?:fell|fallen|rose|risen|dropped|declined|increased|decreased|grew|grown|jumped|slumped)(?: by)?) (?:at least |more than |over |about |around |nearly |almost )?$|\bby (?:at least|more than) $|\bwithin $/i;
const DIFFERENCE_AFTER =
  /^\s*(?:(?:lower|higher|less|more|extra)\b|(?:below|above)\s+(?:than|the|their|its|our|your|a|an)\b|or (?:more|greater)\b|(?:及|或)以上)/i;

const SUBSIDY_WORD_RE = /\bsubsid(?:y|ies)\b|贴息|补贴|补助/i;
/** A rate named right before a figure; a subsidy's own rate ("补贴利率1.5%", "贴息利率") is the subsidy's. */
const RATE_NAMED_BEFORE = /(?<!补贴|贴息|补助)利率|年化|\brate (?:of|is|at)\b|\bAPR\b|\bp\.a\./i;

/** The LPR named right before a figure, as its level: "LPR为", "LPR（一年期）：", "LPR of". */
const LPR_LEVEL_BEFORE =
  /(?:LPR|贷款市场报价利率)(?:\s*[(（][^)）]{0,8}[)）])?\s*(?:为|是|[:：=]|of|is|at|was|stood at)?\s*$/i;

/** The highest yearly rate read, where the figure says it is an interest rate a year. */
const MICROFINANCE_CEILING = 60;

/** Every percentage that reads as a yearly rate; `unsure` ones have no rate word near them. */
function quotedRates(text: string): { sure: Quoted[]; unsure: Quoted[] } {
  // The sentence test runs only where a central bank or its rate is named at all (most blocks name none).
  const central = CENTRAL_NAME_RE.test(text);
  const riskShared = RISK_SHARE_RE.test(text);
  const sure: Quoted[] = [];
  const unsure: Quoted[] = [];
  for (const m of matchesOf(PERCENT_RE, text)) {
    const [whole, first, , second] = m;
    // "3.2-4.5%" is a range only when written as one: the regex needs the dash right between the figures.
    const low = Number(first);
    const high = second === undefined ? undefined : Number(second);
    const { before, after } = context(text, m.index, m.index + whole.length);
    // A longer look after the figure, for a fee the rate takes in and a flat basis written a row later.
    const rest = text.slice(m.index + whole.length, m.index + whole.length + 40);
    const kind = classify(before, after, rest);
    if (kind === 'not' || feeBand(text, m.index, m.index + whole.length)) continue;
    if (/LPR|基点|bps?\b/i.test(after.slice(0, 6))) continue;
    // A sentence about a subsidy ("Interest subsidy … minus 2.75%, capped at 3%", "贴息比例50%") measures the subsidy,
    // unless the figure is named a rate right before it ("贴息后执行利率1.75%").
    if (SUBSIDY_WORD_RE.test(sentenceBefore(text, m.index, 1)) && !RATE_NAMED_BEFORE.test(before.slice(-25))) continue;
    // The LPR's own level ("当前1年期LPR为3%", "the 1-year LPR of 3.1%") is the benchmark, not the loan's price.
    if (LPR_LEVEL_BEFORE.test(before)) continue;
    // A markup ("LPR上浮30%", "基准上浮20%", "上调10%") is a proportion of a rate, not one.
    if (/(?:上浮|下浮|浮动|上调|下调)\s*$/.test(before)) continue;
    // A difference from another rate ("利率一般较营运资金贷款低0.5%至1%", "1% lower than") is no rate of its own.
    if (DIFFERENCE_BEFORE.test(before) || DIFFERENCE_AFTER.test(after)) continue;
    // A margin over another base ("P-2%", "Prime + 1.5%", "BLR+2%", "最优惠利率减2%") is no rate of its own.
    // (A base's margin may be worded: "Base Rate plus a premium of up to 2.00%" reaches past the usual look back.)
    const longBefore = text.slice(Math.max(0, m.index - 48), m.index);
    if (OTHER_BASE_BEFORE.test(longBefore) || (high !== undefined && OTHER_BASE_END.test(before))) continue;
    if (MARGIN_WORD_BEFORE.test(before) && BASE_NAMED_RE.test(sentenceBefore(text, m.index, 1))) continue;
    // A sentence about a central bank's rate ("The base rate … set by the Bank of England … climbed … to 5.25%")
    // gives that rate's levels, not a loan's price.
    if (central && CENTRAL_RATE_RE.test(sentenceBefore(text, m.index))) continue;
    // A sentence about how losses are shared ("Risk sharing: first losses … are shared by the Government … at 30%
    // to 50%") gives the cover, not a price.
    if (riskShared && RISK_SHARE_RE.test(sentenceBefore(text, m.index, 1))) continue;
    const values = high === undefined ? [low] : [low, high];
    // A figure that says it is yearly ("9% per annum" in a column headed "Interest rate (monthly)") is yearly.
    const yearly = YEARLY_AFTER.test(after) || YEARLY_BEFORE.test(before.slice(-20));
    // Above 30% a year is no lawful enterprise loan in China and no mainstream business loan elsewhere; a
    // microlender's rate that says it is a rate and yearly ("Interest rate 29% – 35% p.a.") may go higher.
    const ceiling = yearly && kind === 'rate' ? MICROFINANCE_CEILING : 30;
    // A daily rate ("日利率0.02%", "按天计的利率最低可以做到0.01%"), as an online lender quotes it, is a 365th of the
    // yearly rate; the badge shows the sum ("0.01% ×365 = 3.65%").
    if (!yearly && (DAILY_BEFORE.test(before.slice(-16)) || DAILY_AFTER.test(after))) {
      if (values.some((v) => !(v > 0 && v <= 0.1))) continue;
      const day: Quoted = {
        low: Math.min(...values),
        text: whole.trim(),
        perMonth: false,
        monthly: false,
        flat: false,
      };
      if (high !== undefined && high !== low) day.high = Math.max(...values);
      (kind === 'rate' ? sure : unsure).push(yearlyOf(day, 365));
      continue;
    }
    // (An interest-free loan says so under its rate's label: "Mark-up 0%", "利率：0%"; a bare 0% is anything's, and
    // "First 6 months – 0% interest" is a period's.)
    const free = kind === 'rate' && ZERO_RATE_LABEL_BEFORE.test(before);
    if (values.some((v) => !((v >= 0.3 || (v === 0 && free)) && v <= ceiling))) continue;
    const near = before.slice(-14);
    const perMonth =
      !yearly &&
      (MONTHLY_BEFORE.test(near) || MONTHLY_AFTER.test(after) || MONTHLY_CHARGE_BEFORE.test(before.slice(-32)));
    const q: Quoted = {
      low: Math.min(...values),
      text: whole.trim(),
      perMonth,
      monthly: perMonth || (!yearly && MONTHLY_NEAR.test(near)),
      // ("2.0% per month  Calculation: Flat": the basis may be a row of its own after the figure.)
      flat: FLAT.test(near) || FLAT.test(rest.slice(0, 36)),
    };
    if (high !== undefined && high !== low) q.high = Math.max(...values);
    if (REPRESENTATIVE_BEFORE.test(before) || REPRESENTATIVE_AFTER.test(after)) q.representative = true;
    if (
      APR_ASIDE_BEFORE.test(before) ||
      (/[(（]\s*$/.test(before) && APR_ASIDE_AFTER.test(after)) ||
      (/^\s*APR\b/i.test(after) && RATE_LABELLED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
    )
      q.aprAside = true;
    if (kind === 'rate') sure.push(q);
    else unsure.push(q);
  }
  return { sure, unsure };
}

/**
 * A monthly (or, with 365, a daily) quote as the yearly rate it amounts to (figures of a few decimals stay exact).
 */
function yearlyOf(q: Quoted, periods = 12): Quoted {
  const times = (v: number) => Number((v * periods).toFixed(6));
  const low = times(q.low);
  const high = q.high === undefined ? undefined : times(q.high);
  // The badge shows the figure as written and the sum that makes it yearly: "1.6% ×12 = 19.2%".
  const text = `${q.text} ×${periods} = ${high === undefined ? low : `${low}-${high}`}%`;
  return { ...q, low, ...(high === undefined ? {} : { high }), text, monthly: false, perMonth: false };
}

function fromQuoted(list: Quoted[]): RateRead | undefined {
  const perYear = list.filter((q) => !q.monthly && !q.flat);
  // A block that quotes only a monthly rate (a microlender's "1.6% a month") charges twelve times that a year.
  const monthly = list.filter((q) => q.perMonth && !q.flat).map((q) => yearlyOf(q));
  // A yearly flat rate ("28% flat, per annum") is the only price a block may state: it is the offer's stated rate,
  // marked as flat (charged on the first principal, it costs more than a yearly rate of the same figure).
  const flat = list.filter((q) => q.flat && !q.monthly).map((q) => ({ ...q, text: `${q.text} flat` }));
  const yearly = perYear.length ? perYear : monthly.length ? monthly : flat;
  // A representative example states its APR beside its other measures (the AIR, a simple rate): the APR is the rate
  // the offer advertises, the others are not a range with it.
  const representative = yearly.filter((q) => q.representative);
  // An APR in brackets after a rate measures that rate's loan with its fees: the rate is the figure before it.
  const stated = yearly.filter((q) => !q.aprAside);
  const use = representative.length ? representative : stated.length ? stated : yearly;
  if (!use.length) return undefined;
  const values = new Set<number>();
  for (const q of use) {
    values.add(q.low);
    if (q.high !== undefined) values.add(q.high);
  }
  // A table of many different rates is not one offer's rate.
  if (values.size > 4) return undefined;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const rate: RateRead = { basis: 'fixed', low: String(low), text: use.map((q) => q.text).join(' / ') };
  if (high !== low) rate.high = String(high);
  return rate;
}

/** A clause about a subsidy that names no rate of the loan: a spread in it is where the subsidy is measured from. */
const SUBSIDY_CLAUSE_RE = /^(?![^]*利率)[^]*(?:补助|贴息|补贴)/;

/** The clause before a position: back to a full stop, a semicolon or a numbered item ("3. 政策补助："). */
function clauseBefore(text: string, at: number): string {
  return (
    text
      .slice(Math.max(0, at - 30), at)
      .split(/[。；;！!]|(?:^|\s)\d+[.、．]/)
      .pop() ?? ''
  );
}

/**
 * After an LPR spread, words that make it where a subsidy starts, not the loan's price ("LPR-150BP以上部分给予贴息",
 * "高出一年期LPR减150个基点的那部分，由政府给予贴息"). ("利率为LPR-150BP，以上部分由财政贴息" is what the borrower pays: the
 * comma ends the phrase.)
 */
const SUBSIDISED_ABOVE_RE = /^\s*(?:以上)?的?(?:那一?)?部分[^。;；]{0,10}?(?:补贴|贴息)/;

/** A spread's size in basis points ("150BP", "1.5%", "1.5个百分点"); undefined past any spread a loan is priced at. */
function spreadBasisPoints(size: number, unit: string): number | undefined {
  const bp = /%|百分点/.test(unit) ? Math.round(size * 100) : size;
  return Number.isFinite(bp) && bp <= 1000 ? bp : undefined;
}

function readLpr(text: string): { rate: RateRead; start: number; end: number } | undefined {
  let bare: { rate: RateRead; start: number; end: number } | undefined;
  for (const m of matchesOf(LPR_RE, text)) {
    const [whole, tenorBefore, bracket, sign, sizeFrom, sizeTo, unit] = m;
    const tenor = tenorOf(tenorBefore, bracket);
    const found = { start: m.index, end: m.index + whole.length };
    // "LPR的4倍", "4 times the LPR": a multiple of the benchmark is a legal cap, not a price over it.
    if (
      /^\s*(?:的\s*)?\d+(?:\.\d+)?\s*倍|^\s*[×x*]\s*\d/i.test(text.slice(found.end, found.end + 8)) ||
      /\d\s*(?:倍于|times(?: the)?)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))
    )
      continue;
    if (sign && sizeFrom && unit) {
      if (SUBSIDISED_ABOVE_RE.test(text.slice(found.end, found.end + 20))) continue;
      // "政策补助：以银行实际报价LPR-30bp为准", "贴息按LPR-30bp的50%给予": the subsidy's basis, not the loan's price.
      // ("贴息方面：…LPR减150个基点以下的部分由借款企业自行负担" is what the borrower pays.)
      // (A bracket explaining the points, "LPR-150BP（即减去150个基点，150BP为1.5%）以下部分", is read past.)
      const after = text.slice(found.end, found.end + 80).replace(/^\s*[(（][^()（）]{0,60}[)）]/, '');
      const borrowerPays = /^[^。；;]{0,12}(?:以下|负担)/.test(after.slice(0, 16));
      if (SUBSIDY_CLAUSE_RE.test(clauseBefore(text, m.index)) && !borrowerPays) continue;
      const negative = /-|减|下浮|下调|minus/i.test(sign);
      const sizes = [Number(sizeFrom), Number(sizeTo ?? sizeFrom)];
      // The lowest rate the range offers: the deepest cut below the LPR, the smallest margin above it.
      const size = String(negative ? Math.max(...sizes) : Math.min(...sizes));
      // "LPR上浮30%" is the LPR times 1.3, a markup in proportion, not 30 points over it: no spread we can state.
      if (/浮|调/.test(sign) && unit === '%' && Number(size) >= 5) continue;
      const bp = spreadBasisPoints(Number(size), unit);
      if (bp === undefined) continue;
      return { rate: { basis: 'lpr', tenor, spreadBp: negative ? -bp : bp, text: whole.trim() }, ...found };
    }
    // A bare "LPR" is the offer's rate only where the words make it one ("执行利率：LPR", "最低LPR", "at the LPR");
    // elsewhere it is the benchmark being explained. ("LPR减点", "LPR plus a margin" name a spread they do not state.)
    if (
      /利率|执行|最低|低至|按|为|[:：]|\brates?\b|\bat\b|priced/i.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
      !UNSTATED_SPREAD_AFTER.test(text.slice(found.end, found.end + 16))
    ) {
      bare ??= { rate: { basis: 'lpr', tenor, spreadBp: 0, text: whole.trim() }, ...found };
    }
  }
  return bare;
}

/**
 * Right after "LPR", a spread named but not stated: "LPR减点", "LPR加减点", "LPR plus a margin", "利率在LPR基础上下调、叠加
 * 政府贴息" (no figure follows).
 */
const UNSTATED_SPREAD_AFTER =
  /^\s*(?:加减点|加点|减点|上浮|下浮|(?:的?基础上)?(?:[下上][调浮]|加减?点|减点)(?!\s*[\d一二三四五六七八九十])|[+＋-]\s*[（(]?[^\d\s（(]|(?:plus|minus) (?:a |the )?(?:margin|spread))/i;

/**
 * A worked example ("Representative example: … £8,000 over 60 months at 11.20%", "示例：…", Taiwan's APR disclosure
 * "試算條件為貸款金額新臺幣100萬元、期間3年") illustrates the
 * offer with figures of its own: the sentence it starts is read only when the rest of the block states nothing.
 */
const EXAMPLE_RE = /representative example|for example|\be\.g\.|\bexample\b|示例|举例|例如|如[:：]|[试試]算/gi;
const SENTENCE_END_RE = /[。；;!！]|\.(?:\s|$)/g;

/** The block without the sentences its worked examples start. */
/** How far an example reaches when no full stop ends it: a worked example's sentence is shorter. */
const EXAMPLE_REACH = 240;

export function withoutExamples(text: string): string {
  EXAMPLE_RE.lastIndex = 0;
  if (!EXAMPLE_RE.test(text)) return text;
  let out = '';
  let from = 0;
  for (const m of matchesOf(EXAMPLE_RE, text)) {
    if (m.index < from) continue;
    out += text.slice(from, m.index);
    // An example in brackets ("(for example machinery and equipment)") ends with them; one in running text ends with
    // its sentence, or a few lines on where a layout's text has no full stop (a list of terms runs on).
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
    const bracketed = open >= 0 && open > Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
    const close = bracketed ? text.slice(m.index).search(/[)）]/) : -1;
    SENTENCE_END_RE.lastIndex = m.index + m[0].length;
    const end = SENTENCE_END_RE.exec(text);
    from =
      close >= 0
        ? m.index + close + 1
        : Math.min(end ? end.index + end[0].length : text.length, m.index + EXAMPLE_REACH);
  }
  return out + text.slice(from);
}

const EN_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};
/** 三 → 3, 十二 → 12, 二十 → 20, 三点五 → 3.5, 3.5 → 3.5; undefined for anything else. */
function chineseNumber(words: string): string | undefined {
  if (/^\d+(?:\.\d+)?$/.test(words)) return words;
  const [whole = '', frac] = words.split('点');
  const n = hanCount(whole);
  if (n === undefined) return undefined;
  if (frac === undefined) return String(n);
  const digits = [...frac].map((c) => HAN_DIGITS[c]);
  return digits.length && digits.every((d) => d !== undefined) ? `${n}.${digits.join('')}` : undefined;
}

const EN_NUMBER_WORDS = Object.keys(EN_NUMBERS).join('|');
/**
 * A percentage written out: "4 per cent", "three per cent", "three and a half percent", "百分之三", "年息3厘", and the
 * figure a contract's style puts after the words ("twenty (20) percent").
 */
const SPELLED_PERCENT_RE = new RegExp(
  `(?<![\\d.])(\\d{1,2}(?:\\.\\d{1,4})?|\\b(?:${EN_NUMBER_WORDS}))((?:[- ]and[- ]a[- ]half)?)\\s*(?:per[- ]?cent|pct)\\b` +
    '|百分之([零〇一二两三四五六七八九十点\\d.]{1,6})|(年息|年利)\\s*(\\d{1,2}(?:\\.\\d{1,2})?)\\s*厘' +
    '|\\((\\d{1,2}(?:\\.\\d{1,4})?)\\)\\s*(?:per[- ]?cent|pct)\\b',
  'gi',
);

/** What every percentage written in words contains (the alternatives of SPELLED_PERCENT_RE). */
const SPELLED_HINT_RE = /cent|pct|百分之|厘/i;

/**
 * The block with percentages written in words turned into figures ("three per cent" → "3%"), and what each figure
 * was written as, so that the rate's text stays the page's own words.
 */
export function spelledPercents(text: string): { text: string; written: Map<string, string> } {
  const written = new Map<string, string>();
  // Most blocks write every percentage in figures: one cheap test spares them the replace (readRate is on the hot path).
  if (!SPELLED_HINT_RE.test(text)) return { text, written };
  SPELLED_PERCENT_RE.lastIndex = 0;
  const out = text.replace(
    SPELLED_PERCENT_RE,
    (whole, en?: string, half?: string, zh?: string, li?: string, liNum?: string, figure?: string) => {
      let n: string | undefined;
      if (figure !== undefined) n = figure;
      else if (en !== undefined) {
        const base = EN_NUMBERS[en.toLowerCase()] ?? Number(en);
        n = half ? String(base + 0.5) : en.match(/\d/) ? en : String(base);
      } else if (zh !== undefined) n = chineseNumber(zh);
      else if (liNum !== undefined) {
        // 厘 after 年息 is a hundredth of the principal a year: 年息3厘 is 3% a year.
        written.set(`${liNum}%`, `${liNum}厘`);
        return `${li}${liNum}%`;
      }
      if (n === undefined) return whole;
      written.set(`${n}%`, whole.trim());
      return `${n}%`;
    },
  );
  return { text: out, written };
}

/** The offer's rate, or undefined when the block quotes none (or too many to be one offer's). */
export function readRate(raw: string): RateRead | undefined {
  const { text, written } = spelledPercents(raw);
  const main = withoutExamples(text);
  const rate = (main !== text ? readRateIn(main) : undefined) ?? readRateIn(text);
  if (!rate || !written.size) return rate;
  let words = rate.text;
  for (const [figure, as] of written) words = words.split(figure).join(as);
  return { ...rate, text: words };
}

function readRateIn(text: string): RateRead | undefined {
  const lpr = readLpr(text);
  // A quoted figure beside the LPR wording ("年化3.0%（较LPR下浮10个基点）") is the rate on offer.
  const rest = lpr ? text.slice(0, lpr.start) + ' ' + text.slice(lpr.end) : text;
  const { sure, unsure } = quotedRates(rest);
  // Many different percentages in one block are a rate table or a comparison, not one offer's rate.
  if (new Set([...sure, ...unsure].flatMap((q) => (q.high === undefined ? [q.low] : [q.low, q.high]))).size > 4)
    return undefined;
  const quoted = fromQuoted(sure);
  if (quoted) return quoted;
  if (lpr && (lpr.rate.basis !== 'lpr' || lpr.rate.spreadBp !== 0 || !unsure.length)) return lpr.rate;
  // A lone percentage in a block that talks about rates elsewhere ("利率 | 3.65%" in two cells).
  if (unsure.length && firstStart(RATE_WORDS, text) >= 0) {
    const distinct = new Set(unsure.map((q) => `${q.low}-${q.high ?? ''}`));
    if (distinct.size <= 2) return fromQuoted(unsure);
  }
  // An interest-free loan says so in words ("澳門幣三十萬元免息援助款項", "an interest-free loan"), with no figure.
  const free = sure.length || unsure.length ? null : INTEREST_FREE_RE.exec(text);
  if (free) return { basis: 'fixed', low: '0', text: free[0] };
  return undefined;
}

/**
 * Words that make a loan interest-free: 免息 before what is lent (not a card's 免息期, a grace period), "interest-free"
 * before a loan.
 */
const INTEREST_FREE_RE =
  /免息(?=\s*(?:贷款|借款|援助|资助|款项|信贷|提供|发放|支持|[，,。；;]|$))|无息(?=\s*(?:贷款|借款|援助|款项))|\binterest[- ]free (?:loans?|financing|credit|advances?)\b/i;

/**
 * The borrower's rate a subsidy clause implies, from the spread readLpr passes over as where the subsidy starts:
 * "贷款利率中超出一年期LPR减150个基点的部分，由财政贴息" leaves the borrower the LPR less 150 points. Only where the block
 * is a lender's product (on a notice the clause is the subsidy's rule, not a price).
 */
export function subsidyThresholdRate(text: string): RateRead | undefined {
  for (const m of matchesOf(LPR_RE, text)) {
    const [whole, tenorBefore, bracket, sign, sizeFrom, sizeTo, unit] = m;
    if (!sign || !sizeFrom || !unit || sizeTo || !/-|减|minus/i.test(sign)) continue;
    const end = m.index + whole.length;
    if (!SUBSIDISED_ABOVE_RE.test(text.slice(end, end + 20))) continue;
    const bp = spreadBasisPoints(Number(sizeFrom), unit);
    if (bp !== undefined)
      return { basis: 'lpr', tenor: tenorOf(tenorBefore, bracket), spreadBp: -bp, text: whole.trim() };
  }
  return undefined;
}

/** A rate stated as a margin over a bank's own base ("BLR/BFR+1.25% p.a", "BR + 1.00% to BR + 3.00%"). */
const BASE_MARGIN_RATE_RE = new RegExp(
  `(?:${BANK_BASE_RATE})` + String.raw`\s*(?:\/\s*\w+\s*)?[+＋]\s*\d+(?:\.\d+)?\s*%`,
  'i',
);

/**
 * Whether a text states a rate: one read (readRate), or a margin over a bank's own base rate, which prices a row of a
 * rate table as surely, though it gives no figure to compare.
 */
export function statesRate(text: string): boolean {
  return readRate(text) !== undefined || BASE_MARGIN_RATE_RE.test(text);
}

/** A percentage that could be some rate: the scanner's cheap test for a block worth reading. */
export const FIGURE_RE = /\d\s*[%％]|LPR|贷款市场报价利率|保费|保險費|保险费|premium/i;

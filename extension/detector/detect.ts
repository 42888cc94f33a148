/**
 * Recognises one financing offer in the text of one page block (a product card, a table row, a section) by
 * weighing evidence: a product signal, a rate (or a premium), an amount, a term, an enterprise audience, an
 * invitation to apply; against it, personal products, news and statistics, policy notices, forum talk — in the
 * block and on the page. DOM-free, decimal-free: the scanner gives it text, it gives back the offer with the raw
 * figures and the evidence (shown in the badge's "Why?" panel).
 */
import { LOCAL_CURRENCY_NAMED, readMaxAmount, UNKNOWN_CURRENCY } from './amount.ts';
import { lendersNamed } from './lenders.ts';
import { readable } from './fold.ts';
import { readRate, subsidyThresholdRate, withoutExamples, type RateRead } from './rate.ts';
import {
  ACTION_RE,
  ENTERPRISE_RE,
  FORUM_RE,
  INSURANCE_PRODUCT_RE,
  LENDER_RE,
  LOAN_KIND_RE,
  LOAN_PRODUCT_RE,
  LOAN_TERM_RE,
  LOAN_WORD_RE,
  NEWS_RE,
  HEDGE_WORD_RE,
  NOTICE_WORDS_RE,
  PERSONAL_RE,
  POLICY_RE,
  SECURITY_TERM_RE,
  CONTRASTED_PERSONAL_RE,
  YOUTH_START_UP_LOAN,
  TERM_OF_LABEL,
  TERMS_LABEL_RE,
  EN_TERMS_LABEL_RE,
  LOAN_SIZE_WORDS,
  REPAYMENT_COLUMNS_RE,
} from './vocabulary.ts';
import { matchedTexts as all, matchesOf } from './matches.ts';

export type { RateRead } from './rate.ts';
export { normalize, readable } from './fold.ts';
export { FIGURE_RE } from './rate.ts';
export { KEYWORD_RE, PREFILTER_RE } from './keywords.ts';

export type OfferKind = 'loan' | 'insurance';

/** Why a block was taken for an offer: what the badge's "Why?" panel lists. All of it is page text. */
export interface Evidence {
  /** The product words, and whether they came from the heading just above the block. */
  product: string;
  productFrom: 'block' | 'heading' | 'page' | 'selection';
  /** The words that say who borrows (企业, SME…), if any. */
  audience?: string;
  /** The rate and amount as written. */
  rateText?: string;
  amountText?: string;
  /** Counter-evidence that was weighed and outweighed, e.g. "企业主". */
  outweighed: string[];
  /**
   * The block labels three kinds of terms (额度, 期限, 利率…): it is weighed on its own words, not as a line or a
   * paragraph of the notice or report around it.
   */
  termsSheet?: true;
  /**
   * The sentence that states the rate for several products at once ("The loan products above carry an interest rate
   * of 16% per annum"), when the block itself states none: the scanner reads it beside the block.
   */
  sharedRate?: string;
  /**
   * The rate (rateText) is the one a subsidy clause leaves the borrower ("超出LPR减150个基点的部分由财政贴息"): implied
   * by the clause, not stated as the loan's price.
   */
  rateFromSubsidy?: true;
  /**
   * The limit (amountText) is stated elsewhere on a page given over to this one loan, not in the block: the scanner
   * reads it there.
   */
  amountOnPage?: true;
}

export interface LoanOffer {
  kind: 'loan';
  /** The product words that matched, as written on the page. */
  product: string;
  /** 创业担保贷款 has its own support in art. 4 (c). */
  loanType: 'general' | 'startup-guarantee';
  rate: RateRead;
  /** Highest amount on offer, in 万 of `currency`, as a decimal string. */
  maxAmount?: string;
  /** ISO 4217 currency of the amount; CNY when the block gives none. */
  currency: string;
  /** Longest term in months. */
  termMonths?: number;
  evidence: Evidence;
}

export interface InsuranceOffer {
  kind: 'insurance';
  product: string;
  /** Premium per year in 万 of `currency`, as a decimal string. */
  premium: string;
  currency: string;
  evidence: Evidence;
}

export type Offer = LoanOffer | InsuranceOffer;

/** What the scanner knows about the page as a whole. */
export interface PageContext {
  /** 0: no sign of a report; 1: the page reads like a news article or notice (metadata or its text). */
  news?: number;
  /** A comparison or round-up of several lenders' products: offers quoted, none made. */
  comparison?: boolean;
  /** A forum or Q&A page. */
  forum?: boolean;
  /** A government notice page: a government host, or a title that names a notice, rule or measures. */
  policy?: boolean;
  /** The page's title names a notice, rule or measures (通知, 办法, 细则, 公告, 条例), whatever its host. */
  noticeTitle?: boolean;
  /** The currency the page writes most. */
  currency?: string;
  /** The page's owner lends ("我行", "our bank"): policy loans it describes are its offers. */
  lender?: boolean;
  /** The page's title names a business audience (企业, SME, business) and no personal one. */
  businessPage?: boolean;
  /** The one product a single-product page names in its main heading ("专利执行保险", "小微企业云电贷"). */
  pageProduct?: { kind: OfferKind; words: string };
  /** The one loan the main heading names in English title case, no word list knowing it ("Growth Loan"), lower case. */
  titledPageLoan?: string;
  /**
   * A page given over to one named loan with no reporter's voice and no source or editor lines (an adviser's guide
   * to that loan): its article is the product's page, whatever averages and hedges it quotes.
   */
  productGuide?: boolean;
  /**
   * The page's main heading. The question it asks ("青創貸款利息怎麼算?") is the article's headline, judged with the
   * page (a thread's title makes the page a forum), not a poster's words in the block that holds it.
   */
  headline?: string;
}

export interface DetectContext extends PageContext {
  /** Text of the heading just above the block (a card whose name is in the heading over it). */
  heading?: string;
  /** Legacy: the page as a whole reads as a news report. */
  newsPage?: boolean;
  /**
   * The block is a table of one loan's terms, each in a label cell beside its value ("Loan amount | …", "Interest
   * rate | …", "Repayment period | …"): the layout labels them where the text alone cannot.
   */
  termsSheet?: boolean;
  /**
   * The block is one of a grid's product cards and a note after the grid states one rate for them all ("The loan
   * products above carry 16% per annum"): the note is the card's term, as its title is its name.
   */
  sharedNote?: boolean;
  /**
   * The block is a row of a table whose first column is headed as the products' ("Loan", "Product", "产品名称"): the
   * name in that column is a product's, however plainly it is called ("Industrial Loan | … | 16% per annum").
   */
  productColumn?: boolean;
  /**
   * The user selected the block as an offer (the popup's selected text): a report's, a thread's or a notice's words
   * in it are noted in the evidence, not weighed against it (a personal product, several lenders or a withdrawn one
   * still are).
   */
  selected?: boolean;
}

/**
 * A loan word as a product's name: "可贷" and its like are what a borrower can do, so the words before them are the
 * sentence's ("单一主体最高可贷" names no loan): the loan is a 贷款.
 */
function loanWordName(word: string): string {
  return /[可能借放申获]贷$/.test(word) ? '贷款' : word;
}

/** Forum words that only ask (an adviser's headings ask them too), not a poster's voice. */
const QUESTION_RE = /^(?:[?？]|怎么算|怎么样|怎么办|是什么|有哪些|哪家)$/;
/** Longest question-and-answer line read as a heading (a question, then its figures in a few words). */
const QUESTION_LINE_CHARS = 60;
/** Longest block of a named product's questions answered with its terms read as its terms sheet (a product Q&A). */
const QUESTION_TERMS_CHARS = 600;

/** Insurance that is not tech insurance: a block naming one is about it, not about the heading's product. */
const OTHER_INSURANCE_RE =
  /车险|寿险|意外险|健康险|医疗险|家财险|财产险|货运险|工程险|责任险|保证保险|养老险|年金险|car insurance|life insurance|health insurance|property insurance/i;

const WITHDRAWN_RE =
  /no longer (?:for sale|available|offered)|not available to new (?:customers|applicants)|closed to new (?:customers|applicants|applications|business|borrowers)|withdrawn from sale|discontinued|停售|已下架|停止办理|暂停办理|不再受理/i;

/** Longest block text worth reading: a product card, not a whole page. */
export const MAX_BLOCK_CHARS = 1500;

/**
 * A main heading naming a programme or scheme ("小型贷款计划", "SME Financing Guarantee Scheme", "Microloan Program",
 * "PROGRAM – Microenterprise Special Relief"): the lenders that make its loans are its partners, and one passing
 * "各银行…或有不同" says how they apply it, not what a market charges; a terms sheet under it is the programme's loan.
 */
export const PROGRAMME_HEADING_RE = /计划|计画|\bscheme\b|\bprogramm?e?\b/i;

/** Interest that runs on what is still owed: only a loan's. */
const AMORTISING_RE = /\b(?:reducing|declining|diminishing) (?:loan )?balance\b/i;
/** Words of worked repayments (a repayment table's columns, and more): what one borrower pays back, not the terms. */
const REPAYMENTS_RE = new RegExp(
  `${REPAYMENT_COLUMNS_RE.source}|total (?:interest|to repay|you (?:re)?pay)|cost of credit|monthly instal?ments?`,
  'i',
);
/** A page headed as the rates of a lender's business loans: "Business Lending Rates", "Commercial Loan Rates". */
const RATE_SHEET_RE =
  /\b(?:business|commercial|SME|corporate)\s+(?:lending|loans?|financ(?:e|ing)|credit)\s+(?:interest\s+)?(?:rates|pricing)\b/i;
/**
 * A rate priced as points over the LPR ("在LPR基础上加点或减点"), or as a margin over a base ("加碼後年利率為2.17%"): only
 * a loan is priced so.
 */
const LPR_PRICING_RE = /(?:LPR|贷款市场报价利率)[^，,。；;]{0,8}?[加减]点|加码后[^，,。；;]{0,4}利率/;

/** A loan made only under a government scheme, whose terms are the scheme's. */
const SCHEME_LOAN_RE = new RegExp(`创业担保贷款|${YOUTH_START_UP_LOAN}`);
/**
 * The rate a scheme's loans carry now ("目前利率為1.42%", "現行貸款利率為年息3.045%", "當前年利率2.17%"): a guide
 * tells a borrower what the loan costs today; a notice sets the rules (caps, "不超过"), not today's price. On folded
 * text.
 */
const CURRENT_RATE_RE = /(?:目前|现行|现时|当前)[^。；;，,]{0,8}(?:利率|年息|息率|年利率)[^。；;]{0,6}\d/;

/** Whether a block's folded text labels three kinds of a loan's terms (limit, term, rate, repayment, security). */
export function isTermsSheet(text: string): boolean {
  const terms = new Set(matchesOf(TERMS_LABEL_RE, text).map((label) => TERM_OF_LABEL[(label[1] ?? label[2])!]));
  for (const label of matchesOf(EN_TERMS_LABEL_RE, text))
    for (const [term, words] of Object.entries(label.groups!)) if (words) terms.add(term);
  return terms.size >= 3;
}

/** Distinct matches, most frequent first (the block's own product before a passing mention). */
function byFrequency(list: string[]): string[] {
  const counts = new Map<string, number>();
  for (const m of list) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([m]) => m);
}

function distinct(list: string[]): string[] {
  return [...new Set(list.map((s) => s.toLowerCase()))];
}

const TERM_RE =
  /(?:期限|贷款期限|最长|terms?(?: of)?|tenors?(?: of)?|up to|repay over)\s*(?:最长|可达|为|:|up to|from)?\s*(?:(\d+)\s*(?:-|~|至|到|to)\s*)?(\d+)\s*(年|个月|月|years?|months?)/i;

function readTermMonths(text: string): number | undefined {
  const m = TERM_RE.exec(text);
  if (!m) return undefined;
  const n = Number(m[2]);
  const months = /年|year/i.test(m[3]!) ? n * 12 : n;
  return months > 0 && months <= 600 ? months : undefined;
}

/** A premium's figure: thousands grouped with commas, or not. */
const PREMIUM_FIGURE = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;

const PREMIUM_RE = new RegExp(
  String.raw`(?:年保费|保费|保险费|annual premiums?|premiums?)(?:\s*(?:range|区间|范围))?\s*(?:(?:usually|typically|generally|normally)\s*)?(?:合计|共计|总计)?\s*(?:约|为|仅|低至|最低|只需|:|of|about|from|is|between|starts? (?:at|from))?\s*(?:约|仅|just|only)?\s*(¥|RMB|CNY|£|€|S\$|HK\$|US\$|\$)?\s*` +
    PREMIUM_FIGURE +
    String.raw`\s*(万元|万|千元|元|k\b)?`,
  'i',
);

/** The premium's statement to the end of its range ("Annual Premium Range: £300 - £1,500"), from where it starts. */
function premiumStatement(text: string, start: number): string {
  return (
    /^[^。;；\n]*?(?:\d[\d,.]*\s*(?:万元|万|千元|元|k\b)?)(?:\s*[-–—~至到]\s*[¥£€$]?\s*\d[\d,.]*\s*(?:万元|万|千元|元|k\b)?)?/i.exec(
      text.slice(start),
    )?.[0] ?? ''
  );
}

/**
 * A price quoted before the UK's insurance premium tax ("£25,000 limit: £65 plus IPT plus professional fee", "Cover
 * from £144.00, Insurance Premium Tax included"): IPT is charged on premiums only, so the figure is a premium without
 * the word.
 */
const PREMIUM_BEFORE_TAX_RE = new RegExp(
  String.raw`(£)\s*` +
    PREMIUM_FIGURE +
    String.raw`(k\b)?\s*(?:(?:\+|plus|excl(?:uding|\.)?|exc\.?|inc(?:l(?:uding|\.)?)?\.?)\s*(?:IPT\b|insurance premium tax)|[,(]?\s*(?:IPT|insurance premium tax)\s+(?:included|inclusive|excluded|extra)\b)`,
  'i',
);

/** A price: its currency, its figure and thousands ("£37.63", "$1.2k"), as the groups a premium is read from. */
const PRICE = String.raw`(£|€|S\$|HK\$|US\$|A\$|\$)\s*` + PREMIUM_FIGURE + String.raw`(k\b)?\s*`;

/**
 * A policy's price by the month or the year ("from just £13.50 per month", "policies start at £37.63 a month"): read
 * only in an insurance block, where a price is what the policy costs.
 */
const PRICE_PER_PERIOD_RE = new RegExp(
  String.raw`\b(?:from|starts? (?:at|from)|starting (?:at|from)|costs?|only|just|as little as)\s*(?:just|only|as little as)?\s*` +
    PRICE +
    // (A price card may give the figure again under its label: "Our cyber policy from £37.63 | £37.63 per month".)
    String.raw`(?:\+\s*(?:VAT|IPT)\s*)?(?:[£€$]\s?[\d,.]+\s*)?(?:a|per|\/|each)\s*(?:month|mo|year|yr|annum)\b`,
  'i',
);

/**
 * A price by the month or the year with nothing before it, at the start of a line ("£37.63 a month is where our cyber
 * cover begins"): in an insurance block, what a policy costs (a cover's limit is never by the month).
 */
const LEADING_PRICE_PER_PERIOD_RE = new RegExp(
  String.raw`^\s*` + PRICE + String.raw`(?:a|per|\/|each)\s*(?:month|year|annum)\b`,
  'i',
);

function readPremium(
  text: string,
  pageCurrency: string | undefined,
): { wan: string; currency: string; text: string; at: number } | undefined {
  const m =
    PREMIUM_RE.exec(text) ??
    PREMIUM_BEFORE_TAX_RE.exec(text) ??
    PRICE_PER_PERIOD_RE.exec(text) ??
    LEADING_PRICE_PER_PERIOD_RE.exec(text);
  if (!m) return undefined;
  const [whole, cur, num, unit] = m;
  if (!cur && !unit) return undefined;
  const amount = readMaxAmount(`up to ${cur ?? ''}${num}${unit ?? ''}`, pageCurrency ? { pageCurrency } : {});
  return amount ? { wan: amount.wan, currency: amount.currency, text: whole.trim(), at: m.index } : undefined;
}

/** Why the last call of detectOffer gave null: for the corpus's debugging aid only. */
export let lastRejection = '';
/** Kinds of evidence against an offer, as a reader is told them (the popup's selected text names them). */
export type CounterEvidence = 'report' | 'talk' | 'personal' | 'notice' | 'withdrawn' | 'several';
/**
 * When that null was evidence against an offer (news, a notice, talk, a personal or withdrawn product) rather than
 * evidence lacking (no rate, no product), which evidence: a line of a card that reads as a notice is a line of a notice.
 */
export let lastCounterEvidence: CounterEvidence | undefined;
const NO_WORDS: readonly string[] = [];
/**
 * The block's words behind that evidence (none for some kinds). (A binding of its own, not an object with the kind: a
 * scan rejects most blocks it reads, and a rejection allocates nothing.)
 */
export let lastCounterWords = NO_WORDS;
/** Whether that evidence was a report's (news words, the page's own news signs): a report's paragraphs are its. */
export let lastRejectedAsReport = false;

/** Words counting a family's products ("三款产品", "下设三个子产品", "这三款的价格", "三者价格", "three products"). */
const SEVERAL_PRODUCTS_RE =
  /[两二三四五六七八九几多]款(?:子)?产品|(?:这|这些|以上|上述)?[两二三四五]款(?:的|产品)?(?:价格|利率|定价|额度)|[两二三四五]者(?:的)?(?:价格|利率|定价|额度)|[两二三四五六七八九几多]个子产品|\b(?:two|three|four|five|six) (?:loan )?products\b/i;

/** "不能叠加办理E捷贷", "与E捷贷不可同时申请": another product, named only to say it cannot be combined with this one. */
const EXCLUDED_BEFORE_RE = /(?:不能|不可|不得|无法)(?:与|和)?(?:叠加|同时|重复)/;
const EXCLUDED_AFTER_RE = /^[^，,。；;]{0,4}(?:互斥|不可叠加|不能叠加|不可同时|不能同时)/;

/** "农行房贷客户": a product's customers, a group a price is given to, not the product on offer. */
const CUSTOMERS_AFTER_RE = /^(?:客户|客群|用户)/;

/** The loan products a block names, leaving out those it names only to exclude or to name its customers. */
export function productMentions(text: string): string[] {
  return matchesOf(LOAN_PRODUCT_RE, text)
    .filter((m) => {
      const end = m.index + m[0].length;
      return (
        !EXCLUDED_BEFORE_RE.test(text.slice(Math.max(0, m.index - 8), end)) &&
        !EXCLUDED_AFTER_RE.test(text.slice(end)) &&
        !CUSTOMERS_AFTER_RE.test(text.slice(end, end + 3))
      );
    })
    .map((m) => m[0]);
}

/** What a business loan is for, in its own words (个人经营贷 is PERSONAL_RE's). */
const BUSINESS_PURPOSE_RE = /经营性贷款|经营贷款|生产经营|经营周转|周转资金|流动资金/;
const SMALL_BUSINESS_OWNER_RE = /(?:小微|中小|小型|微型)企业主/;

/**
 * An enterprise named as a borrower's employer: "国有企业的正式员工", "世界500强企业员工", "上市或上櫃公司人員",
 * "employees of listed companies".
 */
const EMPLOYER_RE =
  /(?:企业|公司|单位)(?:的)?(?:正式|在编|在职)?(?:员工|职工|雇员|工作人员|人员)|\b(?:employees?|staff) of (?:\w+ ){0,3}(?:companies|firms|enterprises)\b/gi;

function reject(why: string, against?: CounterEvidence, words = NO_WORDS, report = false): null {
  lastRejection = why;
  lastCounterEvidence = against;
  lastCounterWords = words;
  lastRejectedAsReport = report;
  return null;
}

/** Reads one offer from a block's text, or null when the evidence does not make it one enterprise offer. */
export function detectOffer(rawText: string, context: DetectContext = {}): Offer | null {
  if (rawText.length > MAX_BLOCK_CHARS * 2) return reject('too long');
  const text = readable(rawText);
  if (text.length > MAX_BLOCK_CHARS) return reject('too long');
  if (context.comparison) return reject('comparison or forum page', 'talk');
  // A terms sheet (labelled 额度, 期限 and 利率 rows: "【贷款额度】…【贷款利率】…") sets out one loan's terms to a
  // borrower. It is weighed against the words of its own block, not against the page around it: a scheme's own guide
  // is its offer even under a portal's byline (来源, 编辑) or on a government page whose caps ("最高不超过") and
  // subsidy rows read like a rule; a product's sheet reposted in a thread ("【转帖】建行云税贷产品要点整理" over its
  // 执行利率, 借款期限 and 授信额度 rows) is that product's terms, where the posters' talk around it is not.
  const termsSheet = Boolean(context.termsSheet) || isTermsSheet(text);
  if (context.forum && !termsSheet) return reject('comparison or forum page', 'talk');
  const heading = context.heading ? readable(context.heading) : '';

  // (A personal product named only to set this one apart, "和一般消费贷不同", is neither a product nor an audience.)
  const ownWords = text.replace(CONTRASTED_PERSONAL_RE, ' ');
  const loanMentions = productMentions(ownWords).map((m) => m.toLowerCase());
  // A kind of loan beside a name ("信用贷款 · 信用快贷": a card's type tag over its product) is what the named product
  // is, not a second product: it comes after the names and counts as a product only where nothing is named.
  const ranked = byFrequency(loanMentions);
  const named = ranked.filter((m) => !LOAN_KIND_RE.test(m));
  const loanProducts = named.length ? [...named, ...ranked.filter((m) => LOAN_KIND_RE.test(m))] : ranked;
  // (Kinds alone under a heading naming one product are that product's uses: "流动资金贷款最长3年，固定资产贷款最长10年"
  // in the terms of 普惠贷.)
  const headingNames = heading ? productMentions(heading).filter((m) => !LOAN_KIND_RE.test(m)) : [];
  const productCount = named.length || (headingNames.length === 1 ? 1 : ranked.length);
  // A long product page names its product again and again; a list names each of many once.
  const dominant = loanMentions.filter((m) => m === loanProducts[0]).length >= 3;
  const insuranceProducts = distinct(all(INSURANCE_PRODUCT_RE, text));
  const headingLoan = heading ? distinct(all(LOAN_PRODUCT_RE, heading)) : [];
  const headingInsurance = heading ? distinct(all(INSURANCE_PRODUCT_RE, heading)) : [];
  // The heading's words describe the section, not necessarily this block: they name the audience only for a block
  // that names none (an ad box for a personal loan under an enterprise heading is about the personal loan).
  // ("国有企业的正式员工", "上市公司员工": an employer that vouches for a person borrowing for himself.)
  const enterpriseInBlock = all(ENTERPRISE_RE, text.replace(EMPLOYER_RE, ' '));
  const enterprise = enterpriseInBlock.length ? enterpriseInBlock : all(ENTERPRISE_RE, heading);
  // 个体工商户 (sole traders) are served by the same 普惠 products as small enterprises ("小微企业及个体工商户"), but a
  // product for them alone is lent to a person: it weighs against only when no enterprise is named.
  // A loan for running a small business (经营性贷款, 生产经营, 经营周转) offered to 小微企业主 is lent to them and to
  // 个体工商户 for that business: there they are its audience, not people borrowing for themselves (个人经营贷 stays
  // personal, and so does a product for sole traders alone).
  const forBusiness = BUSINESS_PURPOSE_RE.test(text) && SMALL_BUSINESS_OWNER_RE.test(text);
  const soleTraders = enterprise.length || forBusiness ? [] : all(/个体工商户|个体户/g, text + ' ' + heading);
  const personal = [
    ...all(PERSONAL_RE, ownWords.replace(SECURITY_TERM_RE, ' ')),
    ...all(PERSONAL_RE, heading),
    ...soleTraders,
  ].filter((word) => !(forBusiness && word === '企业主'));
  // On a page given over to one loan (a guide to it, naming no source or reporter), hedges about the market's
  // figures ("the average microloan is about $13,000", "rates generally run…") are the guide's, not a report's; in a
  // terms sheet ("期限 | 一般为1年", "利率 | 3.1%左右"), they hedge the product's own terms.
  const news = distinct(all(NEWS_RE, text)).filter(
    (word) => !((context.productGuide || termsSheet) && HEDGE_WORD_RE.test(word)),
  );
  const policy = distinct(all(POLICY_RE, text));
  const forum = distinct(all(FORUM_RE, context.headline ? text.replace(readable(context.headline), ' ') : text));
  const action = all(ACTION_RE, text);

  // Reports, notices and talk about offers are not offers, however precise their figures.
  const pageNews = termsSheet && !news.length ? 0 : (context.news ?? 0) + (context.newsPage ? 2 : 0);
  const newsWeight = news.length + pageNews;
  if (newsWeight >= 2 && !context.selected)
    return reject(`news: ${news.join(',')} page ${context.news ?? 0}`, 'report', news, true);
  // A short block with a news word is a headline; a terms sheet's rows are short too ("期限一般在1年以内").
  if (news.length >= 1 && !action.length && !termsSheet && text.length < 120 && !context.selected)
    return reject('headline', 'report');
  // (A portal's question labels, "能贷多少？ 利息怎么算？", head a terms sheet, not a thread.)
  // (On an adviser's guide to one loan, a question answered in one line is a heading: "利息怎么算?年化3.26%~6.8%"; a
  // thread speaks in a poster's voice, and a longer block asking questions is the article's talk, unless it answers
  // them with a named product's terms: "最多能批多少？…最高1000万元。利息怎么算？…能借多久？每笔借款最长12个月" on a
  // guide to 科创e贷 is its terms sheet; a guide to a kind of loan (小微企业贷款) asks about the market.)
  const asking =
    context.productGuide &&
    forum.every((w) => QUESTION_RE.test(w)) &&
    (text.length <= QUESTION_LINE_CHARS ||
      (text.length <= QUESTION_TERMS_CHARS &&
        context.pageProduct !== undefined &&
        !LOAN_KIND_RE.test(context.pageProduct.words) &&
        distinct(all(LOAN_TERM_RE, text)).length >= 2));
  if (forum.length >= 2 && !termsSheet && !asking && !context.selected) return reject('forum words', 'talk');
  // An offer is one lender's: a block naming three or more rounds up a market or reports on it.
  if (lendersNamed(text) >= 3) return reject('several lenders named', 'several');
  // "三款产品…信用贷…银税贷…抵押贷": a block telling of a family's products at once gives several products' figures.
  if (SEVERAL_PRODUCTS_RE.test(text) && ranked.length >= 2) return reject('several products told at once', 'several');
  // A product no longer sold is listed for existing borrowers, not offered (the mark may sit on the name above).
  if (WITHDRAWN_RE.test(text) || WITHDRAWN_RE.test(heading)) return reject('no longer offered', 'withdrawn');
  // A notice about a policy loan is no offer; a lender ("我行") describing the policy loan it makes is one.
  const policyWeight = policy.length + (context.policy ? 1 : 0);
  // A loan that exists only as a government scheme (创业担保贷款) is told in the scheme's own words (经办银行,
  // 财政贴息, 不超过): off a notice (a notice's title, a document's 《》 or 第…条), a block setting out its terms guides
  // a borrower to it, on a government site too (a district's 政策解读 of the scheme). So is a block stating the rate
  // a scheme's loans carry today (a Taiwan ministry's guide: "現行年利率1.42%", beside its 利息補貼 line). (Asked
  // last: most blocks never get there.)
  if (
    !termsSheet &&
    !context.selected &&
    !context.lender &&
    !LENDER_RE.test(text) &&
    ((policyWeight >= 2 && !action.length) || policyWeight >= 3) &&
    !(!context.noticeTitle && (SCHEME_LOAN_RE.test(text) || CURRENT_RATE_RE.test(text)) && !NOTICE_WORDS_RE.test(text))
  )
    return reject(`policy: ${policy.join(',')}`, 'notice', policy);

  // People's products weigh against; the enterprise audience and a named enterprise product weigh for.
  const outweighed = distinct([...personal, ...(context.selected ? [...news, ...forum, ...policy] : [])]);
  const forEnterprise =
    enterpriseInBlock.length +
    (loanProducts.length || insuranceProducts.length ? 1 : 0) +
    (personal.length ? 0 : enterprise.length);
  if (personal.length && personal.length >= forEnterprise)
    return reject(`personal: ${personal.join(',')}`, 'personal', personal);

  const evidenceBase = (product: string, productFrom: Evidence['productFrom']): Evidence => {
    const e: Evidence = { product, productFrom, outweighed };
    if (enterprise[0]) e.audience = enterprise[0];
    if (termsSheet) e.termsSheet = true;
    return e;
  };

  // A block that names a product of its own ("企业团体车险", "个人消费贷") is about that product, whatever the heading
  // above it names.
  const mayBorrowHeading = !OTHER_INSURANCE_RE.test(text);
  // A plan or a terms list on a single-product page takes the page's product when neither it nor the heading
  // above names one ("方案一 · 标准型" under the page's "专利执行保险").
  const pageProduct =
    context.pageProduct &&
    mayBorrowHeading &&
    !OTHER_INSURANCE_RE.test(heading) &&
    !personal.length &&
    !loanProducts.length &&
    !insuranceProducts.length &&
    !headingLoan.length &&
    !headingInsurance.length
      ? context.pageProduct
      : undefined;
  const isInsurance =
    insuranceProducts.length || (mayBorrowHeading && headingInsurance.length) || pageProduct?.kind === 'insurance';
  // A bundle of a loan and an insurance ("研发保+研发贷") is not one offer we can price.
  if (insuranceProducts.length && loanProducts.length) return reject('loan and insurance');
  if (isInsurance && !loanProducts.length) {
    const premium = readPremium(text, context.currency);
    if (!premium) return reject('no premium');
    const [product, from]: [string, Evidence['productFrom']] = insuranceProducts.length
      ? [insuranceProducts[0]!, 'block']
      : headingInsurance.length
        ? [headingInsurance[0]!, 'heading']
        : [pageProduct!.words, 'page'];
    // A bare price band under its label ("Annual premium range: £300 - £1,500", "Typical yearly premium £300 –
    // £1,500") whose product only the page names is one term of a tier's card (its name, its cover, "Get a quote"):
    // the card around the line is the offer.
    if (from === 'page') {
      const statement = premiumStatement(text, premium.at);
      const band = /\d\s*[-–—~至到]\s*[¥£€$]?\s*\d/.test(statement);
      if (band && text.replace(statement, '').replace(/[\s:：]+/g, '').length < 24)
        return reject('a premium line of a card');
    }
    const evidence = evidenceBase(product, from);
    evidence.amountText = premium.text;
    return {
      kind: 'insurance',
      product: originalWords(rawText, context.heading, product),
      premium: premium.wan,
      currency: premium.currency,
      evidence,
    };
  }

  // "贷款市场报价利率" is the LPR's name, not a loan on offer.
  // Nor is the loan of a worked example ("试算条件为贷款金额100万元" under an APR disclosure) one on offer.
  const weakLoan = all(LOAN_WORD_RE, withoutExamples(text).replace(/贷款市场报价利率/g, 'LPR'));
  let product: string | undefined;
  let productFrom: Evidence['productFrom'] = 'block';
  // (The block's loan terms, read once: several tests below ask for them.)
  let terms: string[] | undefined;
  const loanTerms = () => (terms ??= all(LOAN_TERM_RE, text));
  if (loanProducts.length && !named.length && headingNames.length === 1 && mayBorrowHeading && !personal.length)
    [product, productFrom] = [headingNames[0], 'heading'];
  else if (loanProducts.length) product = loanProducts[0];
  // Borrowing the heading's product is for a block with figures and no name; a block about a product of its own
  // (a personal loan in an ad box under the page's title) is about that product.
  else if (headingLoan.length && mayBorrowHeading && !personal.length)
    [product, productFrom] = [headingLoan[0], 'heading'];
  // On a page for businesses (its title says so), "loan" means a business loan.
  else if (weakLoan.length && (enterprise.length || (context.businessPage && !personal.length)))
    product = loanWordName(weakLoan[0]!);
  // A terms sheet under a heading naming a loan ("Normal Loan Scheme") is that loan's, whoever it is for; a personal
  // loan's heading or terms weigh against it above.
  else if (heading && mayBorrowHeading && all(LOAN_WORD_RE, heading).length && (enterprise.length || termsSheet))
    [product, productFrom] = [all(LOAN_WORD_RE, heading)[0], 'heading'];
  // So is a terms sheet of financing under a heading naming a programme ("PROGRAM – Microenterprise Special Relief
  // (MRP 2.0)" over "Financing Amount … Profit Rate …"): the programme is the loan.
  else if (heading && termsSheet && weakLoan.length && !personal.length && PROGRAMME_HEADING_RE.test(heading))
    [product, productFrom] = [heading.trim(), 'heading'];
  // (How its interest runs marks a rate line as the page's one loan's: "on a reducing balance" in "What it costs" on a
  // lender's product page, with its fees; "在LPR基础上加点或减点" in a guide to 360企业贷.)
  else if (
    pageProduct?.kind === 'loan' &&
    (loanTerms().length || action.length || AMORTISING_RE.test(text) || LPR_PRICING_RE.test(text))
  )
    [product, productFrom] = [pageProduct.words, 'page'];
  // A loan's own English name, title-cased ("Growth Loans range from $10,000…", "Farm Loans"), no word list knows;
  // or a fund lending under its own name ("Agriculture Development Fund" over "T$200,000 for an agriculture loan").
  else if (!personal.length)
    product = titledLoans(text)[0] ?? (weakLoan.length ? TITLED_FUND_RE.exec(rawText)?.[0] : undefined);
  // Terms naming nothing, on a page headed by one loan's title-cased name ("Saubagya – Prosperity Loan Scheme" over
  // "Key facts … Interest: Fixed at 8 % a year"), are that loan's, as a single product's page lends its name above.
  // (Not a row of worked repayments: "1 Year | 16.19% | £442.49 | £5,409.90" under "Monthly repayment", "Total
  // repayable" is one borrower's sum.)
  const pageTerms = !product && !personal.length && !REPAYMENTS_RE.test(text);
  if (pageTerms && (termsSheet || (enterprise.length && loanTerms().length)) && context.titledPageLoan)
    [product, productFrom] = [context.titledPageLoan, 'page'];
  // On a lender's rate sheet for its business loans ("Business Lending Rates"), a card stating a rate and a term or a
  // limit is one of them, under whatever title it goes ("Commercial Vehicle", "Equipment"). (A page on one kind of
  // credit, "SME Credit", prices that one credit in its rows.)
  else if (pageTerms && context.businessPage && RATE_SHEET_RE.test(context.headline ?? '') && loanTerms().length)
    [product, productFrom] = ['business loan', 'page'];
  if (!product) return reject('no product');
  // In the terms of a product for enterprises on a lender's own page, its subsidy clause states what its borrower
  // pays ("财政贴息：超出LPR减150个基点的部分，由财政贴息"); on a notice, or in talk about the scheme, it is the
  // subsidy's rule. (A card for individuals, "个人创业担保贷款", is no enterprise's offer: it gets no rate it does not
  // state.)
  const implied = () =>
    context.lender && !context.policy && enterprise.length > 0 && !forum.length && distinct(loanTerms()).length >= 2;
  const stated = readRate(text);
  const rate = stated ?? (implied() ? subsidyThresholdRate(text) : undefined);
  if (!rate) return reject('no rate');
  // A rate written in words ("four per cent", "between 8 and 13 percent") is how reports write their figures: it is
  // an offer's rate only in a block that invites an application, or on the page of a lender speaking of its own
  // loans ("We lend no more than US$2,500.00 … Interest 20 percent a year"), and where nothing reads as a report.
  // ("48% to 54%" is written in figures: its range words do not count.)
  const inWords = /per\s?cent|百分之/i.test(rate.text) || !/\d/.test(rate.text);
  if (rate.basis === 'fixed' && inWords && !context.selected && (newsWeight > 0 || (!action.length && !context.lender)))
    return reject('a rate in words in a report', 'report');
  // Several named products with several rates make a list, not one offer (the scanner looks at the cards).
  if (productCount >= 2 && !dominant && rate.basis === 'fixed' && rate.high !== undefined)
    return reject('several products and rates');
  if (productCount > 3 && !dominant) return reject('many products');
  // Loan words without a named product need more than a rate to be an offer: a limit, a term or a way to apply.
  // (On a page headed by a loan's title-cased name, that name in a block is a product named: "Growth Loans range
  // from…" under "Growth Loan".)
  const pageLoanNamed = context.titledPageLoan === loanName(product);
  if (
    !loanProducts.length &&
    productFrom === 'block' &&
    !pageLoanNamed &&
    !context.sharedNote &&
    !context.productColumn &&
    !loanTerms().length &&
    !action.length
  )
    return reject('loan word without terms');

  const amountContext = context.currency ? { pageCurrency: context.currency } : {};
  // The limit on offer, never a worked example's loan ("borrow S$100,000 over 5 years and you would pay…" sizes an
  // example, it limits nothing); a card whose heading states the limit ("… up to £25,000").
  const amount =
    readMaxAmount(withoutExamples(text), amountContext) ??
    (heading ? readMaxAmount(heading, amountContext) : undefined);
  const evidence = evidenceBase(product, productFrom);
  evidence.rateText = rate.text;
  if (!stated) evidence.rateFromSubsidy = true;
  if (amount) evidence.amountText = amount.text;
  const offer: LoanOffer = {
    kind: 'loan',
    product: originalWords(rawText, context.heading, product),
    loanType: /创业担保|start-?up (?:loan|guarantee)/i.test(text + ' ' + heading) ? 'startup-guarantee' : 'general',
    rate,
    currency: amount?.currency ?? unpricedCurrency(text, context.currency),
    evidence,
  };
  if (amount) offer.maxAmount = amount.wan;
  const termMonths = readTermMonths(text);
  if (termMonths) offer.termMonths = termMonths;
  return offer;
}

/**
 * The currency of a loan whose block states no amount: the page's, unless the block speaks of yuan; yuan on a page
 * in Chinese; none known on a page in another language that names no currency (a Nigerian lender's "#500,000" is
 * no sign of yuan).
 */
function unpricedCurrency(text: string, page: string | undefined): string {
  // (On a Taiwan, Hong Kong or Macau page, 万 and 元 are the local currency's.)
  const yuan = /人民币|RMB|CNY/i.test(text) || (!(page && page in LOCAL_CURRENCY_NAMED) && /万|元/.test(text));
  if (page && page !== 'CNY' && !yuan) return page;
  return page || yuan || /\p{Script=Han}/u.test(text) ? 'CNY' : UNKNOWN_CURRENCY;
}

/**
 * Title-cased names of a loan ("Growth Loans", "Agri Demand Loan"): one to three capitalised words before Loan(s),
 * none of them a size, a pronoun or an article ("Minimum Loan", "Our Loans", "The Loan" name no product).
 */
const TITLE_WORD = String.raw`[A-Z][a-z][\w&'-]*\s+`;
const TITLED_LOAN_RE = new RegExp(String.raw`\b(?:${TITLE_WORD}){1,3}Loans?\b`, 'g');
/** A fund's title-cased name: "Agriculture Development Fund", "Fisheries Development Fund". */
const TITLED_FUND_RE = new RegExp(String.raw`\b(?:${TITLE_WORD}){1,3}Fund\b`);
/** A lending facility's title-cased name: "Business Recapitalisation Facility", "Targeted Relief and Recovery Facility". */
const TITLED_FACILITY_RE = new RegExp(String.raw`\b(?:${TITLE_WORD}(?:(?:and|for|of)\s+)?){1,3}Facility\b`, 'g');
const NOT_A_NAME_RE = new RegExp(
  String.raw`\b(?:${LOAN_SIZE_WORDS}|Our|Your|Their|The|This|These|That|Those|Any|All|Each|Every|Other|New|More|Apply|Get|Compare|About|Which|What|How|Why|When)\b`,
);

/** A loan's name as written anywhere on its page: "Start-up loans", "start up loan" and "Start Up Loan" are one. */
export function loanName(words: string): string {
  return words
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .replace(/(?<=[a-z])s$/, '');
}

export function titledLoans(text: string): string[] {
  return titledNames(TITLED_LOAN_RE, text);
}

export function titledFacilities(text: string): string[] {
  return titledNames(TITLED_FACILITY_RE, text);
}

function titledNames(re: RegExp, text: string): string[] {
  return all(re, text).filter((name) => !NOT_A_NAME_RE.test(name));
}

/** The product words as the page wrote them (traditional characters, case), found through the folded match. */
function originalWords(raw: string, heading: string | undefined, folded: string): string {
  for (const source of [raw, heading ?? '']) {
    const n = source.normalize('NFKC').replace(/\s+/g, ' ');
    const f = readable(n);
    const i = f.toLowerCase().indexOf(folded.toLowerCase());
    // readable() trims: the offset of the first non-space character aligns the two.
    const lead = n.length - n.trimStart().length;
    if (i >= 0) return n.slice(i + lead, i + lead + folded.length);
  }
  return folded;
}

/** The rate in percent per year that an offer's rate stands for, given the LPR in force. */
export function resolveRate(
  rate: RateRead,
  lpr: { oneYear: string; fiveYear: string },
): { low: string; high?: string } {
  if (rate.basis === 'fixed') return rate.high ? { low: rate.low, high: rate.high } : { low: rate.low };
  const base = rate.tenor === '5y' ? lpr.fiveYear : lpr.oneYear;
  return { low: addBasisPoints(base, rate.spreadBp) };
}

/** base% + bp/100, exactly, on decimal strings (no floating point: 3.0 − 1.5 must be 1.5). */
export function addBasisPoints(base: string, bp: number): string {
  const [i = '0', f = ''] = base.split('.');
  const hundredths = BigInt(i + (f + '0000').slice(0, 4)) + BigInt(Math.round(bp * 100));
  const negative = hundredths < 0n;
  const abs = (negative ? -hundredths : hundredths).toString().padStart(5, '0');
  const out = `${abs.slice(0, -4)}.${abs.slice(-4)}`.replace(/\.?0+$/, '');
  return (negative ? '-' : '') + out;
}

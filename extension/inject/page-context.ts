/**
 * What the page as a whole says about the offers on it: a news article or notice, a comparison of several lenders,
 * a forum thread, a government page, and the currency it writes most. Read from metadata where the page has it and
 * from its own text where it has none (many news pages carry no og:type or byline).
 */
import { dominantCurrency, localCurrency } from '../detector/amount.ts';
import { foldHan } from '../detector/fold.ts';
import { loanName, PROGRAMME_HEADING_RE, titledFacilities, titledLoans, type PageContext } from '../detector/detect.ts';
import { contactAfter, englishLendersNamed } from '../detector/lenders.ts';
import { reportSigns } from '../detector/report.ts';
import {
  ENTERPRISE_RE,
  INSURANCE_PRODUCT_RE,
  LENDER_RE,
  LOAN_KIND_RE,
  LOAN_PRODUCT_RE,
  PERSONAL_RE,
} from '../detector/vocabulary.ts';
import { matchesOf } from '../detector/matches.ts';

/** Lines a news or notice page carries around its article. */
const NEWS_MARKERS =
  /发布时间|发布日期|发文日期|来源[:：]|作者[:：]|责任编辑|编辑[:：]|阅读量|浏览次数|浏览量|打印本页|关闭窗口|【\s*大\s*中\s*小\s*】|字号|上一篇|下一篇|相关新闻|相关阅读|新闻中心|新闻动态|\bPublished\b|\bPosted on\b|\bSource\s*:|\bmin read\b|\bShare this (?:article|story)\b|\bRelated (?:articles|stories|news)\b|\bBy [A-Z][a-z]+ [A-Z][a-z]+/g;
/**
 * A site paid by the lenders it lists says so ("Advertiser Disclosure: … may be compensated when you click on links to
 * products", "CreditDonkey is a comparison and reviews site"): its rates are a market's, whatever one page covers.
 * (Read in the page's leading text, as every page-level sign is: a disclosure at the top, or in the footer of a page
 * of ordinary length.)
 */
const PAID_LISTING_RE =
  /\badvertiser disclosure\b|\bmay (?:be compensated|receive (?:compensation|a commission))\b|\bis an? (?:comparison|reviews?)(?: and reviews?)? (?:site|website)\b/i;
/** A lender the list of big banks does not know: a rural or city bank, a credit union, a microlender, an online bank. */
const LOCAL_LENDER_RE = /(?:农商|农信|村镇|商业|城商|农村)银行|信用社|信用合作|小额贷款公司|小贷公司|微众|网商/;

/** A question about the usual level of something: "…一般在什么水平？", "What is the typical rate…?". */
const TYPICAL_QUESTION_TITLE =
  /(?:一般|通常|大概|大约|平均|普遍)[^？?]{0,12}[？?]|\b(?:typical(?:ly)?|average|usually)\b[^?]{0,40}\?/i;
/** A heading asking a question ("…的利率是多少？", "…怎么申请", "what is a business loan?"). */
const QUESTION_TITLE = /[?？]|是多少|多少钱|怎么样|怎么办|怎么申请|如何申请|吗$|\b(?:what|how|which|why)\b/i;

/** Section headings of a guide to taking a loan up: its terms, who may apply, how, with what. */
const GUIDE_SECTIONS =
  /(?:^|\s|[一二三四五六七八九十\d][、.．]\s*)(?:产品介绍|产品简介|产品特点|产品要素|申请条件|申贷条件|准入条件|办理条件|办理流程|申请流程|申贷步骤|申请步骤|办理步骤|所需材料|申请材料)(?=\s|[:：])/g;
/** News words in a title, and a newspaper's name ("浙江科技报 - …", "…_经济日报"). */
const NEWS_TITLE =
  /新闻|资讯|快讯|报道|要闻|动态|公告|发布|解读|观察|(?:日|晚|早|时|商|周|导|科技|金融|经济|财经)报(?:\s*(?:[-_|｜—–]|$))|\bnews\b|\barticle\b|\bpress\b/i;
/** A news section's address; a CMS's generic content path (/article-123, /info/, /content/, /detail/) says nothing. */
const NEWS_PATH = /\/(?:news|xinwen|xwzx|zixun|press|media|gonggao|tzgg|zcjd)\b/i;
const COMPARISON_TITLE =
  /对比|比较|排行|排名|测评|评测|横评|去哪(?:里)?(?:借|贷)|(?:[2-9]|\d{2}|[两三四五六七八九十])家(?:平台|银行|机构)|哪家(?!(?:平台|银行|公司|机构)?的)|怎么选|如何选|选哪(?:家|个|款|一?种(?:贷款|产品))|哪个好|\bhow to choose\b|\bwhich (?:is|are) (?:the )?best\b|\bcompar(?:e|ison)\b|\btop \d+|\bvs\.?\b|\brates? (?:table|round-?up)\b/i;
/** "Best" or "best" in a title; "BEST" is a name ("BEST - Credit Division", an enterprise fund's acronym). */
const BEST_TITLE = /\b[Bb]est\b/;
/**
 * Words of an overview ("一览", "大全", "reviews"; one "Review: OCBC Temporary Bridging Loan" is of one product): a
 * round-up's when the heading names no one product, but
 * "首贷通：申请门槛、额度利率与办理流程一览" is one product's terms laid out.
 */
const OVERVIEW_TITLE = /一览|汇总|盘点|大全|一次看懂|\breviews\b/i;
/** "小贷公司有哪几类", "小额贷款公司定义与类型详解": an explainer of a class of loans or lenders, each with typical rates. */
const LOAN_TYPES_TITLE = /有哪几类|有哪些类型|有哪几种类型|有哪些种类|类型详解|种类详解|分类详解|的类型|的种类|的分类/;
/** "… - 融360", "…_口子大全", "… | 某银行": the site's name after the last separator says nothing of the page. */
const TITLE_SEPARATOR = /\s*(?:[|｜_—–]|\s-\s)\s*/;

/** A title's own words, its first part, and the site's name after its last separator (none when it has no separator). */
function titleParts(title: string): { own: string; first: string; site?: string } {
  const parts = title.split(TITLE_SEPARATOR);
  return parts.length > 1
    ? { own: parts.slice(0, -1).join(' '), first: parts[0]!, site: parts.at(-1)! }
    : { own: title, first: title };
}
const FORUM =
  /知乎|论坛|贴吧|问答|社区|\bbbs\b|\bforum\b|\breddit\b|\bQ&A\b|(?<!\bfrequently asked |\byour )\bquestions?\b(?! answered)|楼主|网友|回复|点赞|upvote|posted by/gi;
/** People posting and answering. */
const POST_WORDS = '楼主|回复|点赞|跟帖|upvote|posted by|\\breplies\\b|\\banswered\\b';
/** What only a thread has: posts, or 网友 (a loan portal named 社区 also publishes product articles). */
const THREAD = new RegExp(`${POST_WORDS}|网友`, 'i');
/**
 * Posts on a page whose site is named 社区: not 网友, which its own articles use too ("网友提问", "社区网友整理"), nor
 * a like button (点赞, "upvote"), which its articles carry too.
 */
const POSTS = /楼主|回复|跟帖|posted by|\breplies\b|\banswered\b|最佳答案|提问者/i;
/**
 * A lender's page of answers to its customers' questions ("Growth Loan FAQ – Questions from…", "常见问题", "Start Up
 * Loan questions answered", "Your Start Up Loan questions").
 */
const FAQ_TITLE =
  /\bFAQs?\b|frequently asked|常见问题|常見問題|\bquestions answered\b|\byour\b[^|–—]{0,40}\bquestions\b/i;
/** A site's name that makes every page of it a thread (a 社区 may also publish articles). */
const THREAD_SITE = /论坛|贴吧|问答|知乎|\bbbs\b|\bforum\b|\bQ&A\b/i;
/**
 * A comments section under a post ("12 Comments", WordPress's "3 thoughts on this post"): its figures are readers'
 * talk (a bank's product page has none).
 */
const COMMENT_SECTION =
  /\bComments?\s*\(\d+\)|\d+\s+Comments\b|\b[1-9]\d*\s+(?:thoughts|responses|replies)\s+(?:on|to)\b|Leave a (?:comment|reply)|Post (?:a )?Comment|发表评论|评论\s*[(（]\d+[)）]|网友评论|全部评论|我要评论|条评论/i;
/** A CMS's empty comments box ("发表评论 … 暂无评论", "暂时还没有人评论", "0条评论", "Be the first to comment"): nobody has talked. */
const NO_COMMENTS =
  /(?:暂无|暂时还?没有|还没有|尚无|没有)(?:人|任何)?(?:评论|留言)|抢沙发|(?<![\d.])0\s*条评论|评论\s*[(（]0[)）]|\b(?:There are )?No comments(?: yet)?\b|\bBe the first to (?:comment|reply)\b|(?<![\d.])\b0 Comments\b|\bComments?\s*\(0\)/i;
const COMMENT_WORDS = /comment|repl(?:y|ies)|评论|回复|留言|跟帖|楼主|網友|网友|回覆/i;
/**
 * A market page speaks of lenders and providers; a lender speaks of itself ("we", "our"). Counted on English pages
 * only: Chinese round-ups of several banks' products are weighed block by block. The lenders a lender of last resort
 * sets itself against ("unable to get finance from banks and commercial lenders") or calls itself ("a not-for-profit
 * lender") are no market it lists.
 */
const THIRD_PARTY =
  /(?<!\b(?:commercial|mainstream|traditional|conventional|high[- ]street|other|not-for-profit|non-profit) )\blenders?\b|\bproviders?\b|\bbrokers?\b/gi;
const FIRST_PARTY = /\bwe\b|\bour\b|\bus\b/gi;
/** A lender speaking of the loans it makes: "Our SME loan products", "our business loans", "we lend to". */
const OWN_LOANS_RE =
  /\bour (?:[\w-]+ ){0,3}(?:loans?|financing|facilit(?:y|ies)|lending)(?: products?)?\b|\bwe (?:lend|offer (?:[\w-]+ ){0,3}loans?)\b/i;
/**
 * A programme's partner banks, named in one sentence with their number ("省工信厅联合…工商银行、农业银行…等6家商业银行，
 * 共同推出了18个专属产品方案"): the lenders behind one programme's products, not a round-up of a market's.
 */
const PARTNER_BANKS = /(?:联合|会同|携手)[^。；！？]{0,80}?等?[0-9一二三四五六七八九十]+家(?:商业|合作)?银行/g;
/** A rule's title ("…管理办法", "…的通知"); "申请办法" and "办理办法" are how to apply, not a rule. */
const POLICY_TITLE = /通知|(?<!申请|办理|操作|还款|计算)办法|细则|公告|条例|\bscheme rules\b/i;
const BANKS =
  /工商银行|建设银行|农业银行|中国银行|交通银行|招商银行|邮储银行|邮政储蓄银行|浦发银行|中信银行|光大银行|民生银行|兴业银行|平安银行|华夏银行|广发银行|北京银行|北京农商银行|微众银行|网商银行|宁波银行|江苏银行|上海银行|杭州银行|南京银行|\bHSBC\b|\bBarclays\b|\bLloyds\b|\bNatWest\b|\bSantander\b|\bDBS\b|\bOCBC\b|\bUOB\b|Standard Chartered|\bCiti(?:bank)?\b|Wells Fargo|\bChase\b|Bank of America|Hang Seng|恒生|汇丰|渣打|星展|大华银行|华侨银行/gi;

/**
 * How a market page speaks of offers: of banks and lenders in general ("rates vary across banks", "many banks and
 * lenders offer them", "charges depend on the lender", "a number of Indian lenders", 各家银行), of typical or
 * indicative rates. A lender speaks of its own product ("rates depend on the Bank" is one bank on itself: lenders
 * and providers only).
 */
const MARKET_RE =
  /\b(?:across|among|between|different|various|many) (?:(?:the |all )?(?:participating|partner|major|leading|local) )?(?:banks|lenders|providers|financial institutions)\b|\b(?:depends?|vary|varies|differs?) (?:on|by|from|with|across|between) (?:the |each |one )?(?:lenders?|providers?)\b|\bfrom (?:bank|lender) to (?:bank|lender)\b|\bnumber of (?:[A-Z][a-z]+ )?(?:lenders|banks)\b|\b(?:typical|illustrative)\b[^.]{0,40}\brates\b|\bwhat'?s typical\b|\bbanks and (?:lenders|NBFCs|financial institutions|non-banks?)\b|不同银行|各家银行|各银行|多家银行|各大银行/gi;

/**
 * A main heading naming one lender by name ("Riverside Rural Bank Enterprise Scheme", "某某银行科创贷") and one of its
 * loans or schemes, and asking nothing: the page is given over to that lender's offer, and a passing "rates differ
 * between banks" in its advice is no round-up of the market; a page that speaks of the market again and again, or a
 * heading that names banks in general ("…，银行也有"), still is one.
 */
const NAMED_BANK_RE = /\b[A-Z][\w&'-]*\s+(?:[A-Z][\w&'-]*\s+)*Bank\b|\p{Script=Han}{2}银行/gu;
const LOAN_OR_SCHEME_RE = /\b(?:scheme|loans?|financ(?:e|ing)|facility)\b|贷|计划/i;
/** A fund by its name ("California Rebuilding Fund"): a programme, as PROGRAMME_HEADING_RE's words are. */
const NAMED_FUND_RE = /\b[A-Z][\w'-]* Fund\b/;

function oneLenderHeading(h1: string): boolean {
  return (h1.match(NAMED_BANK_RE) ?? []).length === 1 && LOAN_OR_SCHEME_RE.test(h1) && !/[?？]/.test(h1);
}

/**
 * A main heading that is one loan's proper name and nothing else: a lender's or a scheme's name before the loan words
 * ("UGAFODE Business Loan", "Agrobank Term Financing-i", "百分百擔保特惠貸款"), not a kind of loan ("Business Loans",
 * "企业贷款") and no question. The page is given over to that loan: the market talk of its advice ("rates vary by
 * lender"), the partners it names and a comparison site's tagline in the title ("… - Compare Business Financing") are
 * the guide's, not a round-up's.
 */
const NAMED_LOAN_ZH_RE = /^[\p{Script=Han}A-Za-z0-9]{2,12}贷款?$/u;
const NAMED_LOAN_EN_RE =
  /^(?!(?:business|m?smes?|micro\w*|small|medium|commercial|term|secured|unsecured|working|corporate|company|enterprise|our|the|your|government|start-?ups?|new|flexible|fast|quick|personal|home|car|auto|equipment|asset|invoice|bridg\w*|green|agri\w*|farm\w*|trade|export|import|merchant|property|emergency|covid\w*|recovery|growth|expansion|franchise|special|standard|instant|online|digital|short|long|fixed|variable|low|best|top)\b)[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3}\s+(?:loans?|financ(?:e|ing)(?:-i)?|facility|credit line|line of credit)$/i;

function namedLoanHeading(h1: string): boolean {
  const name = h1.trim();
  if (!name || name.length > 40) return false;
  return (NAMED_LOAN_ZH_RE.test(name) || NAMED_LOAN_EN_RE.test(name)) && !LOAN_KIND_RE.test(name);
}

/** A heading or title given over to one lender's loan or to one programme: its lenders are that loan's or partners. */
function ownScheme(heading: string): boolean {
  return oneLenderHeading(heading) || PROGRAMME_HEADING_RE.test(heading);
}

/**
 * "Indicative rates" on a market page are the market's; on a lender's own page ("Indicative interest rates will range
 * from 8% to 14%" in a bank's lending policy) they are that lender's offer, stated with a caveat.
 */
const INDICATIVE_ALL_RE = /\bindicative\b[^.]{0,40}\b(?:rates|ranges)\b/gi;
/** A lender's own statement of whom it lends to: enterprises. */
const LENDS_TO_ENTERPRISES =
  /\b(?:lend(?:s|ing)?|loans?) to (?:(?:small|medium|micro|local|private)[- ]?(?:and |& |, )?)*(?:enterprises|businesses|SMEs|MSMEs|firms|companies)\b/i;
/** Case-sensitive on purpose: "US" is a country, not the page's voice. */
const WE_OR_OUR = /\b[Ww]e\b|\b[Oo]ur\b/g;
/** A bank referring to itself ("The Bank sets…") or a generic word: no bank's name. */
const NOT_A_NAME = /^(?:the|this|our|a|your|any|each|every|partner|central)$/i;

/**
 * The page speaks as one lender: in its own voice (we, our, more often than of lenders or providers), or naming one
 * bank only, the one its title names (a development bank's policy page says "the Bank" of itself).
 */
function speaksAsOneLender(text: string, title: string, thirdParty: number): boolean {
  const voice = (text.match(WE_OR_OUR) ?? []).length;
  if (voice >= 2 && voice > thirdParty) return true;
  // A run of capitalised menu words may lead a name ("Contact Development Bank"): the word before "Bank" names it.
  const names = new Set<string>();
  for (const m of text.match(NAMED_BANK_RE) ?? []) {
    const word = /(\S+)\s+Bank$/.exec(m)?.[1];
    if (word && !NOT_A_NAME.test(word)) names.add(`${word} Bank`);
  }
  const [name] = names;
  return names.size === 1 && title.includes(name!);
}

/**
 * A guide that sorts a market's loans into types ("Types of Business Loans in Kenya", "the kinds of SME loans on
 * offer"), each with typical ranges: it describes loans in general, offers none. Weighed only where the page does
 * not speak as a lender ("the types of business loans we offer").
 */
const LOAN_TYPES_RE = /\b(?:types|kinds) of (?:[A-Za-z-]+ ){0,3}(?:loans|financing|finance)\b/i;

/**
 * "Rates in Singapore", "rates in the UK": a place's market (case-sensitive: "rates in effect" is no place; "rates in
 * TJS" is one offer's rates in a currency).
 */
const RATES_IN_PLACE = /\b[Rr]ates in (?:the )?(?![A-Z]{3}\b)[A-Z][A-Za-z]+/;

/**
 * The top of a page tells its kind (title, byline, date line, menus): this many characters of its text are read.
 * A portal's header and menus run to a few thousand characters and a story's byline and date line come in its first
 * screen; none of the corpus's real pages has more than 5,115 characters of text. Reading the text and testing it
 * costs in proportion: 30,000 characters (the earlier figure) took 3-6 ms of the 16 ms a 20,000-node page may take.
 */
export const PAGE_TEXT_CHARS = 12_000;

export function pageContext(doc: Document, bodyText: string): PageContext {
  const h1 = foldHan((doc.querySelector('h1')?.textContent ?? '').normalize('NFKC'));
  const docTitle = foldHan(doc.title.normalize('NFKC'));
  const title = `${docTitle} ${h1}`;
  const { own: titleOwn, first: titleFirst, site: siteName } = titleParts(docTitle);
  const ownTitle = `${titleOwn} ${h1}`;
  // A page without a main heading names its product in its title's first part ("专利执行保险_科技保险_中国人保财险官网",
  // its name shown in a banner box).
  // (A heading that is one loan's own name, "Agrobank Term Financing-i", names the page's product though no word list
  // knows it.)
  const inHeading = singleProduct(h1);
  // (Only on a page titled for business: "ZA Bank Loan" and "CDFI Loans" name a bank's personal or home loans too.
  // search() ignores the shared global regexes' lastIndex.)
  const businessTitle = title.search(ENTERPRISE_RE) >= 0 && title.search(PERSONAL_RE) < 0;
  const headingIsName = namedLoanHeading(h1);
  const ownName =
    businessTitle && headingIsName ? { kind: 'loan' as const, words: h1.trim().toLowerCase() } : undefined;
  const kindOnly = inHeading?.kind === 'loan' && LOAN_KIND_RE.test(inHeading.words);
  const product =
    (kindOnly ? (ownName ?? inHeading) : (inHeading ?? ownName)) ?? (h1.trim() ? undefined : singleProduct(titleFirst));
  const namedProduct = product?.kind === 'loan' && !LOAN_KIND_RE.test(product.words);
  const text = foldHan(bodyText.slice(0, PAGE_TEXT_CHARS).normalize('NFKC'));
  const ctx: PageContext = {};
  // Metadata lives in <head>: looking there spares a walk over a long body.
  const ogType = (doc.head ?? doc).querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim();
  // "上一篇" and "下一篇" are one marker: the links between a site's posts, a blog's as much as a newsroom's.
  const markers = new Set((text.match(NEWS_MARKERS) ?? []).map((m) => m.toLowerCase().replace('下一篇', '上一篇')))
    .size;
  // A story's own voice (attributions, a dateline) tells a report without any markup: two signs make one.
  const report = reportSigns(text);
  let signs = report === 1 ? 1 : 0;
  if (ogType && /^article$/i.test(ogType)) signs++;
  if (markers >= 2) signs++;
  const newsTitle = NEWS_TITLE.test(title) || NEWS_PATH.test(location.pathname);
  if (newsTitle) signs++;
  if (doc.getElementsByTagName('article').length && doc.querySelector('article h1, article h2')) signs++;
  // A byline alone proves nothing: its selectors walk the whole document, so they are tried only when another
  // sign makes it count.
  if (
    signs > 0 &&
    doc.querySelector(
      '[itemprop="author"], .byline, [rel="author"], meta[property="article:published_time"], [itemprop="datePublished"]',
    )
  )
    signs++;
  // One sign proves little (a bank's product page may have a date line or a "news" link in its menu); two make a
  // page that reads like a report (its blocks need one more sign of their own); three make it one.
  // Text that says nothing of a report: no reporter's voice, no source or editor lines.
  const quietText = !report && markers < 2;
  // Without a reporter's voice, two things make a page no more than one sign short of a report:
  // - a guide's sections ("产品介绍", "申贷条件", "申请流程") under a portal's date, author and source lines: they tell a
  //   borrower how to take the loan up;
  // - markup alone, in quiet text with no news title: a bank's FAQ or product page carries og:type, <article> and a
  //   publishing time as a story does, and a story says so in its text too.
  if (!report && ((text.match(GUIDE_SECTIONS) ?? []).length >= 2 || (quietText && !newsTitle)))
    signs = Math.min(signs, 2);
  // A page headed by one product's name ("中国银行税贷多久出结果？…利息多少？") in quiet text is an adviser's page on that
  // product (ctx.productGuide: its article is no report around the terms for the averages it quotes).
  // ("Growth Loan", a loan's title-cased name no word list knows, is one product's name too.)
  const titled = product ? undefined : titledLoan(h1);
  const productGuide = quietText && (namedProduct || titled !== undefined);
  // A reporter's voice alone (a source quoted twice: "信保基金表示，…", "信保基金强调，…") makes a page read like a
  // report too: a block quoting the source again is the story's.
  if (signs >= 3 || report >= 2) ctx.news = 2;
  else if (signs >= 2 || report) ctx.news = 1;
  const banks = banksNamed(doc, text);
  // A round-up names many lenders; a risk-pool or guarantee page may list a few partner banks.
  const thirdParty = (text.match(THIRD_PARTY) ?? []).length;
  // Read once, when the indicative rates or the business-page test below need it (two passes over the text).
  let oneLender: boolean | undefined;
  const asOneLender = () => (oneLender ??= speaksAsOneLender(text, title, thirdParty));
  // How often the page speaks as "we" and "our": read once, when a market-page test below asks.
  let firstPartyCount: number | undefined;
  const firstParty = () => (firstPartyCount ??= (text.match(FIRST_PARTY) ?? []).length);
  // Read once each: the market-page tests below ask for them more than once.
  let lenders: number | undefined;
  const lendersNamed = () => (lenders ??= englishLendersNamed(text));
  const ownVoice = LENDER_RE.test(text);
  let alone: boolean | undefined;
  const lendsAlone = () => (alone ??= banks === 0 && lendersNamed() === 0 && OWN_LOANS_RE.test(text));
  const indicative = (text.match(INDICATIVE_ALL_RE) ?? []).length;
  const marketTalk = (text.match(MARKET_RE) ?? []).length + (indicative && !asOneLender() ? indicative : 0);
  // A lender comparing its own loans ("Business Loan for SMEs – compare secured, unsecured and equipment loans |
  // Westpac", in its own voice, naming no other lender) sets out its offers side by side: no market page.
  const comparesOwnLoans = () => banks <= 1 && lendersNamed() <= 1 && firstParty() >= 2 && thirdParty === 0;
  if (
    (COMPARISON_TITLE.test(ownTitle) && !comparesOwnLoans() && !(headingIsName && !COMPARISON_TITLE.test(h1))) ||
    BEST_TITLE.test(ownTitle) ||
    // (An overview of one programme's loans, "青年創業計劃與小型貸款計劃一覽", is that programme's guide.)
    (OVERVIEW_TITLE.test(ownTitle) && !product && !PROGRAMME_HEADING_RE.test(h1)) ||
    (LOAN_TYPES_TITLE.test(ownTitle) && ownTitle.search(BANKS) < 0) ||
    banks >= 5 ||
    lendersNamed() >= 5 ||
    // (A lender speaking of its own loans and naming no other, "Our SME loan products" beside "banks and NBFCs", is
    // no market page; an adviser speaking of what banks lend is one.)
    (marketTalk > 0 && ((!namedProduct && !ownScheme(h1)) || marketTalk >= 2) && !lendsAlone()) ||
    RATES_IN_PLACE.test(text) ||
    PAID_LISTING_RE.test(text) ||
    (LOAN_TYPES_RE.test(text) && !ownVoice && firstParty() === 0) ||
    // A page given over to one named scheme ("SBA Microloan Program"), or to one lender's loan ("KCB Bank Kenya
    // Limited MSME Loan Offer" on a portal: "Lender: KCB…"), speaks of the lenders that make it; a page headed by a
    // kind of loan ("Business Loans") that speaks of lenders is a market's.
    (thirdParty >= 3 &&
      thirdParty > firstParty() &&
      !namedProduct &&
      !ownScheme(h1) &&
      !ownScheme(titleOwn) &&
      !NAMED_FUND_RE.test(titleOwn))
  )
    ctx.comparison = true;
  if (businessTitle) ctx.businessPage = true;
  // A lender stating in its own voice that it lends to enterprises (a development bank's lending policy) writes of
  // business loans when it says "its loans", whatever its title.
  else if (LENDS_TO_ENTERPRISES.test(text) && text.search(PERSONAL_RE) < 0 && asOneLender()) ctx.businessPage = true;
  // A thread: forum words, or several comment or reply blocks in the markup.
  // Comment markup is looked for only where the text speaks of comments or replies (attribute selectors walk the
  // whole document).
  const comments = COMMENT_WORDS.test(text)
    ? doc.querySelectorAll('[class*="comment" i], [id*="comment" i], [class*="reply" i], [class*="post-author" i]')
        .length
    : 0;
  // A site's name in the title (卡农社区, …论坛) makes a page a thread only when it reads like one, or when its heading
  // is not one product's: a portal's article on one product states that product's terms.
  // Only in the site's name after the title's last separator ("…_卡农社区贷款频道"), 社区 makes a thread of a page
  // that has posts, or whose own title names no one product (a site named 问答 or 论坛 is one of threads).
  const siteNameOnly =
    siteName !== undefined && siteName.search(FORUM) >= 0 && ownTitle.search(FORUM) < 0 && !THREAD_SITE.test(siteName);
  // The site's own name in its header, menus and footer ("卡农社区" six times) is not its readers talking.
  const brand = siteNameOnly ? /[\p{Script=Han}A-Za-z0-9]{0,6}社区/u.exec(siteName)?.[0] : undefined;
  const forumText = brand ? text.split(brand).join(' ') : text;
  // (A lender's FAQ, "Growth Loan FAQ – Questions from…", answers its customers: no thread by its title; a site named
  // a forum is one of threads, whatever a page's title.)
  const threadByTitle =
    !(FAQ_TITLE.test(title) && !THREAD_SITE.test(siteName ?? '')) &&
    (siteNameOnly
      ? !(product ?? singleProduct(titleOwn)) || POSTS.test(text)
      : title.search(FORUM) >= 0 && (!product || THREAD.test(text)));
  if (
    threadByTitle ||
    ((forumText.match(FORUM) ?? []).length >= 6 && THREAD.test(forumText)) ||
    comments >= 3 ||
    (COMMENT_SECTION.test(text) && !NO_COMMENTS.test(text))
  )
    ctx.forum = true;
  if (POLICY_TITLE.test(title)) ctx.noticeTitle = true;
  if (/\.gov\.cn$|\.gov$|\.gov\.[a-z]{2}$/i.test(location.hostname) || ctx.noticeTitle) ctx.policy = true;
  const lang = doc.documentElement.lang || '';
  const local = localCurrency(lang, text);
  // "中小企业贷款的利率是多少?": a question about a kind of loan, answered without naming any lender, tells what the
  // market charges (an answer's ranges, "银行渠道…网贷平台…"), and offers nothing.
  // So is a question about what a loan usually costs ("企业税贷的年利率一般在什么水平？"), whichever loan it names.
  if (
    ((product && LOAN_KIND_RE.test(product.words)) || TYPICAL_QUESTION_TITLE.test(h1)) &&
    QUESTION_TITLE.test(h1) &&
    !banks &&
    !lendersNamed() &&
    !LOCAL_LENDER_RE.test(text) &&
    !ownVoice &&
    !lendsAlone()
  )
    ctx.comparison = true;
  if (product && !ctx.comparison && !ctx.forum) {
    ctx.pageProduct = product;
    if (productGuide) ctx.productGuide = true;
  }
  if (titled && !ctx.comparison && !ctx.forum) {
    ctx.titledPageLoan = titled;
    if (productGuide) ctx.productGuide = true;
  }
  if (h1.trim() && !ctx.comparison && !ctx.forum) ctx.headline = h1.trim();
  if (ownVoice) ctx.lender = true;
  const country = countryCurrency(location.hostname, lang);
  const currency = dominantCurrency(text, country);
  if (currency && currency !== 'CNY') ctx.currency = currency;
  else if (local) ctx.currency = local;
  else if (currency) ctx.currency = currency;
  // A page writing no currency at all is in its country's, when its address or language names one.
  else if (country) ctx.currency = country;
  return ctx;
}

/** Currencies of the countries whose addresses (ccTLD) or language tags ("en-LK") a page may carry. */
const COUNTRY_CURRENCIES: Record<string, string> = {
  cn: 'CNY',
  hk: 'HKD',
  mo: 'MOP',
  tw: 'TWD',
  sg: 'SGD',
  my: 'MYR',
  in: 'INR',
  lk: 'LKR',
  np: 'NPR',
  pk: 'PKR',
  bd: 'BDT',
  ke: 'KES',
  ng: 'NGN',
  gh: 'GHS',
  ug: 'UGX',
  tz: 'TZS',
  za: 'ZAR',
  uk: 'GBP',
  gb: 'GBP',
  au: 'AUD',
  nz: 'NZD',
  ca: 'CAD',
  ph: 'PHP',
  th: 'THB',
  id: 'IDR',
  vn: 'VND',
  kr: 'KRW',
  jp: 'JPY',
  gd: 'XCD',
  lc: 'XCD',
  vc: 'XCD',
  dm: 'XCD',
  ag: 'XCD',
  kn: 'XCD',
  jm: 'JMD',
  tt: 'TTD',
  bb: 'BBD',
  bs: 'BSD',
  bz: 'BZD',
  gy: 'GYD',
  fj: 'FJD',
  mu: 'MUR',
};

/** The currency of the page's country by its host's country code ("sdb.lk") or its language's region ("en-NP"). */
export function countryCurrency(hostname: string, lang: string): string | undefined {
  const tld = /\.([a-z]{2})$/i.exec(hostname)?.[1]?.toLowerCase();
  const region = /^[a-z]{2,3}-(?:[a-z]{4}-)?([a-z]{2})\b/i.exec(lang)?.[1]?.toLowerCase();
  return (tld && COUNTRY_CURRENCIES[tld]) || (region && COUNTRY_CURRENCIES[region]) || undefined;
}

/** Another name of the same bank: one lender however it is written. */
const BANK_ALIASES: Record<string, string> = {
  邮政储蓄银行: '邮储银行',
  恒生: 'hang seng',
  汇丰: 'hsbc',
  渣打: 'standard chartered',
  星展: 'dbs',
  华侨银行: 'ocbc',
  大华银行: 'uob',
  citi: 'citibank',
};

/**
 * How many lenders the page names in its own text. A name met only in links ("类似产品推荐", "延伸阅读", a sidebar of
 * hot products) is the site's navigation, not a lender whose terms the page sets out: a product page on a loan portal
 * links to five other banks' products without comparing them.
 */
function banksNamed(doc: Document, text: string): number {
  const inText = countBanks(text.replace(PARTNER_BANKS, ' '), new Map(), true);
  // Links are read only where the count could make a comparison (a walk over every link costs time on big pages).
  if (inText.size < 5) return inText.size;
  const inLinks = new Map<string, number>();
  for (const a of doc.links) countBanks(foldHan((a.textContent ?? '').normalize('NFKC')), inLinks);
  let named = 0;
  for (const [name, n] of inText) if (n > (inLinks.get(name) ?? 0)) named++;
  return named;
}

/**
 * Adds each bank the text names, under one name per bank, to `counts`. With `butContacts`, a bank named with a
 * contact's telephone right after it ("中国建设银行 连佳斌 15888802636": a scheme's partner banks to call) is left
 * out: a list of whom to call compares no terms.
 */
function countBanks(text: string, counts: Map<string, number>, butContacts = false): Map<string, number> {
  for (const found of matchesOf(BANKS, text)) {
    const m = found[0];
    if (butContacts && contactAfter(text, found.index + m.length)) continue;
    const name = BANK_ALIASES[m.toLowerCase()] ?? m.toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** Whether a main heading is short enough to be a product's name and names no personal product. */
function headingMayNameProduct(h1: string, maxChars = 60): boolean {
  return Boolean(h1) && h1.length <= maxChars && h1.search(PERSONAL_RE) < 0;
}

/** The one loan a main heading names in English title case ("Growth Loan"), singular and in lower case. */
function titledLoan(h1: string): string | undefined {
  // (An English headline runs longer in letters than a Chinese one: "A plain guide to BNM's Business Recapitalisation
  // Facility (BRF)".)
  if (!headingMayNameProduct(h1, 100)) return undefined;
  // (A facility's title-cased name is a loan's too: "A plain guide to BNM's Business Recapitalisation Facility".)
  const names = new Set([...titledLoans(h1), ...titledFacilities(h1)].map(loanName));
  return names.size === 1 ? [...names][0] : undefined;
}

/** A lender's product named in quotes after it (on folded text: 銀行 reads as 银行). */
const QUOTED_AFTER_LENDER_RE = /(?:银行|农商行|信用(?:联)?社|农信)\s*[“"「『]([^”"」』]{2,12})[”"」』]/;
/** A heading's words about borrowing, on folded text (貸, 額度 read as 贷, 额度). */
const LOAN_HEADING_WORDS_RE = /贷|借款|融资|额度/;

/** The product a page's main heading names, when it names exactly one and no personal product. */
function singleProduct(h1: string): PageContext['pageProduct'] {
  if (!headingMayNameProduct(h1)) return undefined;
  const named = h1.match(LOAN_PRODUCT_RE) ?? [];
  // "福农快抵贷怎么办?福州农商银行抵押经营贷准入条件…": a product's name and the kind of loan it is name one product.
  const own = named.filter((m) => !LOAN_KIND_RE.test(m));
  const names = own.length === 1 && named.length > 1 ? own : named;
  // "中银企E贷·银税贷": a family's name and one of its products, joined by a dot, name one product.
  const subProduct = names.length === 2 && h1.replace(/\s*[·・•]\s*/g, '·').includes(`${names[0]}·${names[1]}`);
  const loans = new Set((subProduct ? names.slice(1) : names).map((m) => m.toLowerCase()));
  const insurance = new Set((h1.match(INSURANCE_PRODUCT_RE) ?? []).map((m) => m.toLowerCase()));
  // A lender's product named in quotes, whose name has no loan word ("江门农商银行“三农易&小微易”怎么申请？额度、利率…"):
  // the heading's talk of limits or loans says what it is.
  if (loans.size + insurance.size === 0 && LOAN_HEADING_WORDS_RE.test(h1)) {
    const quoted = QUOTED_AFTER_LENDER_RE.exec(h1)?.[1];
    if (quoted) return { kind: 'loan', words: quoted };
  }
  if (loans.size + insurance.size !== 1) return undefined;
  const [words] = [...loans, ...insurance];
  return { kind: loans.size ? 'loan' : 'insurance', words: words! };
}

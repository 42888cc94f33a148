/** The page-level reading (inject/page-context.ts), in Chromium on real documents (the extension runs in the e2e tests). */
import { PAGE_TEXT_CHARS, pageContext } from '../../extension/inject/page-context.ts';
import { Scanner, leadingText } from '../../extension/inject/scanner.ts';
import { createHost, placeHost } from '../../extension/inject/host.ts';
import type { Offer } from '../../extension/detector/detect.ts';

function ctx(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return pageContext(doc, leadingText(doc.body, PAGE_TEXT_CHARS));
}
function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

describe('pageContext: news', () => {
  it('a bank product page with a site-wide <meta name="author"> and <article> product cards is not a news report', () => {
    const c = ctx(`<html><head><meta name="author" content="示例银行"></head><body>
      <article class="product"><h3>经营贷</h3><p>年化利率3.45%，最高500万元</p></article>
      <article class="product"><h3>科技贷</h3><p>年化利率3.2%，最高1000万元</p></article></body></html>`);
    assert(!c.news, 'a bank page read as news: its offers would get no badge');
  });
  it('a report with a publication date and its headline in an <article> reads as news', () => {
    const c = ctx(`<html><head><meta property="article:published_time" content="2025-06-01"></head>
      <body><article><h1>多家银行下调经营贷利率</h1><p>科技贷年化利率低至3.2%</p></article></body></html>`);
    assert((c.news ?? 0) >= 1, 'a dated report not read as news');
  });
  it('metadata alone proves little: og:type=article needs a second sign, such as a byline', () => {
    assert(
      !ctx('<html><head><meta property="og:type" content="article"></head><body><p>x</p></body></html>').news,
      'og:type alone',
    );
    const both = ctx(
      '<html><head><meta property="og:type" content="article"></head><body><article><p class="byline">By A. Writer</p><p>SME loan rates</p></article></body></html>',
    );
    assert((both.news ?? 0) >= 1, 'og:type and a byline');
  });
  it('a page without metadata reads as news from its own lines (date, source, editor) and title', () => {
    const c = ctx(`<html><head><title>新闻中心 - 普惠金融动态</title></head><body><h1>普惠小微贷款余额同比增长</h1>
      <p>发布时间：2025-06-01 来源：本报 责任编辑：王五</p><p>新发放普惠小微企业贷款利率4.93%。</p></body></html>`);
    assert((c.news ?? 0) >= 1, 'a report without og:type not read as news');
  });
  it("a news section's address is a sign of a report; a CMS's generic article or info path is none", () => {
    const html = `<html><head><title>科创贷产品介绍</title></head><body><h1>科创贷</h1>
      <p>发布时间：2024-05-01 来源：本站</p><p>面向科技型中小企业，年化利率3.65%起，最高1000万元。</p></body></html>`;
    const at = (path: string) => {
      const was = location.pathname + location.search;
      history.replaceState(null, '', path);
      try {
        return ctx(html).news ?? 0;
      } finally {
        history.replaceState(null, '', was);
      }
    };
    assert(at('/news/2024/0501.html') >= 1, 'a page under /news/ not read as a report');
    for (const path of ['/article-99352.html', '/info/1039/1453.htm', '/content/detail/12.html'])
      assert(at(path) === 0, `${path} read as a news section`);
  });
});

describe('pageContext: a lender comparing its own loans (reword16 kind)', () => {
  it('"… – compare secured, unsecured and equipment loans | Westpac" in its own voice is no market page', () => {
    const own =
      ctx(`<html><head><title>Business Loan for SMEs – compare secured, unsecured and equipment loans | Westpac</title></head>
      <body><h1>Business loans for SMEs</h1><p>Talk to us about which of our loans suits your business.</p>
      <table><tr><th>Fixed rate unsecured business loan</th><td>Up to $75,000</td><td>4.48% p.a.</td></tr></table></body></html>`);
    assert(!own.comparison, 'a bank comparing its own loans read as a comparison page');
    const market = ctx(`<html><head><title>Compare business loans | LoanFinder</title></head>
      <body><h1>Business loans</h1><p>We compare rates from our panel of lenders so you can pick the best provider.</p></body></html>`);
    assert(market.comparison, 'a site comparing lenders not read as a comparison page');
  });
});

describe("pageContext: a page headed by one loan's own name (this session's kind)", () => {
  it('"UGAFODE Business Loan", a guide that speaks of the lender and of brokers, is that loan\'s page', () => {
    const guide =
      ctx(`<html><head><title>UGAFODE Microfinance Business Loan – rates, limits and fees | SenteGuide</title>
      </head><body><h1>UGAFODE Business Loan</h1><p>The lender lends to traders. Ask the lender, not a broker, and
      compare the lender's quote with what other providers ask.</p><p>Annual interest 51.4% a year.</p></body></html>`);
    assert(!guide.comparison, "a guide to one lender's loan read as a comparison");
  });
  it('"Agrobank Term Financing-i" under a comparison site\'s tagline ("… - Compare Business Financing") is its page', () => {
    const page =
      ctx(`<html><head><title>Agrobank Term Financing-i - Compare Business Financing in Malaysia - RinggitPlus
      </title></head><body><h1>Agrobank Term Financing-i</h1><p>Profit rate from 11% p.a.</p></body></html>`);
    assert(!page.comparison, "one product's page read as a comparison by its site's tagline");
    const market = ctx(`<html><head><title>Compare Business Financing in Malaysia - RinggitPlus</title></head>
      <body><h1>Business Financing</h1><p>Rates from 3.5% p.a.</p></body></html>`);
    assert(market.comparison, 'a comparison headed by a kind of loan not read as one');
    const named = ctx(`<html><head><title>百分百擔保特惠貸款申請支援｜TAI HK 中小企融資顧問</title></head><body>
      <h1>百分百擔保特惠貸款</h1><p>各銀行均可申請，現時年利率2.75%。</p></body></html>`);
    assert(!named.comparison, 'a guide to one named scheme read as a market page for "各銀行"');
  });
});

describe('pageContext: market pages and threads', () => {
  it('a page that speaks of lenders and providers more than of itself is a market page, not a lender', () => {
    const market = ctx(`<html><body><h1>Business loan interest rates</h1><h2>Compare rates</h2><p>Lenders charge more
      without security.</p><p>Rates depend on the provider.</p><p>Ask a broker or the lender.</p></body></html>`);
    assert(market.comparison === true, 'a market page read as a lender');
    const bank = ctx(`<html><body><h1>Business loans</h1><p>We lend to small firms. Our rates beat most lenders and
      providers; ask us, not a broker.</p><p>Our team will call you.</p></body></html>`);
    assert(!bank.comparison, "a bank's page read as a market page");
  });
  it('an article on a site named 社区 with a like button (点赞) is no thread', () => {
    const article = ctx(`<html><head><title>中行小微首户贷怎么申请？额度利率全解析 - 卡农社区</title></head><body>
      <nav>卡农社区 贷款口子 征信 问答</nav><h1>中国银行小微首户贷：额度、利率、准入与申请流程</h1>
      <p>最高可贷300万，年化利率3.45%。</p><div class="bar">点赞 12 收藏 转发</div></body></html>`);
    assert(!article.forum, 'an article with a like button read as a thread');
  });
  it("an adviser's page of indicative ranges across participating banks is a comparison", () => {
    const adviser = ctx(`<html><body><h1>Financing options for Singapore SMEs</h1>
      <section><h2>Working Capital Loan</h2><p>Interest 3.8% – 8.25% p.a., up to S$500,000.</p></section>
      <section><h2>Business Term Loan (Unsecured)</h2><p>Interest 4.2% – 10.88% p.a., up to S$1 million.</p></section>
      <p>All figures are indicative ranges observed across participating banks and can change without notice.</p>
      </body></html>`);
    assert(adviser.comparison === true, 'an adviser setting schemes side by side read as a lender');
  });
  it('a title asking which to choose (怎么选) is a guide across lenders', () => {
    assert(
      ctx('<html><head><title>小微企业经营贷怎么选？一次看懂</title></head><body></body></html>').comparison,
      '怎么选',
    );
  });
  it("a loan portal's article on one product is not a thread because the site is called a 社区", () => {
    const article = ctx(`<html><head><title>微众银行科创贷内容要素-卡农社区</title></head><body>
      <nav>论坛 问答</nav><h1>微众银行科创贷怎么测额？</h1><p>利率：年化4.35%-7.9%</p></body></html>`);
    assert(!article.forum, 'a product article read as a thread');
    const thread = ctx(`<html><head><title>科创贷利率多少-卡农社区</title></head><body><h1>科创贷利率多少？</h1>
      <p>楼主：年化4.35%能批吗</p><p>回复：我办的4.8%</p></body></html>`);
    assert(thread.forum === true, 'a thread not read as one');
  });
  it('a site named 社区 with 问答 in its menu is no thread when nobody posts or replies, however often it names itself', () => {
    const portal = ctx(`<html><head><title>某银行小微首户贷产品详情-卡农社区</title></head><body>
      <nav>卡农社区 · 贷款 · 问答</nav><p>卡农社区 搜索</p><h1>某银行小微首户贷：额度与利率</h1>
      <p>借款额度最高300万，年化利率3.45%。</p><p>以上为社区整理</p><aside>社区问答 卡农社区</aside></body></html>`);
    assert(!portal.forum, "a portal's product article read as a thread");
  });
  it('a table of rates from lenders no fixed list knows is a market round-up', () => {
    const rows = ['Indian Bank', 'Punjab National Bank', 'State Bank of India', 'Canara Bank', 'Union Bank of India']
      .map((b, i) => `<tr><td>${b}</td><td>${8 + i}.50% p.a. onwards</td></tr>`)
      .join('');
    const c = ctx(`<html><body><h1>MSME loan scheme: types and interest rates</h1>
      <table><tr><th>Bank / lender</th><th>Interest rate</th></tr>${rows}</table></body></html>`);
    assert(c.comparison === true, 'five lenders quoted side by side not read as a round-up');
  });
  it('a page that speaks of rates across banks, or of banks and lenders in general, is a market page', () => {
    const guide = ctx(`<html><body><h1>SME business loan interest rate in Singapore</h1><p>Business loan interest rates
      vary across banks and types of financing.</p><table><tr><td>Unsecured Business Term Loan</td><td>7% – 11% p.a.</td>
      </tr></table></body></html>`);
    assert(guide.comparison === true, "a guide to the market's rates read as a lender's page");
    const bank = ctx(`<html><body><h1>Business instalment loan</h1><p>No past due records with the Bank, other
      financial institutions or suppliers. We arrange the loan; one application.</p></body></html>`);
    assert(!bank.comparison, "a bank's own eligibility clause read as a market page");
  });
  it("one lender's scheme page with a passing 'rates differ between banks' is that lender's offer, not a round-up", () => {
    const scheme = `<h1>Riverside Cooperative Bank Small Industry Scheme</h1><p>Loans for workshops and traders.</p>
      <p>Rate of interest: 10.75% p.a.; limit Rs.40 lakh.</p>`;
    const once = ctx(`<html><body>${scheme}<p>Shop around: rates differ between banks.</p></body></html>`);
    assert(!once.comparison, 'one advice line read as a market round-up');
    const twice = ctx(`<html><body>${scheme}<p>Rates differ between banks.</p><p>Many lenders offer such schemes.</p>
      </body></html>`);
    assert(twice.comparison === true, 'a page speaking of the market twice read as one lender');
    const twoBanks = ctx(`<html><body><h1>Riverside Bank or Hill Bank: which small industry loan?</h1>
      <p>Rates differ between banks.</p></body></html>`);
    assert(twoBanks.comparison === true, 'a heading naming two banks read as one lender');
    const banksInGeneral = ctx(
      `<html><body><h1>中小企业贷款好办吗？政府有，银行也有</h1><p>各银行的利率不一。</p></body></html>`,
    );
    assert(banksInGeneral.comparison === true, 'a heading naming banks in general read as one lender');
    const chineseLender = ctx(`<html><body><h1>江河农商银行小微快贷</h1><p>年化利率4.2%起。</p>
      <p>温馨提示：各银行利率不同。</p></body></html>`);
    assert(!chineseLender.comparison, "one named bank's product page read as a round-up");
  });
  it('a page of typical or indicative rates, or of "rates in" a country, describes a market', () => {
    for (const html of [
      '<h1>Business loan rates: what is typical today?</h1><p>Typical interest rates by type of loan:</p>',
      '<h1>Working capital</h1><p>Indicative business term loan rates (EIR), by loan type:</p>',
      '<h1>SME business loan interest rates in Singapore</h1><p>Overdraft 9% – 12% p.a.</p>',
    ])
      assert(ctx(`<html><body>${html}</body></html>`).comparison === true, html);
    assert(
      !ctx('<html><body><h1>Business instalment loan</h1><p>Our rate: 6.5% p.a. Apply now.</p></body></html>')
        .comparison,
      "a lender's own rate read as a market's",
    );
    assert(
      !ctx('<html><body><h1>Business term loan</h1><p>Our rates in effect from 1 May: 6.5% p.a.</p></body></html>')
        .comparison,
      '"rates in effect" read as "rates in" a place',
    );
  });
  it("one bank's own names (its group's banks, menu words before them) are one lender, not a round-up", () => {
    const c = ctx(`<html><body><nav>About Us Hong Leong Bank · Careers Hong Leong Bank · Hong Leong Islamic Bank</nav>
      <h1>Bank Negara Schemes</h1><p>Malaysian SMEs Bank financing from Hong Leong Bank at 3.75% p.a.</p>
      <footer>Hong Leong Bank Berhad</footer></body></html>`);
    assert(!c.comparison, "a bank's page read as a round-up");
  });
});

describe('pageContext: single-product pages and comment sections', () => {
  it("a page whose main heading names one product lends it to the page's plans", () => {
    const c = ctx(
      '<html><body><h1>专利执行保险</h1><div class="plan"><h3>方案一</h3><p>基准保费：2000元</p></div></body></html>',
    );
    assert(
      c.pageProduct?.kind === 'insurance' && c.pageProduct.words === '专利执行保险',
      JSON.stringify(c.pageProduct),
    );
  });
  it('a heading naming two products, or a personal one, names no single product', () => {
    assert(!ctx('<html><body><h1>科技贷与科技保险</h1></body></html>').pageProduct, 'two products');
    assert(!ctx('<html><body><h1>个人消费贷</h1></body></html>').pageProduct, 'a personal product');
  });
  it("a portal's page on one lender's loan ('Lender: KCB…') speaks of its lender, not of a market", () => {
    const c = ctx(`<html><body><h1>KCB Bank Kenya Limited MSME Loan Offer</h1><div>Lender: KCB Bank Kenya Limited</div>
      <dl><dt>Interest rate</dt><dd>13%</dd><dt>Time banking with the lender</dt><dd>6 months</dd></dl>
      <footer>We compare financial products; each lender sets its own terms.</footer></body></html>`);
    assert(!c.comparison, "one lender's loan on a portal read as a market page");
  });
  it("one review of one loan is that loan's page; a page of reviews is a market's", () => {
    const one = ctx(`<html><head><title>Review: OCBC Temporary Bridging Loan for SMEs – Roshi</title></head>
      <body><h1>OCBC Temporary Bridging Loan – our review</h1><p>Interest rate p.a. 5%</p></body></html>`);
    assert(!one.comparison, 'a review of one loan read as a round-up');
    const many = ctx(`<html><head><title>SME lender reviews – Roshi</title></head>
      <body><h1>SME lender reviews</h1><p>Rates from 5% p.a.</p></body></html>`);
    assert(many.comparison === true, 'a page of reviews not read as a round-up');
  });
  it("a blog post with a comments section is readers' talk: its figures get no badge", () => {
    const c = ctx(`<html><body><h1>What is a good small business loan rate?</h1><p>The APR is the total yearly cost.</p>
      <h3>Comments (3)</h3><div class="card"><b>Marcus</b> · 9% sounds fine. Check the APR!</div></body></html>`);
    assert(c.forum === true, 'a comments section not read as talk');
  });
});

/** Runs the scanner over `html` as the page's body and returns each card it badged (its text) with the offer read. */
async function scanOffers(html: string, options: ScanOptions = {}): Promise<{ card: string; offer: Offer }[]> {
  const cards = await scanBlocks(html, options);
  return [...cards].map(([c, offer]) => ({ card: (c.textContent ?? '').replace(/\s+/g, ' ').trim(), offer }));
}

/** A page of the extension's corpus (test/extension/corpus/<split>/<id>.html), as the test server serves it. */
async function corpusPage(path: string): Promise<string> {
  const res = await fetch(new URL(`./corpus/${path}.html`, import.meta.url));
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.text();
}

/** Puts `html` in the test page's body, parsed as a page's own markup (inert until adopted). */
function setBody(html: string): void {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
}

/** How a test scans: with badge hosts put in as cards are found, and the scanner's time budget per slice. */
interface ScanOptions {
  hosts?: boolean;
  budgetMs?: number;
}

/**
 * The blocks the scanner badged in `html`, with their offers. With `hosts`, each badge's host is put into its card as
 * soon as the card is found (the quick run's way); without, the page is left as it was (the controller puts hosts in
 * later, in an animation frame). `budgetMs` 0 badges each offer before the next text is read; a large one reads the
 * whole page in one slice.
 */
async function scanBlocks(html: string, { hosts = false, budgetMs }: ScanOptions = {}): Promise<Map<Element, Offer>> {
  setBody(html);
  const cards = new Map<Element, Offer>();
  const own = new WeakSet<Node>();
  const scanner = new Scanner(
    {
      found: (card, offer) => {
        cards.set(card, offer);
        if (hosts) own.add(createHost(card, offer, undefined));
      },
      // As the controller does: a badge read again, or taken off a block whose offer a fuller block tells.
      changed: (card, offer) => (offer ? cards.set(card, offer) : cards.delete(card)),
      isOwn: (n) => own.has(n),
      isCard: (el) => cards.has(el),
    },
    { budgetMs },
  );
  scanner.start();
  await scanner.whenIdle();
  scanner.stop();
  return cards;
}

/** The text of each card the scanner badged in `html`. */
async function scanCards(html: string, options: ScanOptions = {}): Promise<string[]> {
  return (await scanOffers(html, options)).map((o) => o.card);
}

describe('Scanner: a fault in one block', () => {
  it('costs that block its badge, not the page its scan: the next card is badged and the scan ends', async () => {
    setBody(`<div class="card"><h3>科创贷</h3><p>年化利率3.5%起，最高500万元，期限1年</p></div>
      <div class="card"><h3>税易贷</h3><p>年化利率3.8%起，最高300万元，期限1年</p></div>`);
    const found: string[] = [];
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const scanner = new Scanner({
      found: (card) => {
        found.push(card.textContent ?? '');
        // The badge of the first card fails (a bug met on some page), once.
        if (found.length === 1) throw new Error('badge failed');
      },
      changed: () => {},
      isOwn: () => false,
      isCard: (el) => found.includes(el.textContent ?? ''),
    });
    try {
      scanner.start();
      await scanner.whenIdle();
    } finally {
      scanner.stop();
      console.error = consoleError;
    }
    assert(found.length === 2 && found[1]!.includes('税易贷'), JSON.stringify(found));
    assert(errors.length === 1, `faults told: ${errors.length}`);
  });
});

describe('Scanner: the badges it puts in do not change what it reads', () => {
  it('cards of a title and a list, at one rate: each keeps its badge whether the badge before is in the page yet or not', async () => {
    const html = `<header><nav><a href="#">Home</a><a href="#">Micro Credit Facilities</a></nav></header>
      <div class="w"><div class="crumbs">Home &gt; Loans &gt; Micro Credit Facilities</div><h1>Micro Credit Facilities</h1>
      <div class="card"><h3>a. Core Micro Loan</h3><ul><li>Our main micro loan, for active low-income clients who trade on their own account.</li><li>Loan size: #10,000 minimum and #500,000 maximum</li><li>The client must have banked with us for at least 3 months before the loan is granted.</li><li>The interest rate shall be 3% per month or 36% per annum.</li></ul></div>
      <div class="card"><h3>b. Petty Trade Micro Loan</h3><ul><li>For individual petty traders working at the lowest level of the market: at least #10,000 and no more than #100,000, reviewed from time to time.</li><li>The client must have banked with us for at least 3 months first.</li><li>The interest rate shall be 3% per month or 36% per annum.</li></ul></div>
      <div class="card"><h3>c. Credit Union Micro Loan</h3><ul><li>Lent to registered cooperatives or formal groups, which lend it on to their members; no member may receive more than #1,000,000.00.</li><li>The cooperative must be registered with government.</li><li>At least 5 members.</li></ul></div>
      <div class="card"><h3>d. Agric Micro Loan</h3><ul><li>Between #10,000 and #500,000 for individual small farmers.</li><li>Maximum tenor twelve months.</li></ul></div>
      <div class="card"><h3>e. Agric Group Loan</h3><ul><li>For groups of farmers or farm unions: #50,000 to #100,000.00 per member.</li><li>Members must be alike in location and line of agric business.</li></ul></div>
      <div class="card"><h3>f. Micro Leasing</h3><ul><li>The bank buys income generating assets worth up to #500,000 and leases them to eligible micro clients, who repay over an agreed period.</li></ul></div>
      <div class="card"><h3>g. Students Incentive Loan</h3><ul><li>Student loans of #10,000 to #100,000 for individual students of RSU (Rivers State University) only.</li></ul></div><section><h2>Terms and Conditions</h2><p>All facilities are subject to the bank's credit policy.</p></section></div>`;
    const without = await scanCards(html);
    const withHosts = await scanCards(html, { hosts: true });
    assert(without.length === 2, JSON.stringify(without));
    assert(JSON.stringify(withHosts) === JSON.stringify(without), JSON.stringify({ withHosts, without }));
  });

  it('rows of a rate grid: each keeps its badge whether the rows before were badged in an earlier slice or the same one', async () => {
    // (A row labelled in a few words reads as one term of a card; the grid of them, as a card stating every rate.)
    const html = `<h1>Interest rates for business loans and overdrafts</h1>
      <section class="panel"><h2>Short-term finance</h2><div class="rategrid">
      <div class="r"><span class="nm">Overdraft Business Rate &ndash; the base rate for Business Overdraft</span><span class="pc">8.84% p.a.</span></div>
      <div class="r"><span class="nm">Small Business Overdraft Rate</span><span class="pc">8.11% p.a.</span></div>
      <div class="r"><span class="nm">Invoice Finance 30-day Bank Bill Rate &ndash; the base rate for Invoice Finance</span><span class="pc">5.86% p.a.</span></div>
      <div class="r"><span class="nm">Mortgage Free Business Finance Rate &ndash; the base rate for temporary Business Overdraft</span><span class="pc">13.09% p.a.</span></div>
      </div></section>`;
    const oneByOne = await scanCards(html, { budgetMs: 0 });
    const inOneSlice = await scanCards(html, { budgetMs: 1e9 });
    assert(oneByOne.length === 4 && oneByOne.every((c) => /^[\w -]+Rate/.test(c)), JSON.stringify(oneByOne));
    assert(JSON.stringify(inOneSlice) === JSON.stringify(oneByOne), JSON.stringify({ inOneSlice, oneByOne }));
  });

  it('a product told three times (key facts, a rate table, a fees list) gets the same badges however the walk is sliced', async () => {
    // How many finds a slice holds depends on the machine's load. Judged at the slice's end, and with what the walk
    // had learnt forgotten at each slice, this page's one badge went to its key facts in one slice and to its fees
    // list (a fee's "RM1 million" read as the limit) in many. Now both give the rate table's RM50,000 (and the fees
    // list's badge still: a known false badge).
    const html = await corpusPage('reword8/en-sme-foreign-ringgitplus-agrobank-term-financing-r8');
    const figures = (offers: { card: string; offer: Offer }[]) =>
      offers.map(({ card, offer }) => [card.slice(0, 30), offer.kind === 'loan' ? offer.maxAmount : undefined]);
    const oneByOne = figures(await scanOffers(html, { budgetMs: 0 }));
    const inOneSlice = figures(await scanOffers(html, { budgetMs: 1e9 }));
    assert(JSON.stringify(inOneSlice) === JSON.stringify(oneByOne), JSON.stringify({ inOneSlice, oneByOne }));
    assert(
      oneByOne.some(([, limit]) => limit === '5'),
      JSON.stringify(oneByOne),
    );
  });

  it('terms in a tab not chosen yet: no badge on the box around them, in one slice or many', async () => {
    // The terms are found hidden and wait to be shown; the tabs' box holds their words but shows none of them.
    const html = `<style>.pane { display: none; } #s1:checked ~ #use, #s2:checked ~ #sheet { display: block; }</style>
      <h1>经营快线</h1><div class="tabs">
      <input type="radio" name="tab" id="s1" checked><label for="s1">产品介绍</label>
      <input type="radio" name="tab" id="s2"><label for="s2">产品要素</label>
      <div class="pane" id="use"><p>随借随还，手机上即可办理。</p></div>
      <div class="pane" id="sheet"><dl><dt>适用对象</dt><dd>小微企业</dd><dt>贷款额度</dt><dd>最高500万元</dd>
      <dt>年化利率</dt><dd>低至3.45%</dd><dt>贷款期限</dt><dd>最长3年</dd></dl></div></div>`;
    for (const budgetMs of [0, 1e9]) {
      const offers = await scanOffers(html, { budgetMs });
      assert(offers.length === 0, JSON.stringify({ budgetMs, offers: offers.map((o) => o.card) }));
    }
  });
});

describe('Scanner: figures as real pages style them', () => {
  it('a rate styled in parts ("<em>3</em><em>.45</em>%", four spans) is read whole; footnote marks are left out', async () => {
    const offers = await scanOffers(`<h1>小微企业贷款</h1><div class="grid">
      <div class="card"><h3>税易贷</h3><p>年化利率低至<em class="big">3</em><em>.45</em>%</p><p>最高<strong>300</strong>万元</p></div>
      <div class="card"><h3>经营快贷</h3><div class="rate"><span>3</span><span>.</span><span>85</span><span>%</span></div>
        <div>年化利率</div><div>1000万元</div><div>最高额度</div></div>
      <div class="card"><h3>首贷</h3><p>利率：LPR<sup>①</sup>+<b>20</b>BP</p><p>额度：最高<b>1,000</b>万元<sup>②</sup></p></div>
    </div>`);
    const read = offers.map(({ offer }) =>
      offer.kind !== 'loan'
        ? offer.kind
        : `${offer.rate.basis === 'lpr' ? `LPR${offer.rate.spreadBp}bp` : offer.rate.low} ${offer.maxAmount}`,
    );
    assert(JSON.stringify(read) === JSON.stringify(['3.45 300', '3.85 1000', 'LPR20bp 1000']), JSON.stringify(read));
  });
  it('a rate beside its copy for screen readers, a limit in parts, a rate under a column headed "(%)": all read', async () => {
    const offers = await scanOffers(`<h1>Business loans</h1><div class="grid">
      <div class="card"><h3>Unsecured Business Loan</h3><p><span aria-hidden="true">9.95% p.a.</span>
        <span class="sr-only">9.95 percent per annum</span></p><p>Borrow up to $100,000</p></div>
      <div class="card"><h3>Business Term Loan</h3><p>Up to $<span>250</span>,<span>000</span></p><p>Rates from 7.9% p.a.</p></div></div>
      <table><tr><th>产品名称</th><th>年利率（%）</th><th>最高额度（万元）</th></tr>
        <tr><td>首贷通</td><td>3.55</td><td>1000</td></tr></table>`);
    const read = offers.map(({ offer }) =>
      offer.kind === 'loan' && offer.rate.basis === 'fixed' ? `${offer.rate.low} ${offer.maxAmount}` : offer.kind,
    );
    assert(JSON.stringify(read) === JSON.stringify(['9.95 10', '7.9 25', '3.55 1000']), JSON.stringify(read));
  });
});

describe('Scanner: which block is the offer', () => {
  it('a line of a card\'s list of terms ("9.94% APR representative") badges the card around the list', async () => {
    const cards = await scanCards(`<h1>Business borrowing</h1><div class="col"><h2>Fixed Rate Loan</h2><ul>
      <li>Business loans from £1,000 to £50,000.</li><li>9.94% APR representative.</li><li>Terms of 1 to 10 years.</li>
      <li>An arrangement fee of up to 1.5% applies.</li></ul><a href="#">Apply for a business loan</a></div>`);
    // (The card, or on a page holding nothing else, the page.)
    assert(
      cards.length === 1 && cards[0]!.includes('Fixed Rate Loan') && cards[0]!.includes('Apply for a business loan'),
      JSON.stringify(cards),
    );
  });
  it("a product's key figures and its terms table below them get one badge, not two", async () => {
    const cards =
      await scanCards(`<div class="head"><h1>小微企业经营贷</h1><ul><li>300万 最高额度</li><li>4.35% 年化利率</li></ul></div>
      <div class="sec"><h2>产品要素</h2><table><tr><td>贷款额度</td><td>最高300万元</td></tr>
      <tr><td>贷款利率</td><td>年化4.35%</td></tr><tr><td>贷款期限</td><td>最长1年</td></tr></table></div>`);
    assert(cards.length === 1 && cards[0]!.startsWith('小微企业经营贷'), JSON.stringify(cards));
  });
  it('a row of a table whose columns are products is one term of each, not another badge for the offer', async () => {
    const cards = await scanCards(`<h1>Unsecured Business Loans</h1><section class="card"><h2>Unsecured Business Loans
      at a glance</h2><ul><li>An unsecured loan for businesses</li><li>Interest rate of 4.48% p.a.</li>
      <li>No repayments for the first 6 months</li></ul></section><section><h2>Options side by side</h2><table>
      <tr><th></th><th>Fixed rate business loan</th><th>Variable rate business loan</th></tr>
      <tr><td>Loan amount</td><td>$5,000 - $75,000</td><td>Up to $250,000</td></tr>
      <tr><td>Term</td><td>1, 2 or 3 years</td><td>Up to 3 years</td></tr>
      <tr><td>Interest rate</td><td>4.48% p.a.</td><td>4.48% p.a.</td></tr></table></section>`);
    assert(cards.length === 1 && cards[0]!.startsWith('Unsecured Business Loans at a glance'), JSON.stringify(cards));
  });
  it("a card's list of one product's rates (by the security offered) is one offer: one badge on the card", async () => {
    const cards = await scanCards(`<h1>SME Business Loans</h1><div class="cards">
      <div class="card"><h3>Fixed rate unsecured business loan</h3><p>Key information:</p><ul><li>Borrow up to
      $75,000</li><li>4.48% p.a.</li><li>3-year term</li></ul></div>
      <div class="card"><h3>Fixed rate secured business loan</h3><p>Key information:</p><ul><li>Borrow up to
      $1 million</li><li>4.43% p.a. partly secured</li><li>2.38% p.a. for a 3- or 5-year term when fully secured</li>
      </ul></div></div>`);
    assert(cards.length === 2 && cards.every((c) => c.startsWith('Fixed rate')), JSON.stringify(cards));
  });
  it('a line of a card that reads as a policy notice is a line of that notice: no badge', async () => {
    const cards = await scanCards(`<h2>小微企业创业担保贷款贴息政策</h2><div class="card"><ul>
      <li>按照现行规定，小微企业创业担保贷款额度不超过400万元，期限不超过2年。</li>
      <li>经办银行贷款利率不超过LPR+150BPs，由借款人承担LPR-150BP以下部分。</li>
      <li>符合条件的，财政部门按实际贷款利率的50%给予贴息。</li></ul></div>`);
    assert(cards.length === 0, JSON.stringify(cards));
  });
  it("a scheme's labelled terms (【贷款额度】…【贷款利率】…) are its offer, beside its subsidy line: one badge", async () => {
    const cards = await scanCards(`<h2>小微企业创业担保贷款和贴息标准</h2><div class="card"><ul>
      <li>【贷款额度】贷款额度最高不超过400万元。</li><li>【贷款期限】一次最长不超过2年。</li>
      <li>【贷款利率】创业担保贷款利率上限为LPR+150BPs。</li>
      <li>【贴息标准】符合条件的，财政部门按实际贷款利率的50%给予贴息。</li></ul></div>`);
    assert(cards.length === 1 && cards[0]!.startsWith('【贷款额度】'), JSON.stringify(cards));
  });
  it("a paragraph of a news story quoting a loan's rate is the story's, not an offer", async () => {
    const cards = await scanCards(`<div class="story"><h2>青年创业贷款扩大规模</h2>
      <p>政府本月推出新一轮青年创业扶持措施，总额600亿元，由主管部门执行。</p>
      <p>信保基金表示，这次修正后，青创贷款100万以下小额贷款的保证成数最高100%，并由主管部门按邮局2年期定存利率加
      0.575个百分点补贴，前5年利息现为1.42%。创业青年可用申请表取代计划书，以负责人名义申贷，不得征提保证人，申请人须年满18岁且创业未满5年。</p>
      <p>官员强调，这批贷款将优先支持首次创业的青年，并采一站式服务。</p>
      <p>去年全年共有三千余名创业青年获得这类贷款，多数用于购置设备与支付店面租金，余下用于进货与雇用员工。</p>
      <p>多位受访的创业者认为，手续简化后申请时间明显缩短，但希望审核标准在各地保持一致，避免同一份材料在不同窗口得到不同答复。</p></div>`);
    assert(cards.length === 0, JSON.stringify(cards));
  });
  it("a product's description under a CMS's date and source lines is still the offer", async () => {
    const cards =
      await scanCards(`<div class="art"><h2>税融通贷款</h2><p>发布时间:2018-12-21 信息来源: 阅读次数: 2187</p>
      <div class="txt">税融通贷款：向守法诚信纳税的中小微企业发放的信用贷款。<br>贷款对象：纳税信用等级评定为A级或B级、依法诚信纳税的中小微企业。<br>金额：单户贷款额最高不超过1000万元，不超过其近两年平均纳税额的5倍。<br>期限：最长不超过一年。<br>利率：年化4.35%。</div></div>`);
    // (The product's whole section: its heading and the CMS's lines say nothing of another offer.)
    assert(cards.length === 1 && cards[0]!.includes('税融通贷款：向守法诚信纳税'), JSON.stringify(cards));
  });
  it('an article whose first paragraph names its product twice is one offer, not a list of two', async () => {
    const cards = await scanCards(`<h1>中银企E贷・银税贷产品介绍</h1><div class="article">
      <p>「中银企E贷・银税贷」是面向小微企业的线上信用贷款。</p><h4>产品要素</h4>
      <ul><li>贷款额度：最高可达500万元；</li><li>贷款利率：年化利率3.65%起；</li></ul>
      <h4>纳税要求</h4><ul><li>年均纳税额不低于5万元；</li><li>资产负债率不高于80%。</li></ul></div>`);
    assert(
      cards.length === 1 && cards[0]!.includes('「中银企E贷') && cards[0]!.includes('纳税要求'),
      JSON.stringify(cards),
    );
  });
  it("a table of one product's terms (one rate row, no product of its own) badges the section its heading names", async () => {
    const cards =
      await scanCards(`<h1>Business Loan rates and charges</h1><p>Our business loans reach firms of every size.</p>
      <section class="card"><h2>Acme Trade Growth Loan: rates and charges</h2><p>Members over 60 pay 10% less on
      every service charge.</p><h3>What it costs to take a Trade Loan or a Dropline Overdraft</h3><p>Taxes are added
      to every charge.</p><table><tr><th>Item</th><th>Detail</th></tr><tr><td>Interest rate range</td><td>From 9.5% to 18% a year</td></tr>
      <tr><td>Arrangement charge</td><td>Up to 1.5% of the sum borrowed; none for small firms with a receipt on file</td></tr>
      <tr><td>Legal charges</td><td>As the law of each state sets them</td></tr></table></section>`);
    assert(cards.length === 1 && cards[0]!.startsWith('Acme Trade Growth Loan'), JSON.stringify(cards));
  });
  it("key-value tables titled by a row spanning them are one scheme's card each: the title is no column heading", async () => {
    const cards = await scanCards(`<h1>Refinance schemes for SMEs</h1>
      <section class="card"><table><tr><th colspan="2">Export Working Capital Financing</th></tr>
      <tr><td>Maximum amount</td><td>Rs. 5,000,000</td></tr><tr><td>Interest rate</td><td>9% p.a. (fixed)</td></tr>
      <tr><td>Repayment</td><td>Up to two years, with a grace period of three months</td></tr></table></section>
      <section class="card"><table><tr><th colspan="2">Green Equipment Loan Scheme</th></tr>
      <tr><td>Maximum amount</td><td>Rs. 8,000,000</td></tr><tr><td>Interest rate</td><td>6% p.a. (fixed)</td></tr>
      <tr><td>Repayment</td><td>Up to seven years, by the asset's life</td></tr></table></section>`);
    assert(
      cards.length === 2 && cards[0]!.startsWith('Export Working') && cards[1]!.startsWith('Green Equipment'),
      JSON.stringify(cards),
    );
  });
  it('a numbered list of terms under a heading naming the product badges the block that names it', async () => {
    const cards = await scanCards(`<div class="main"><h1>华信银行小微企业“电e贷”</h1>
      <p class="intro">“电e贷”是华信银行依据企业缴费记录发放的线上经营周转贷款。</p><h3>一、电e贷产品要素</h3>
      <ul><li>1、贷款额度：最高100万</li><li>2、贷款利率：年化3.9%</li><li>3、贷款期限：12个月</li></ul>
      <h3>二、申请条件</h3><p>企业成立满2年，近12个月缴费正常，用电量降幅不超过30%。</p>
      <div class="side"><h4>推荐产品</h4><ul><li><a href="#">快e贷（个人消费）</a></li><li><a href="#">税e贷</a></li></ul></div></div>`);
    assert(cards.length === 1 && cards[0]!.includes('线上经营周转贷款'), JSON.stringify(cards));
  });
  it('rows of a rate table with the same figures are offers side by side, each with its badge', async () => {
    const cards = await scanCards(`<h1>Commercial loans</h1><table><tr><th>Loan</th><th>Rate</th><th>Amount</th></tr>
      <tr><td>Commercial real estate loan</td><td>4.00%</td><td>up to $2,000,000</td></tr>
      <tr><td>Commercial construction loan</td><td>4.00%</td><td>up to $2,000,000</td></tr></table>`);
    assert(cards.length === 2, JSON.stringify(cards));
  });
  it('a table under a heading announcing an example is a worked example of the offer, not an offer of its own', async () => {
    // A loan portal's product page: the product's terms in lists, then a priced example in a key-value table of its
    // own section (the whole table reads as an offer: a rate and an amount, the page's product).
    const cards = await scanCards(`<h1>Harbour Bank SME Growth Loan Offer</h1><div class="cols"><main>
      <section class="card product"><h2>Loan Cost</h2><ul><li>Interest: 14%</li><li>Processing Fee: 1.5%</li>
      <li>Credit Insurance: 0.6%</li></ul><h2>Loan structure</h2><ul><li>Type: Unsecured</li>
      <li>Interest structure: Reducing balance</li></ul><h2>Loan Details</h2><ul><li>Loan size: Micro/SME</li>
      <li>Minimum tenure: 3 Months</li><li>Max tenure: 4 Years</li><li>Minimum amount: ksh20K</li>
      <li>Maximum amount: ksh3M</li></ul></section>
      <section><h2>Eligibility</h2><ul><li>Time in operation: 24 Months</li></ul><h2>Documents</h2><ul>
      <li>A registered business (MSME) in Kenya.</li><li>A trading licence.</li></ul></section>
      <section class="side"><h2>Example Representative Pricing</h2><table>
      <tr><td>Loan Amount</td><td>ksh200,000</td></tr><tr><td>Annual Interest Rate</td><td>14%</td></tr>
      <tr><td>Processing Fee</td><td>ksh3000</td></tr><tr><td>Loan duration</td><td>12 months</td></tr>
      <tr><td>Estimated Monthly repayment</td><td>ksh17,960</td></tr></table></section>
      <p class="small">Harbour Bank is licensed by the banking regulator.</p></main></div>`);
    assert(cards.length === 1 && cards[0]!.startsWith('Loan Cost'), JSON.stringify(cards));
  });
  it("a table headed 要素 | 详情 | 备注 is one offer's terms, not a table of offers: one badge with its rate and limit", async () => {
    const cards = await scanCards(`<h1>华信消费金融“惠企贷（企业版）”</h1>
      <p>为小微企业推出“惠企贷（企业版）”，以线上方式提供小额资金。</p><h2>一、产品核心要素</h2>
      <table><tr><th>要素</th><th>详情</th><th>备注</th></tr><tr><td>授信额度</td><td>最高20万元</td><td>满足日常经营周转</td></tr>
      <tr><td>授信期限</td><td>12期至36期</td><td>灵活选择</td></tr><tr><td>年化利率</td><td>3.6%-15%</td><td>利率区间</td></tr>
      <tr><td>还款方式</td><td>先息后本、等额本息</td><td>多种选择</td></tr></table>`);
    assert(
      cards.length === 1 && cards[0]!.includes('最高20万元') && cards[0]!.includes('3.6%-15%'),
      JSON.stringify(cards),
    );
  });
  it("a key-value table of one loan's rate in several measures (APR, AIR, simple) is that loan's terms: one badge, whose fees table names the loan again", async () => {
    const cards = await scanCards(`<h1>Rates for business borrowing</h1><section class="card"><h2>Business loans</h2>
      <p>Borrow £2,000 to £30,000 without security, repaid over 1 to 7 years.</p><table>
      <tr><th>Annual Percentage Rate (APR)</th><td>11.2% APR representative</td></tr>
      <tr><th>Annual Interest Rate (AIR)</th><td>10.4% p.a. fixed</td></tr>
      <tr><th>Simple interest rate</th><td>9.8% p.a.</td></tr></table>
      <p>The APR counts every cost; at least 51% of accepted applicants get it.</p><h3>Business Loan Fees</h3>
      <table><tr><th>Amount</th><th>Fee</th></tr><tr><td>Up to £10,000</td><td>£120</td></tr>
      <tr><td>Over £10,000</td><td>1% (min £150)</td></tr></table><p>Lending is subject to status.</p></section>`);
    assert(
      cards.length === 1 && cards[0]!.includes('Business loans') && cards[0]!.includes('Lending is subject'),
      JSON.stringify(cards),
    );
  });
  it('a key-value table whose rate rows are tiers (by amount) is no single rate: its section gets no badge', async () => {
    const cards = await scanCards(`<h1>Rates for business borrowing</h1><section class="card"><h2>Business loans</h2>
      <p>Borrow £2,000 to £30,000 without security.</p><table>
      <tr><th>Up to £10,000</th><td>11.2% p.a.</td></tr><tr><th>£10,001 to £30,000</th><td>8.4% p.a.</td></tr>
      </table></section>`);
    assert(!cards.some((c) => c.startsWith('Business loans')), JSON.stringify(cards));
  });
  it("one lender's scheme page, its terms in labelled paragraphs ('Credit Facility – …'), is one offer: one badge", async () => {
    const cards = await scanCards(`<article><h1>Riverside Cooperative Bank Small Industry Scheme</h1>
      <p class="meta">Business Loan · 3 min read</p><p>The bank lends to small workshops and traders under this scheme.</p>
      <p><b>LIMIT</b> – Up to Rs.40 lakh per unit.</p><p><b>Credit Facility</b> – Cash credit, overdraft, bill limits.</p>
      <p><b>INTEREST</b> – 10.75% p.a. up to Rs.5 lakh, 11.25% p.a. above.</p>
      <p><b>MARGIN</b> – Security worth 125% of the advance.</p>
      <p class="note">Compare a few business loan offers first: rates differ between banks.</p></article>`);
    assert(cards.length === 1 && cards[0]!.startsWith('Riverside Cooperative Bank'), JSON.stringify(cards));
  });
  it("a key-value table of one loan's terms (label cells: limit, rate, term) under the page's loan heading: one badge", async () => {
    const page = (h1: string) => `<h1>${h1}</h1><p>For projects that fit none of our other schemes.</p>
      <h3>Uses</h3><ul><li>Premises, vehicles and equipment</li></ul><table>
      <tr><th>Maximum Loan Amount</th><td>70% of the project cost, up to Rs 2M</td></tr>
      <tr><th>Interest Rate</th><td>9.5% p.a.</td></tr><tr><th>Repayment Period</th><td>Up to 7 years</td></tr></table>`;
    const cards = await scanCards(page('General Loan Scheme'));
    assert(cards.length === 1 && cards[0]!.startsWith('Maximum Loan Amount'), JSON.stringify(cards));
    const personal = await scanCards(page('Personal Loan Scheme'));
    assert(personal.length === 0, JSON.stringify(personal));
  });
  it("a terms list that names only a kind of loan (信用贷款) restates the named product's offer above it: one badge", async () => {
    const cards = await scanCards(`<div class="cols"><main><h1>华信银行启航贷准入条件、利率额度及申请步骤</h1>
      <div class="meta">分类：产品大纲 | 阅读：820</div>
      <p class="lead">华信银行启航贷最高300万元、年化利率3.2%左右，是为首次申请贷款的小微企业设计的信用类融资产品。产品面向
      从未在银行贷过款的企业，依据企业纳税和经营流水授信，期限最长3年，资金用于生产经营周转。适合成立满1年、从无贷款记录、
      年营收300万元以上的小微企业，实控人需承担担保责任。</p>
      <h2>一、产品基本要素</h2><ul><li>额度：最高300万元。按年营收测算约为年营收的30%；按流水折算时制造业60万元、批发零售类20万元。</li>
      <li>利息：年化利率3.2%左右。</li><li>期限：最长3年，可用于设备采购等中长期周转。</li><li>还款：先息后本。</li>
      <li>担保：信用贷款，实控人及配偶承担连带保证，无需抵质押。</li></ul>
      <h2>二、办理方式</h2><p>线下申请：客户经理初筛 → 现场考察 → 信贷部门终审。</p></main></div>`);
    // (The lead's badge stands for the whole article, which the terms list restates.)
    assert(
      cards.length === 1 && cards[0]!.startsWith('华信银行启航贷准入条件') && cards[0]!.includes('办理方式'),
      JSON.stringify(cards),
    );
  });
});

describe("Scanner: another writer's markup (issue 8, reword2/reword3 kinds)", () => {
  it('a plan card whose terms are <div> rows of a <dl> gets the badge, not its premium row', async () => {
    const plan = (name: string, premium: string) => `<div class="opt"><div class="hd">${name}</div>
      <dl><div><dt>基准保费</dt><dd><strong>${premium}</strong>元</dd></div><div><dt>每件专利加收</dt><dd>200元</dd></div>
      <div><dt>累计责任限额</dt><dd>保费×15倍</dd></div></dl><a href="#">我要咨询</a></div>`;
    const cards = await scanCards(`<h1>专利执行保险</h1><p>企业投保后，维权的合理支出由保险人在责任限额内赔偿。</p>
      <div class="opts">${plan('方案一（标准型）', '2000')}${plan('方案二（增强型）', '4000')}</div>`);
    assert(
      cards.length === 2 && cards[0]!.startsWith('方案一') && cards[1]!.startsWith('方案二'),
      JSON.stringify(cards),
    );
  });
  it('a product card with a type tag over its name (信用贷款 · 信用快贷) is one offer: the card gets the badge', async () => {
    const card = (tag: string, name: string, amount: string, rate: string) => `<li><span class="type">${tag}</span>
      <h2>${name}</h2><table><tr><td>最高可贷</td><td><em>${amount}</em>万元</td></tr>
      <tr><td>参考年化利率</td><td>${rate}</td></tr></table><p class="desc">额度1年有效，随用随还。</p><a href="#">测测额度</a></li>`;
    const cards =
      await scanCards(`<h1>建行惠懂你</h1><ul class="prods">${card('信用贷款', '信用快贷', '300', '3.45%～5.5%')}
      ${card('抵押贷款', '抵押快贷', '500', '3.45%～4.8%')}</ul>`);
    assert(
      cards.length === 2 && cards[0]!.startsWith('信用贷款 信用快贷') && cards[1]!.startsWith('抵押贷款 抵押快贷'),
      JSON.stringify(cards),
    );
  });
  it("a tier table of one rate under its product's <h2>, past a tab strip and a paragraph, is that product's one offer, up to the highest tier", async () => {
    const offers = await scanOffers(`<h1>金融投资</h1><div class="article"><h2>昆科贷</h2>
      <div class="tabs"><span>产品概述</span><span>适用对象</span></div>
      <p>支持范围：科技型中小企业、高新技术企业及培育库入库企业，实行名单制管理，由资金池与合作银行共担风险，审批快捷。</p>
      <table><thead><tr><th>支持对象</th><th>单户最高额度</th><th>执行利率</th><th>单笔期限</th></tr></thead><tbody>
      <tr><td>① 年销售收入不超过2000万元的企业</td><td>500万元</td><td>不高于LPR加40个基点</td><td>不超过2年</td></tr>
      <tr><td>② 年销售收入超过2000万元的企业</td><td>1000万元</td><td>不高于LPR加40个基点</td><td>不超过2年</td></tr>
      <tr><td>③ 人才个人</td><td>300万元</td><td>不高于LPR加40个基点</td><td>不超过1年</td></tr></tbody></table>
      <h2>创融通</h2><p>以企业最近一轮融资估值为参考核定额度，助力科创企业融资。</p></div>`);
    assert(offers.length === 1 && offers[0]!.card.startsWith('支持对象'), JSON.stringify(offers));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.maxAmount === '1000' && offer.product === '昆科贷', JSON.stringify(offer));
  });
  it("the same tiers in the product's own box badge the box, with the highest tier's limit", async () => {
    const offers = await scanOffers(`<div class="pd"><div class="pt">昆科贷</div>
      <p><strong>适用对象</strong>包括科技型中小企业、高新技术企业、“专精特新”企业等。</p>
      <table><thead><tr><th>扶持对象</th><th>单户最高额度</th><th>执行利率</th></tr></thead><tbody>
      <tr><td>年销售收入不超过2000万元的企业</td><td>500万元</td><td>LPR+40个基点以内</td></tr>
      <tr><td>年销售收入超过2000万元的企业</td><td>1000万元</td><td>LPR+40个基点以内</td></tr></tbody></table>
      <p class="remark">说明：LPR指贷款市场报价利率。</p></div>`);
    assert(offers.length === 1 && offers[0]!.card.startsWith('昆科贷'), JSON.stringify(offers));
    assert(offers[0]!.offer.kind === 'loan' && offers[0]!.offer.maxAmount === '1000', JSON.stringify(offers[0]!.offer));
  });
  it('cover tiers priced each on its own (by size of business) are offers side by side: one badge each', async () => {
    const tier = (name: string, band: string) => `<li class="tier"><h3>${name}</h3>
      <div class="price"><span>Typical yearly premium</span><span>${band}</span></div>
      <ul><li>Entry-level limits of cover</li><li>Lower exposure to risk</li></ul><a href="#">Get my quote</a></li>`;
    const cards = await scanCards(`<h1>What does cyber insurance cost?</h1><p>Protection your business can afford.</p>
      <ul class="tiers">${tier('Micro businesses', '£300 – £1,500')}${tier('Small businesses', '£1,500 – £5,000')}
      ${tier('Medium-sized businesses', '£5,000 – £15,000')}</ul>`);
    assert(
      cards.length === 3 && cards.every((c, i) => c.startsWith(['Micro', 'Small', 'Medium'][i]!)),
      JSON.stringify(cards),
    );
  });
  it("a scheme's whole terms sheet (额度, 期限, 执行利率 rows) in a guide under a 来源 line is the scheme's offer", async () => {
    const cards = await scanCards(`<div class="doc"><h1>上城区科技企业风险池贷款申报指南</h1>
      <div class="info"><span>来源：上城区科学技术局</span><span>日期：2025-04-30</span></div>
      <p>区科技局会同合作银行、担保机构共同组建科技企业风险池，为入池企业提供免抵押的贷款和担保服务。</p>
      <h3>二、贷款及担保要素</h3><dl class="terms">
      <div><dt>额度</dt><dd>每家企业的年度贷款原则上在500万元以内，对优质企业可放宽至最高1000万元</dd></div>
      <div><dt>期限</dt><dd>风险池项下的贷款和担保期限一般在1年以内</dd></div>
      <div><dt>执行利率</dt><dd>不高于一年期LPR</dd></div></dl>
      <h3>三、办理程序</h3><p>企业填报意向需求表，提交区科技投资有限公司。</p></div>`);
    assert(cards.length === 1 && cards[0]!.includes('最高1000万元'), JSON.stringify(cards));
  });
});

describe("Scanner: another writer's markup (issue 8, reword6 kinds)", () => {
  it("a plan's terms as label/value <div> rows badge the plan, not its premium row", async () => {
    const plan = (name: string, premium: string, extra: string) => `<li><div class="plan-name">${name}</div>
      <div class="row"><span class="k">基准保费</span><span class="v"><em>${premium}</em>元</span></div>
      <div class="row"><span class="k">单件专利附加保费</span><span class="v">${extra}元</span></div>
      <div class="row"><span class="k">累计赔偿限额</span><span class="v">保费×15倍</span></div><a href="#">在线咨询</a></li>`;
    const offers = await scanOffers(`<h1>专利执行保险</h1><p>企业维权所需的调查与诉讼开支由保险分担。</p>
      <ul class="planlist">${plan('方案一 · 标准型', '2000', '200')}${plan('方案二 · 增强型', '4000', '400')}</ul>`);
    assert(
      offers.length === 2 && offers[0]!.card.startsWith('方案一') && offers[1]!.card.startsWith('方案二'),
      JSON.stringify(offers.map((o) => o.card)),
    );
    assert(
      offers[0]!.offer.kind === 'insurance' && offers[0]!.offer.premium === '0.2',
      JSON.stringify(offers[0]!.offer),
    );
  });
  it("a one-loan page's limit in the panel beside its rate panel is that loan's limit", async () => {
    const offers =
      await scanOffers(`<h1>KCB Bank Kenya Limited MSME Loan Offer</h1><div class="lender">Lender: KCB Bank Kenya Limited</div>
      <main><div class="panel"><h2>What the loan costs</h2><dl><dt>Interest rate</dt><dd>13%</dd><dt>Processing fee</dt><dd>2%</dd></dl></div>
      <div class="panel"><h2>Amounts and repayment period</h2><dl><dt>Longest repayment period</dt><dd>3 years</dd>
      <dt>Smallest loan</dt><dd>ksh10K</dd><dt>Largest loan</dt><dd>Up to ksh5M</dd></dl></div>
      <div class="panel"><h2>Who qualifies</h2><dl><dt>Trading history</dt><dd>24 months</dd>
      <dt>Time banking with the lender</dt><dd>6 months</dd></dl></div></main>
      <footer>We compare financial products; each lender sets its own terms.</footer>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.maxAmount === '500' && offer.currency === 'KES', JSON.stringify(offer));
  });
  it("a one-loan page's key figures with the rate alone, then its terms with the limit: one badge, on the terms", async () => {
    const offers = await scanOffers(`<h1>SME Working Capital Loan</h1>
      <div class="keys"><p>SME Working Capital Loan</p><p>2.75% p.a. fixed rate</p><p>No collateral</p></div>
      <p>Helping Singapore companies with their cash flow since 2020.</p><p>Find out more about the scheme below.</p>
      <div class="terms"><h2>SME Working Capital Loan: the terms</h2><p>Loan quantum up to S$300,000 per borrower.
      Interest rate 2.75% p.a. fixed. Repayment over up to 5 years. Apply through a participating bank.</p></div>`);
    assert(offers.length === 1 && offers[0]!.card.includes('the terms'), JSON.stringify(offers.map((o) => o.card)));
    assert(offers[0]!.offer.kind === 'loan' && offers[0]!.offer.maxAmount === '30', JSON.stringify(offers[0]!.offer));
  });
});

describe("Scanner: another writer's markup (issue 8, reword9 kinds)", () => {
  it("a one-loan page's key-figures strip belongs to the product's whole section; its badge stays beside the figures", async () => {
    const cards = await scanBlocks(`<div class="path">首页 › 普惠金融 › 生意贷</div><div class="prod">
      <div class="head"><h1>生意贷</h1><p>凭纳税数据授信 ｜ 随用随还</p><div class="kfig">年化利率<b>4.5</b>%起</div></div>
      <div class="tabs"><a href="#a">产品介绍</a><a href="#b">适用客户</a></div>
      <section><h2>产品介绍</h2><p>生意贷是我行为小微企业打造的线上信用贷款，无需抵押，额度可以循环使用。</p></section>
      <section><h2>适用客户</h2><p>依法纳税的小微企业和个体工商户。</p></section></div>
      <div class="seo"><p>闪电贷——个人消费信用贷款，年化利率3.6%起，最高30万元。</p></div>`);
    const found = [...cards.keys()];
    assert(found.length === 1 && found[0]!.className === 'prod', found.map((c) => c.className).join());
    // The personal loan beside the section is another offer: the section stops before it.
    assert(!found[0]!.textContent!.includes('闪电贷'), 'the section took in the next product');
    // Its badge goes right after the key figures, not to the end of the section.
    const host = document.createElement('span');
    placeHost(found[0]!, host);
    assert(host.previousElementSibling?.className === 'head', `badge after ${host.previousElementSibling?.className}`);
  });
  it('a list holding one card so far keeps the card as the block: the list may grow (a page headed by a kind of loan)', async () => {
    const cards = await scanBlocks(`<h1>企业贷款产品</h1><div id="list"><div class="card"><h3>经营贷</h3>
      <p>年化利率3.6%，最高800万元</p></div></div>`);
    const found = [...cards.keys()];
    assert(found.length === 1 && found[0]!.className === 'card', found.map((c) => c.id || c.className).join());
  });
  it("a one-loan page's strip quoting the low end ('from 10.75%') and its terms quoting the range: one badge, on the terms", async () => {
    const offers = await scanOffers(`<h1>HDFC Bank Business Loan</h1><div class="content">
      <div class="panel"><h2>HDFC Bank Business Loan</h2><p>Businesses can borrow as much as Rs. 75 lakh from HDFC Bank,
      with interest from 10.75%.</p></div>
      <div class="panel"><h2>HDFC Bank Business Loan at a Glance</h2><dl><dt>Loan amount</dt><dd>Rs. 75 lakh maximum</dd>
      <dt>Interest rate</dt><dd>10.75% to 22.50% p.a.</dd><dt>Tenure</dt><dd>1 to 5 years</dd></dl></div>
      <div class="panel"><h2>Interest Rates on HDFC Bank Business Loans</h2><p>Pricing on the bank's business loans runs
      between 10.75% and 22.50% per annum.</p></div></div>`);
    assert(offers.length === 1 && offers[0]!.card.includes('at a Glance'), JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(
      offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.high === '22.5' && offer.currency === 'INR',
      JSON.stringify(offer),
    );
  });
  it("a one-loan page's lead quoting the low end (最低可到3.48%) and its untitled terms list quoting the range: one badge, on the terms", async () => {
    const offers = await scanOffers(`<h1>福州农商行福农快抵贷申请条件及办理流程</h1><div class="art">
      <p class="lead">福农快抵贷单户最高可贷1000万元，年化利率最低可到3.48%，由福州农商银行发行，是一款以不动产作抵押的经营性贷款，
      服务对象为小微企业。</p><h2>一、产品详情</h2><ul class="facts"><li>额度：最高1000万元。</li>
      <li>利息：年化利率3.48%-5.6%。</li><li>贷款期限：最长可达10年。</li><li>担保方式：以合规不动产作抵押。</li></ul></div>`);
    assert(offers.length === 1 && offers[0]!.card.includes('5.6%'), JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.high === '5.6', JSON.stringify(offer));
  });
  it("a terms table with a rate row per currency is one loan's terms, not a table of offers", async () => {
    const offers = await scanOffers(`<h1>Microfinance</h1><div class="panel"><h2>Loan conditions</h2><table>
      <tr><th>Parameter</th><th>Conditions</th></tr>
      <tr><td>Largest loan</td><td>TJS 90,000 / USD 10,000</td></tr>
      <tr><td>Interest rate, TJS loans</td><td>29% – 35% p.a.</td></tr>
      <tr><td>Interest rate, USD loans</td><td>16% – 25% p.a.</td></tr>
      <tr><td>Rate discount</td><td>1% lower if you open an FMFB deposit account</td></tr></table>
      <p>Loans for small businesses and entrepreneurs.</p></div>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.maxAmount === '9' && offer.currency === 'TJS', JSON.stringify(offer));
  });
  it("a one-loan page's hero and its terms naming only kinds of loan (中小企業貸款, 信用貸款) at one rate: one badge", async () => {
    const cards =
      await scanCards(`<h1>中小企業貸款</h1><div class="hero"><p>中小企業貸款不論是營運週轉、添購設備還是擴充業務，都能一併滿足</p>
      <a href="#">立即諮詢</a><p>貸款年利率３．２７％起</p></div><nav><a href="#a">產品說明</a><a href="#b">申請流程</a></nav>
      <div class="pbody"><h2>產品說明</h2><ul><li>申辦對象：依法登記的中小企業。</li><li>擔保條件：可無擔保，亦可搭配信用保證。</li>
      <li>貸款利率：年利率3.27%起，依信用狀況核定。</li><li>還款方式：按月繳息，到期還本；亦可申請信用貸款方式辦理。</li></ul></div>`);
    assert(cards.length === 1, JSON.stringify(cards));
  });
  it("a terms table is the loan's offer, though the guide around it names other lenders", async () => {
    const cards = await scanCards(`<div class="content"><h1>邮储小微易贷：准入条件、额度利率与办理流程详解</h1>
      <p>东融咨询整理。小微易贷是邮储银行的线上普惠贷款，与工商银行、建设银行的同类产品相比审批更快。</p>
      <h2>一、产品基本要素</h2><table class="spec">
      <tr><th>授信额度</th><td>信用方式单户最高300万元，且不超过近1年销售收入的10%；担保方式最高500万元。额度估算办法：年开票金额×50%。</td></tr>
      <tr><th>执行利率</th><td>年化5%</td></tr><tr><th>贷款期限</th><td>一律为12期（1年）</td></tr>
      <tr><th>还款方式</th><td>先息后本</td></tr><tr><th>申请渠道</th><td>企业手机银行“贷款-小微易贷”栏目</td></tr>
      </table></div>`);
    assert(cards.length === 1 && cards[0]!.startsWith('授信额度'), JSON.stringify(cards));
  });
  it("a block headed as the loan's charges, with percentages of charges only, is no offer", async () => {
    const cards = await scanCards(`<h1>Business Growth Loan</h1>
      <section><h2>Business Growth Loan Interest Rates &amp; Charges</h2><ul class="terms">
      <li><b>Rack interest rate range</b> 10.75% (minimum) to 22.50% (maximum)</li>
      <li><b>Processing fee</b> Up to 2.00% of the loan amount</li></ul><p>For small businesses, up to ₹ 50 lakhs.</p></section>
      <section><h2>Charges after the loan is disbursed</h2><ul class="terms">
      <li><b>Premature closure charges</b> Term Loan: within 24 EMIs – 4% of principal outstanding; from 25 to 36 EMIs – 3%</li>
      <li><b>Loan cancellation</b> ₹ 5,000 for business loans</li></ul></section>`);
    assert(cards.length === 1 && cards[0]!.startsWith('Business Growth Loan Interest'), JSON.stringify(cards));
  });
  it('a worked example beside the loan illustrates it: no badge of its own', async () => {
    const cards = await scanCards(`<h1>KCB MSME Loan</h1>
      <div class="card"><h2>KCB MSME Loan</h2><p>For small businesses: borrow up to ksh5M at 13% a year.</p></div>
      <div class="example"><p>Worked example</p><p>Amount borrowed ksh100,000</p><p>Yearly interest rate 13%</p>
      <p>Processing fee ksh2,500</p><p>Repayable over 12 months: ksh9,000 a month for this business loan</p></div>`);
    assert(cards.length === 1 && cards[0]!.startsWith('KCB MSME Loan'), JSON.stringify(cards));
  });
  it('rows of a rate table titled for individual borrowers are personal loans, on a page that also lends to businesses', async () => {
    const table = (title: string, rows: string) => `<div class="box"><div class="cap">${title}</div><table>
      <thead><tr><th>Facility</th><th>Fixed rate</th></tr></thead><tbody>${rows}</tbody></table></div>`;
    const cards = await scanCards(`<h1>Lending Rates</h1><p>Rates for SME and business loans and for individuals.</p>
      ${table('A. Individual borrowers – term financing', '<tr><th>Flexi Loan</th><td>9.00%</td></tr><tr><th>Agro Loan</th><td>9.50%</td></tr>')}
      ${table('B. SME lending', '<tr><th>Term Loans</th><td>8.50%</td></tr><tr><th>Business Overdraft</th><td>9.25%</td></tr>')}`);
    assert(cards.length === 2 && cards.every((c) => !/Flexi|Agro/.test(c)), JSON.stringify(cards));
  });
});

describe('Scanner: terms lists and product columns (holdout12 kinds)', () => {
  it("labelled terms with a rate line and a subsidy line are one loan's terms: one badge, for the list", async () => {
    const offers =
      await scanOffers(`<h1>邮储银行创业担保贷款申请条件及办理流程</h1><h2>一、邮储银行创业担保贷款产品详情</h2><ul>
      <li><span>借款额度：</span>单人最高50万，合伙经营或创办企业的，总额最高300万</li>
      <li><span>借款利率：</span>年化不超过3.5%（当前1年期LPR为3%，即LPR+50BP）</li>
      <li><span>贴息规则：</span>贷款期内，1年期LPR-150BP以下的部分由借款人自行负担</li>
      <li><span>贷款期限：</span>单笔贷款期限最长不超过3年</li>
      <li><span>额度性质：</span>额度不可循环使用，不能叠加办理E捷贷</li></ul>`);
    const o = offers[0];
    // (The list, or on a page holding nothing else, the page.)
    assert(offers.length === 1 && o!.card.includes('借款额度') && o!.card.includes('额度性质'), JSON.stringify(offers));
    assert(
      o!.offer.kind === 'loan' && o!.offer.rate.basis === 'fixed' && o!.offer.maxAmount === '300',
      JSON.stringify(o!.offer),
    );
  });
  it("a term's channels under its label (利息：线上…，线下…) are tiers of the loan, not offers of their own", async () => {
    const cards =
      await scanCards(`<h1>平安银行订货贷利息多少？申请条件办理流程</h1><h2>一、平安银行订货贷产品基本要素</h2><ul>
      <li><span>额度：</span><ul><li>线上渠道：单户最高300万元；</li><li>线下渠道：单户最高2000万元。</li></ul></li>
      <li><span>利息：</span><ul><li>线上：年化7%-10.5%，按单利计息；</li><li>线下：年化6%-9.5%。</li></ul></li>
      <li><span>贷款期限：</span>统一为12期（1年）</li><li><span>还款方式：</span>先息后本、随借随还</li></ul>`);
    assert(cards.length === 1, JSON.stringify(cards));
  });
  it("a table whose columns are products gives each product's column its own badge, in its limit's cell", async () => {
    const offers =
      await scanOffers(`<h1>小型貸款計劃</h1><table><thead><tr><th></th><th>小型創業貸款</th><th>自僱營商貸款</th></tr></thead>
      <tbody><tr><th>最高貸款金額</th><td>30萬港元</td><td>20萬港元</td></tr>
      <tr><th>利率</th><td colspan="2">年利率不高於9%；如有合資格第三方擔保，年利率則不高於8%</td></tr>
      <tr><th>還款期</th><td colspan="2">1年至5年</td></tr></tbody></table>`);
    const got = JSON.stringify(offers.map((o) => [o.card, o.offer.kind === 'loan' && o.offer.maxAmount]));
    assert(
      got ===
        JSON.stringify([
          ['30萬港元', '30'],
          ['20萬港元', '20'],
        ]),
      got,
    );
  });
  it('a section headed as a representative example illustrates the loan: no badge of its own', async () => {
    const cards = await scanCards(`<h1>Business Loans</h1><div class="tile"><h2>Small Business Loans</h2>
      <p>Borrow up to £25,000 at 7.1% APR representative for your business.</p></div>
      <section><h2>Representative Example</h2><p>*Here APR means the annual percentage rate of interest charged on your loan, made up of the Bank Rate plus a margin.</p>
      <p>7.1% APR based on an assumed unsecured loan of £8,000 repaid by 60 monthly repayments of £158.03.</p></section>`);
    assert(cards.length === 1 && cards[0]!.includes('Small Business Loans'), JSON.stringify(cards));
  });
});

describe('Scanner: one loan told twice, and sister facilities alike (holdout13 kinds)', () => {
  it('facilities headed by titles of their own get a badge each, though their figures are the same', async () => {
    const facility = (n: string, name: string) => `<section class="facility"><h3>${n}. SME ${name} Facility</h3>
      <p>This window serves small enterprises.</p><ul><li>Minimum: Ugx 50M</li><li>Maximum: Ugx 720M</li>
      <li>Loan tenure: 6 years</li><li>Interest rates: 10-12% p.a.</li></ul></section>`;
    const cards = await scanCards(`<h1>SME Kazi Loans</h1><p>Three windows for SMEs.</p>
      ${facility('1', 'Business Acceleration')}${facility('2', 'Asset Financing')}${facility('3', 'Business Expansion')}`);
    assert(cards.length === 3, JSON.stringify(cards));
  });
  it("a one-loan page's lead and its terms stating the same rate and limit are one offer: one badge", async () => {
    const cards = await scanCards(`<h1>工商银行经营快贷款申请条件、额度利息及办理流程</h1>
      <p class="lead">工行经营快贷的综合授信最高可达500万元，年化3.1%起（“专精特新贷”的专属额度最高1000万元）。</p>
      <h2>一、产品要素</h2><div class="terms"><p>额度 综合授信最高300万元；“专精特新”小微企业单户最高1000万元</p>
      <p>利息 年化利率3.1%起</p><p>期限 最长1年，随借随还</p></div>`);
    assert(cards.length === 1, JSON.stringify(cards));
  });
  it("a one-loan page's lead and its terms sheet at one rate with two limits are one offer: the terms keep the badge", async () => {
    // The lead: "额度上限为 300 万,年化 3.45% 起步"; the terms: "单户最高 300 万元…私行客户最高可以到 500-1000 万元 利息:年化利率
    // 3.45% 起".
    const offers = await scanOffers(await corpusPage('holdout16/zh-puhui-drhy88-abc-zhuye-kuaiedai'));
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const [{ card, offer }] = offers as [(typeof offers)[number]];
    assert(
      card.includes('纳税 A 级') && offer.kind === 'loan' && offer.maxAmount === '1000',
      JSON.stringify(offers[0]),
    );
  });
  it('two loans alike at one rate and one limit, one told in prose and one as a terms sheet, keep a badge each', async () => {
    // "个人创业担保贷款" (利率与贴息: a sentence) and "小微企业创业担保贷款" (执行利率: a label), both LPR+150BPs and 400万元.
    const offers = await scanOffers(await corpusPage('reword7/zh-startup-handan-chuangye-dbdk-r7'));
    assert(offers.length === 2, JSON.stringify(offers.map((o) => o.card)));
  });
});

describe('leadingText', () => {
  it('reads the text a reader sees, leaves scripts and styles out, and stops at the limit', () => {
    const doc = new DOMParser().parseFromString(
      '<body><p>经营贷</p><script>var comment = 1;</script><style>p{}</style><p>年化利率3%</p></body>',
      'text/html',
    );
    const root = document.adoptNode(doc.body);
    assert(leadingText(root, 100) === '经营贷 年化利率3%', leadingText(root, 100));
    assert(leadingText(root, 2) === '经营', leadingText(root, 2));
  });
  it('keeps the words of neighbouring elements apart (a heading and the paragraph under it)', () => {
    const doc = new DOMParser().parseFromString(
      '<body><h2>Compare rates</h2><p>Lenders charge</p></body>',
      'text/html',
    );
    const text = leadingText(document.adoptNode(doc.body), 100);
    assert(/\bLenders\b/.test(text), text);
  });
});

describe('Scanner: holdout15 kinds', () => {
  it('a section that is a heading naming no product, then a worked example, illustrates the offer: no badge', async () => {
    const example = (tier: string, rate: string) => `<section class="example"><h3>Loans ${tier}</h3>
      <p>Example: a Credit Guarantee Scheme facility of €100,000 at a variable rate of ${rate}% over a 5 year term is
      repaid by 60 monthly repayments of €1,794.33.</p><p class="fn">*This variable rate is the Small Business Rate plus
      a margin of 2.12%, a reference rate under the SME Regulations that stands at 0.83%.</p></section>`;
    const cards = await scanCards(`<h1>Features and Benefits</h1><p>Low cost lending for your business.</p>
      <section class="glance"><h3>COVID-19 Credit Guarantee Scheme Loans at a glance</h3><ul>
      <li>Unsecured loans from €10,000 up to €250,000</li><li>Corporate loans from €250,000 up to €1,000,000</li>
      <li>Variable interest rate</li></ul></section>
      ${example('under €250,000', '2.95')}${example('above €250,000', '2.75')}`);
    assert(cards.length === 0, JSON.stringify(cards));
    const named = await scanCards(`<h1>Business borrowing</h1><div class="col"><h2>Fixed Rate Business Loan</h2>
      <p>Representative example: borrow £10,000 over 5 years at 9.9% APR representative.</p>
      <p>Loans from £1,000 to £50,000 for your business.</p></div>`);
    assert(named.length === 1, `a product card opening with its representative example lost its badge: ${named}`);
  });
  it('an insurer\'s price by the month is read where no finance word is near ("starts at £37.63 per month")', async () => {
    const offers = await scanOffers(`<h1>How much does cyber insurance cost?</h1>
      <p>Insurance now exists to shield SMEs from these attacks, and below we set out the costs.</p>
      <div class="callout"><p><strong>The cost of our policies starts at £37.63 per month.</strong> Could your business
      afford to go without?</p><p><a href="#">Get a quote</a></p></div>`);
    assert(offers.length === 1 && offers[0]!.offer.kind === 'insurance', JSON.stringify(offers));
  });
  it("an adviser's guide to one loan keeps its rate line badged among averages and hedges", async () => {
    const cards = await scanCards(`<article><h1>中国银行税贷多久出结果？好批吗、利息多少？</h1>
      <h2>二、通过率解析</h2><p>A级企业通过率约85%，平均获批额度210万元；房地产等行业通过率不到10%。</p>
      <h2>三、利率体系</h2><p>1、基础利率：A级企业年化3.26%-4.5%；B级企业年化4.8%-6.8%；按日计息，可先息后本。</p>
      <p>2、浮动因素：高新技术企业利率下浮0.5%。</p></article>`);
    assert(cards.length === 1 && cards[0]!.includes('3.26%'), JSON.stringify(cards));
  });
});

describe('Scanner: English terms lists (holdout17 kinds)', () => {
  it("a one-loan page's terms under English labels are its offer, with the limit from the box beside that names the page's loan", async () => {
    // The page's eligibility steps make the page's body longer than one offer's block, as on the real page.
    const steps = [
      'Hand in a completed application form together with the dealer quotation for the equipment.',
      'Provide a profile of the business, its owners and the premises it trades from.',
      'Provide cash flow projections for the next three years, with the assumptions behind them.',
      'Provide the latest management or audited accounts, covering at least twelve months of trading.',
      'Provide bank statements for the last twelve months from every account the business holds.',
      'Provide mobile money statements for the last twelve months, where the business takes payments that way.',
      'Show your own contribution towards the equipment, paid by bank transfer or by mobile money.',
      'Show proof that you own and run the business: registration certificate and articles of association.',
      'Identity cards of the directors, and of the owners of businesses that are not registered.',
      'Our lending team appraises each application and visits the business before the loan is paid out.',
      'Provide the tax compliance certificate of the business, valid on the day the application is made.',
      'Provide copies of the contracts or purchase orders that the new equipment will be used to fulfil.',
      'Name two trade references: suppliers or customers who have dealt with the business for a year or more.',
      'Insure the equipment for its full value for the life of the loan, with the lender named on the policy.',
    ]
      .map((step) => `<li>${step}</li>`)
      .join('');
    const page = (box: string) => `<h1>Equipment Finance Loan</h1><p>For businesses buying machinery.</p>
      <div class="wrap"><div class="amount"><span>${box}:</span> <span>KES 100,000 - 5,000,000</span></div>
      <div class="panel"><h2>Repayment Details</h2><ul>
      <li><strong>Pricing:</strong> 11.5% per annum on a reducing balance</li>
      <li><strong>Minimum Loan Tenor:</strong> 3 months</li><li><strong>Maximum Loan Tenor:</strong> 36 months</li>
      <li><strong>Financing Coverage:</strong><ul><li>New equipment: up to 90% of the invoice</li>
      <li>Used equipment: up to 70% of its valuation</li></ul></li>
      <li><strong>Repayment Incentives:</strong><ul><li>An 8% rebate on the interest when every instalment is on time</li>
      </ul></li></ul></div><div class="panel"><h2>Who can apply</h2><ul>${steps}</ul></div></div>`;
    const offers = await scanOffers(page('Equipment Finance Loan Amount'));
    assert(
      offers.length === 1 && offers[0]!.card.includes('Pricing: 11.5%'),
      JSON.stringify(offers.map((o) => o.card)),
    );
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '11.5', JSON.stringify(offer));
    assert(offer.maxAmount === '500' && offer.currency === 'KES', JSON.stringify(offer));
    // A box naming another loan states that loan's limit, not this one's.
    const other = await scanOffers(page('Working Capital Loan Amount'));
    assert(other.length === 1 && other[0]!.offer.kind === 'loan' && !other[0]!.offer.maxAmount, JSON.stringify(other));
    // A panel of the loan's features that names it tells more than a limit: it is not read with the card, but the
    // limit it states is the page's loan's, and the offer takes it once the page is read (saying where it is from).
    const features = await scanOffers(
      page('Equipment Finance Loan features, for new or used machinery, with no penalty for paying early. Limits'),
    );
    const [feature] = features;
    assert(features.length === 1 && feature!.offer.kind === 'loan', JSON.stringify(features));
    assert(feature!.offer.maxAmount === '500' && feature!.offer.evidence.amountOnPage, JSON.stringify(features));
  });
});

describe("Scanner: a guide's rate by grade (reword10 kind)", () => {
  it('grades whose ranges lie inside the range badged before are the loan told again, not offers of their own', async () => {
    const offers = await scanOffers(`<h1>中行税贷审批要几天?利率多少?一文讲透</h1>
      <h2>利息怎么算?年化3.26%~6.8%,按评级定价</h2>
      <table><tr><th>纳税信用等级</th><th>参考年化利率</th></tr>
        <tr><td>A级</td><td>3.26%~4.5%</td></tr><tr><td>B级</td><td>4.8%~6.8%</td></tr></table>
      <p>按实际用款天数计息,支持先付利息、到期还本。</p>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.high === '6.8', JSON.stringify(offer));
  });

  it('a card naming its own loan is another offer, though its range lies inside one badged before', async () => {
    const offers = await scanOffers(`<h1>SME Business Loans</h1>
      <div class="card"><h3>Fixed rate secured business loan</h3>
        <p>Borrow up to $1 million. 2.38% p.a. to 4.43% p.a. fixed, depending on the security you offer.</p></div>
      <div class="card"><h3>Variable rate secured business loan</h3>
        <p>Borrow up to $1 million. 3.09% p.a. to 4.43% p.a. variable, depending on the security you offer.</p></div>`);
    assert(offers.length === 2, JSON.stringify(offers.map((o) => o.card)));
  });
});

describe('Scanner: one rate stated for several products (holdout11 kind)', () => {
  const page = (note: string) => `<h1>Loans for business</h1>
    <section class="card"><h2>Commercial Loan</h2><p>For shops, wholesalers, restaurants and buy-and-sell businesses.</p></section>
    <section class="card"><h2>Big Business Loan</h2><p>Any business purpose where the amount applied for is 1 Million to 3 Million, over 1 to 3 years.</p></section>
    <section class="card"><h2>Deposit-Backed Loan</h2><p>Secured by a hold-out deposit, at most 80% of the account.</p></section>
    <p class="small">${note}</p>`;

  it('cards naming their loans, under a note giving the rate of the loans above, are each an offer at that rate', async () => {
    const offers = await scanOffers(
      page(
        'Note: the loan products above carry an interest rate of 16% per annum, except Deposit-Backed Loans ("plus 3%" over the deposit rate). A 5% service fee applies.',
      ),
    );
    const cards = offers.map((o) => o.card);
    assert(offers.length === 2, JSON.stringify(cards));
    assert(cards[0]!.startsWith('Commercial Loan') && cards[1]!.startsWith('Big Business Loan'), JSON.stringify(cards));
    for (const { offer } of offers) {
      assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '16', JSON.stringify(offer));
      assert(/16% per annum/.test(offer.evidence.sharedRate ?? ''), 'the note is not given as the reason');
    }
    assert(offers[1]!.offer.kind === 'loan' && offers[1]!.offer.maxAmount === '300', JSON.stringify(offers[1]));
  });

  it('a note that shares no rate, or a rate that is no shared one, gives the cards none', async () => {
    const fee = await scanOffers(page('Note: a 5% service fee applies to the loan products above.'));
    assert(fee.length === 0, `a fee read as the loans' rate: ${JSON.stringify(fee)}`);
    const penalty = await scanOffers(page('Note: past-due loans carry a penalty of 18% per annum.'));
    assert(penalty.length === 0, `a penalty read as the loans' rate: ${JSON.stringify(penalty)}`);
  });

  it('a list of products, the note below the list: every item is an offer, the one it names no loan included', async () => {
    const offers = await scanOffers(`<h1>Commercial Loans</h1>
      <ul class="loans">
        <li><div class="name">Commercial Loan</div><div class="line">Who it serves: shops, wholesalers and restaurants.</div></li>
        <li><div class="name">Industrial Loan</div><div class="line">Who it serves: mills, plants and warehouses.</div></li>
        <li><div class="name">Micro and Small Enterprises (MSE)</div><div class="line">Who it serves: bakeries and repair shops with employees.</div></li>
        <li><div class="name">Back-to-Back Loan</div><div class="line">Security: a hold-out deposit, at most 80% of the account.</div></li>
      </ul>
      <div class="remarks">Please note: an interest rate of 16% per annum applies to all the loan products listed above, with the exception of Back-to-Back Loans ("plus 3%" over the interest of the deposit).</div>`);
    const cards = offers.map((o) => o.card);
    assert(offers.length === 3, JSON.stringify(cards));
    assert(
      cards[0]!.startsWith('Commercial Loan') &&
        cards[1]!.startsWith('Industrial Loan') &&
        cards[2]!.startsWith('Micro'),
      JSON.stringify(cards),
    );
    for (const { offer } of offers)
      assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '16', JSON.stringify(offer));
  });
});

describe('Scanner: a list of product cards in a panel (reword2 kind)', () => {
  it('the panel around two titled product cards is no offer: the card stating its own rate is', async () => {
    const offers = await scanOffers(`<div class="panel"><div class="ttl">创业担保贷款</div>
      <p class="lead">政策性贷款：政府性融资担保机构提供担保，财政给予贴息。本行作为经办银行，各网点均可受理。</p>
      <ul class="prods">
        <li><div class="pn">个人创业担保贷款</div><p>额度：单笔最高可贷50万元，期限不超过3年；合伙创业的，额度可以适当上调。</p>
          <p>贴息：贷款利率高于一年期LPR减150个基点的部分，由财政给予贴息。</p></li>
        <li><div class="pn">小微企业创业担保贷款</div><p>额度：最高可申请300万元；期限不超过2年。</p>
          <p>利率：企业只需负担一年期LPR减150个基点，超出部分由财政贴息。</p></li>
      </ul></div>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    assert(offers[0]!.card.startsWith('小微企业创业担保贷款'), offers[0]!.card);
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'lpr' && offer.rate.spreadBp === -150, JSON.stringify(offer));
    assert(offer.maxAmount === '300', JSON.stringify(offer));
  });
});

describe('Scanner: worked examples in boxes of their own (reword10 kind)', () => {
  it('a box under its own heading, in a section headed "Representative examples", illustrates the offer: no badge', async () => {
    const box = (title: string, amount: string, rate: string) => `<div class="rep"><h3>${title}</h3>
      <p>Borrow ${amount} under the scheme over 5 years at a variable rate of ${rate}*: 60 monthly repayments, and a total cost of credit you can see before you sign.</p>
      <p class="small">*The variable rate is our business reference rate plus a margin.</p></div>`;
    const offers = await scanOffers(`<h1>Credit Guarantee Scheme business loan</h1>
      <div class="panel"><h2>Key features</h2><table class="glance">
        <tr><th>Unsecured lending</th><td>€10,000 to €250,000</td></tr><tr><th>Interest</th><td>Variable rate</td></tr></table>
      <h2>Representative examples</h2>${box('Borrowing below €250,000', '€100,000', '2.95%')}${box('Borrowing above €250,000', '€300,000', '2.75%')}
      </div>`);
    assert(offers.length === 0, JSON.stringify(offers.map((o) => o.card)));
  });
});

describe('Scanner: the limit a page given over to one loan states apart from its rate (holdout16 kind)', () => {
  const page = (limitBlock: string) => `<h1>建设银行“善科贷”：让技术实力变成融资硬通货</h1>
    <p>善科贷是建设银行为科技型中小企业推出的信用贷款，全程线上办理。</p>
    <h2>利率</h2><p>善科贷执行利率低至年化3.2%，按月付息，到期还本。</p>
    <h2>产品要素</h2>${limitBlock}<p>2、期限：最长3年。</p>`;

  it('an offer whose block states no limit takes the highest the page states for its loan, and says where from', async () => {
    const offers = await scanOffers(page('<p>1、额度：单户最高可贷1000万。</p>'));
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.maxAmount === '1000' && offer.currency === 'CNY', JSON.stringify(offer));
    assert(offer.evidence.amountOnPage && offer.evidence.amountText === '1000万', JSON.stringify(offer.evidence));
  });

  it("another product's limit (in its line or under its card's title), an example's loan, a hidden block or a condition is not the loan's limit", async () => {
    for (const block of [
      '<p>另有科技履约贷：单户最高可贷2000万。</p>',
      '<div class="card"><div class="t">科技履约贷</div><div class="ln">额度：单户最高可贷2000万。</div></div>',
      '<p>例如：企业借款100万元，一年利息约3.2万元。</p>',
      '<p style="display:none">1、额度：单户最高可贷1000万。</p>',
      '<p>申请企业年营业收入不超过5000万元。</p>',
    ]) {
      const offers = await scanOffers(page(block));
      assert(offers.length === 1, `${block}: ${JSON.stringify(offers.map((o) => o.card))}`);
      const { offer } = offers[0]!;
      assert(offer.kind === 'loan' && offer.maxAmount === undefined, `${block}: ${JSON.stringify(offer)}`);
    }
  });

  it('a page of several offers lends no limit to any: it may be another offer’s', async () => {
    const offers = await scanOffers(
      page('<p>1、额度：单户最高可贷1000万。</p>') + '<h2>其他产品</h2><p>善担贷执行利率年化3.8%，按季付息。</p>',
    );
    assert(offers.length === 2, JSON.stringify(offers.map((o) => o.card)));
    for (const { offer } of offers) assert(offer.kind === 'loan' && !offer.maxAmount, JSON.stringify(offer));
  });
});

describe('Scanner: the limit of a loan its main heading names in English title case (reword10 kind)', () => {
  it("the page's one offer takes the limit stated in a panel of its own", async () => {
    const offers = await scanOffers(`<h1>NAB Business Support Loan</h1>
      <p>Support for eligible small businesses through the Government's SME Guarantee Scheme.</p>
      <div class="rates"><h2>Rates</h2><p>Interest rate (variable, p.a.) 4.50% p.a. variable when unsecured.</p></div>
      <div class="limits"><h2>How much can I borrow?</h2><p>Loan amounts up to A$1,000,000, over a term of up to 5 years.</p></div>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.maxAmount === '100' && offer.evidence.amountOnPage, JSON.stringify(offer));
  });
});

describe('Scanner: a rate given as a list under its label, fine print under its own (holdout17 kind)', () => {
  it("the product's section is one offer: its rate lines and its notes are no offers side by side", async () => {
    const offers = await scanOffers(`<h1>因應疫情貸款專區</h1><section class="product"><h3>小規模營業人貸款</h3>
      <div class="fld"><span class="k">申請資格：</span><span class="v">已辦理稅籍登記之營利事業（含公司登記、商業登記）。</span></div>
      <div class="fld"><span class="k">貸款額度：</span><span class="v">每戶最高額度新臺幣100萬元</span></div>
      <div class="fld"><span class="k">貸款期間：</span><span class="v">最長3年</span></div>
      <div class="fld"><span class="k">貸款利率：</span><span class="v">
        <ol><li>110/1/5～110/6/3申請核撥之案件：撥款日起至110/12/31，利率為1%；111/1/1起最低2.39%起。</li>
        <li>110/6/4以後申請核撥之案件：撥款日起至111/06/30，利率為1%；111/07/01起最低2.39%起。</li></ol></span></div>
      <div class="note"><p><strong>注意事項：</strong></p><ul>
        <li>本廣告揭露之總費用年百分率為1.97%～3%，係以貸款期間3年試算。</li>
        <li>融通期間以中央銀行融通利率加0.9%浮動計息，目前為1%。</li></ul></div></section>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    assert(offers[0]!.card.includes('小規模營業人貸款') && offers[0]!.card.includes('目前為1%'), offers[0]!.card);
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '1', JSON.stringify(offer));
    assert(offer.maxAmount === '100' && offer.currency === 'TWD', JSON.stringify(offer));
  });
});

describe('Scanner: boxes per applicant, then one note stating the rate for both (reword kind)', () => {
  // (Under a source line and an editor, as on the district's page: the article around the boxes is no offer.)
  const page = (note: string) => `<h1>创业担保贷款政策解读</h1><div class="article">
    <p class="meta">信息来源：区人力资源和社会保障局 发布时间：2023年09月14日 责任编辑：王五</p>
    <div class="sec-t">二、可贷多少、贷多久</div>
    <div class="box"><div class="lbl">个人创业担保贷款</div><dl><dt>贷款额度</dt><dd>每人最高可贷20万元；合伙创业的，贷款总额不超过100万</dd><dt>贷款期限</dt><dd>最长3年</dd></dl></div>
    <div class="box"><div class="lbl">小微企业创业担保贷款</div><dl><dt>贷款额度</dt><dd>单户最高不超过300万元</dd><dt>贷款期限</dt><dd>最长2年</dd></dl></div>
    <div class="sec-t">三、财政如何贴息</div><p class="note">${note}</p></div>`;

  it('each box is an offer at the rate the note states for both, with its own limit, and the note as the reason', async () => {
    const offers = await scanOffers(
      page(
        '无论个人还是小微企业，创业担保贷款利息中，LPR减150个基点（1个基点即0.01%）以下的部分，由借款人或借款企业自行负担；超出部分由财政贴息。',
      ),
    );
    assert(offers.length === 2, JSON.stringify(offers.map((o) => o.card)));
    assert(
      offers[0]!.card.startsWith('个人创业担保贷款') && offers[1]!.card.startsWith('小微企业'),
      JSON.stringify(offers),
    );
    for (const { offer } of offers) {
      assert(
        offer.kind === 'loan' && offer.rate.basis === 'lpr' && offer.rate.spreadBp === -150,
        JSON.stringify(offer),
      );
      assert(/无论个人还是小微企业/.test(offer.evidence.sharedRate ?? ''), 'the note is not given as the reason');
    }
    assert(
      offers.map(({ offer }) => offer.kind === 'loan' && offer.maxAmount).join() === '100,300',
      JSON.stringify(offers),
    );
  });

  it('a note stating no rate for the boxes, or a worked example after an amount band, shares none', async () => {
    const none = await scanOffers(page('无论个人还是小微企业，贷款期满后均可再次申请。'));
    assert(none.length === 0, JSON.stringify(none.map((o) => o.card)));
    const example = (band: string, rate: string) => `<section class="ex"><h3>Loans ${band} €250,000</h3>
      <p>Example: a Credit Guarantee Scheme facility of €300,000 at a variable rate of ${rate} over 5 years is repaid by 66 monthly repayments.</p></section>`;
    const band = await scanOffers(`<h1>Credit Guarantee Scheme</h1><div>
      <p>The Credit Guarantee Scheme Loan is open until 31 December, or earlier if it becomes fully subscribed.</p>
      <p>Apply through any branch of the bank.</p>${example('under', '2.95%')}${example('above', '2.75%')}</div>`);
    // (The section's examples may be read as the page's offer; never a band's example as the rate of the loans.)
    assert(!band.some((o) => o.offer.evidence.sharedRate), JSON.stringify(band.map((o) => o.offer.evidence)));
  });
});

describe('Scanner: a program named after an article (holdout13 kind)', () => {
  it('"The Small Business Loan program" in a section headed "Small Business Loan Program" names one loan: the section is its offer', async () => {
    const offers = await scanOffers(`<h1>CDFI Loans</h1><h2>Types of loans we offer</h2>
      <section class="loan"><h3>Small Business Loan Program</h3>
        <p>The Small Business Loan program opens up access to capital for businesses employing fewer than 500 people.</p>
        <p>The Program lends amounts of up to $250,000, and gap financing covering up to 75% of total project costs.</p>
        <p>Borrower's Equity: applicants must put in at least 10% of the project.</p>
        <p>Rate and Terms: Interest rate may be as low as 8%. Repayment terms run up to ten years.</p></section>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '8', JSON.stringify(offer));
  });
});

describe("Scanner: a lender's FAQ page (holdout16 kind)", () => {
  it("the one offer's limit is read in the answer that names its loan, though the page's heading names none", async () => {
    const offers = await scanOffers(`<h1>FAQs</h1>
      <div class="faq"><h3>How much can I borrow with a start up loan?</h3>
        <p>Start-up loans run from £500 up to £25,000, set by your business plan. Our average loan is roughly £7,000.</p></div>
      <div class="faq"><h3>What is the interest rate on a start up loan?</h3>
        <p>A start up loan carries an interest rate fixed at 6% per annum.</p></div>
      <div class="faq"><h3>Is there anything else?</h3><p>Our team lends up to £2,000,000 to other partners.</p></div>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.maxAmount === '2.5' && offer.evidence.amountOnPage, JSON.stringify(offer));
  });

  it('an answer under a question asking the limit gives the limit, though neither names the loan', async () => {
    const offers = await scanOffers(`<h1>Your questions answered</h1>
      <div class="faq"><h3>What's the most I can borrow?</h3><p>You can apply for anything between £500 and £25,000.</p></div>
      <div class="faq"><h3>How much interest will I pay?</h3><p>Every start up loan has a fixed rate of 6% a year.</p></div>
      <div class="faq"><h3>Do you lend to others?</h3><p>Our partners lend up to £2,000,000 to larger firms.</p></div>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.maxAmount === '2.5' && offer.evidence.amountOnPage, JSON.stringify(offer));
  });
});

describe('Scanner: terms under headings, in a box, in a list of features (holdout13, holdout14, reword5 kinds)', () => {
  // What makes a page's main box too long to be one block: the branch's address and the small print.
  const contact = `<div class="contact"><p>${'For further details please speak to the manager of your nearest branch or call our call centre. '.repeat(8)}</p>
    <p>${'The bank reserves the right to change, add to or revise any condition, term or statement relating to this facility. '.repeat(6)}</p></div>`;

  it("headings over their values are one terms sheet: the badge goes on the limit's value", async () => {
    const offers = await scanOffers(`<h1>Prosperity Loan Scheme</h1><div id="content">
      <h3>Purpose :</h3><ul><li>To extend credit to micro, small and medium enterprises outside agriculture</li></ul>
      <h3>Eligibility :</h3><ul><li>Be able to put in an equity contribution of at least 25 % of the project cost</li></ul>
      <h3>Rate of Interest :</h3><ul><li>Security adequate to the amount of the loan</li><li>Mortgage of property (75% FSV)</li></ul>
      <h3>Loan Amount :</h3><ul><li>Depending on the project - Maximum Rs. 25.0 Mn</li><li>For the construction sector - Maximum Rs. 5.0 million</li></ul>
      <h3>Rate of Interest :</h3><ul><li>8 % per annum</li></ul>
      <h3>Repayment Period :</h3><ul><li>Up to 60 months, including a grace period of 6 months</li></ul>${contact}</div>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { card, offer } = offers[0]!;
    assert(card.includes('Depending on the project - Maximum Rs. 25.0 Mn'), card);
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '8', JSON.stringify(offer));
    assert(offer.maxAmount === '2500', JSON.stringify(offer));
  });

  it('a box holding one terms table ("Interest", "How much you can borrow", "Repayment") and its fine print is the sheet', async () => {
    const offers =
      await scanOffers(`<h1>Prosperity Loan Scheme</h1><div class="cols"><div class="facts"><table class="terms">
      <tr><th scope="row">What the loan is for</th><td>Financing MSMEs active outside agriculture</td></tr>
      <tr><th scope="row">Interest</th><td><ul><li>Security sufficient to cover the loan amount</li><li>Property mortgage at 75% of forced sale value</li></ul></td></tr>
      <tr><th scope="row">How much you can borrow</th><td>MSME projects: up to Rs. 25,000,000</td></tr>
      <tr><th scope="row">Interest</th><td>8% p.a.</td></tr>
      <tr><th scope="row">Repayment</th><td>Maximum 60 months</td></tr></table>
      <p class="fine">* Conditions apply.</p></div>${contact}</div>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '8', JSON.stringify(offer));
    assert(offer.maxAmount === '2500', JSON.stringify(offer));
  });

  it("a list of one scheme's features naming other schemes mid-line is one offer, not a list of offers", async () => {
    const offers = await scanOffers(`<h1>PENJANA Tourism Financing Scheme</h1><article>
      <p>We take part in the PENJANA Tourism Financing (PTF) Scheme for SMEs in the tourism sector.</p>
      <p><strong>Key features of the PTF:</strong></p><ul>
      <li>Eligible SMEs can use PTF for working capital and for refinancing existing business financing (capped at 50% of the financing approved)</li>
      <li>Loan / Financing of up to RM300,000 per SME</li>
      <li>Financing rate fixed at 3.5% per annum</li>
      <li>SMEs that received financing under the Special Relief Facility (SRF) or PENJANA SME Financing (PSF) may now apply as well</li>
      </ul></article>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '3.5', JSON.stringify(offer));
    assert(offer.maxAmount === '30' && offer.currency === 'MYR', JSON.stringify(offer));
  });

  it("so is a table of the scheme's features, each row headed by its label", async () => {
    const offers = await scanOffers(`<h1>PENJANA Tourism Financing Scheme</h1><main>
      <p>We take part in the PENJANA Tourism Financing (PTF) Scheme for SMEs in the tourism sector.</p>
      <h2>What PTF offers</h2><table class="features">
      <tr><th>Financing amount</th><td>Each SME may obtain up to RM300,000 in loan / financing</td></tr>
      <tr><th>Rate</th><td>3.5% p.a., fixed</td></tr>
      <tr><th>Use of funds</th><td>Working capital, or refinancing of current business financing (up to 50% of the financing approved)</td></tr>
      <tr><th>Who may apply</th><td>SMEs that received financing under the Special Relief Facility (SRF) or PENJANA SME Financing (PSF)</td></tr>
      </table></main>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '3.5', JSON.stringify(offer));
  });

  it('a product plan as a table labelled in Chinese ("额度期限与定价") inside a notice is its terms sheet', async () => {
    const offers = await scanOffers(`<h1>专精特新企业信用贷款需求调查</h1><div class="article-content">
      <p>省工信厅会同省融资担保集团，以及工商银行、农业银行、交通银行、中信银行、浦发银行、兴业银行共6家商业银行，研究形成了18个专属产品方案。现就信用贷款需求开展调查。</p>
      <table class="fa"><caption>01 工商银行“工信快贷”产品方案</caption>
      <tr><th>产品介绍</th><td>面向小微客户的线上信用融资产品，贷款资金限用于企业日常生产经营。</td></tr>
      <tr><th>适用客户</th><td>经营情况稳定、信用记录良好的小微企业。</td></tr>
      <tr><th>额度期限与定价</th><td>信用方式最高300万元，经担保公司增信最高500万元；期限在12个月以内；执行普惠利率，LPR起。</td></tr>
      <tr><th>申请渠道</th><td>由企业法定代表人登录手机银行提交申请。</td></tr></table></div>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'lpr' && offer.maxAmount === '500', JSON.stringify(offer));
  });
});

describe("Scanner: an article's summary restates its offer (reword10 kind)", () => {
  it('"导读：" over an adviser\'s article: the badge goes on the terms below, not on the summary', async () => {
    const offers = await scanOffers(`<h1>企业税务贷怎么申请？额度、利率、期限一次说清</h1>
      <p class="lead">导读：税务贷是给中小企业用的一款融资产品，最多能批500万元，年化利率从3.45%起步，还款安排比较灵活。</p>
      <h2>一、税务贷的关键要素</h2><div class="card">
        <div class="row"><span>可贷金额</span><span>500万元封顶</span></div>
        <div class="row"><span>参考年利率</span><span>3.45%起，最终执行利率看银行审批</span></div>
        <div class="row"><span>期限</span><span>不超过12个月</span></div>
        <div class="row"><span>还款</span><span>按日计息，先付利息、到期还本</span></div></div>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { card, offer } = offers[0]!;
    assert(card.startsWith('可贷金额'), card);
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '3.45', JSON.stringify(offer));
  });
});

describe("Scanner: a programme's terms sheet under its main heading (holdout8, reword9 kinds)", () => {
  const page = (sheet: string) => `<h1>PROGRAM – Microenterprise Special Relief (MRP 2.0)</h1><div class="w">
    <section><h2>About the programme</h2><p>${'The programme helps micro enterprises in the food production value chain recover. '.repeat(12)}</p></section>
    <section class="card"><h2>Financing at a glance</h2>${sheet}</section>
    <p>${'Apply at any branch; the bank may change, add to or revise any condition of this facility at any time. '.repeat(8)}</p></div>`;

  it('headings over their values ("Financing Amount", "Facility Tenure", "Profit Rate") are the programme\'s loan', async () => {
    const offers = await scanOffers(
      page(`<h3>Financing Amount</h3><ul><li>Minimum: RM1,000</li><li>Maximum: RM100,000</li></ul>
        <h3>Facility Tenure</h3><ul><li>Up to 7 years (84 Months)</li></ul>
        <h3>Profit Rate</h3><ul><li>As low as 4.75% p.a calculated on monthly balance</li></ul>`),
    );
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '4.75', JSON.stringify(offer));
    assert(offer.maxAmount === '10' && offer.product.includes('Microenterprise Special Relief'), JSON.stringify(offer));
  });

  it('so is a definition list of the terms ("Largest amount", "Tenure", "Profit rate")', async () => {
    const offers = await scanOffers(
      page(`<dl class="terms"><div><dt>Smallest amount</dt><dd>RM1,000</dd></div><div><dt>Largest amount</dt><dd>RM100,000</dd></div>
        <div><dt>Tenure</dt><dd>Up to 7 years (84 months)</dd></div><div><dt>Profit rate</dt><dd>From 4.75% p.a., calculated on the monthly rest</dd></div></dl>`),
    );
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '4.75', JSON.stringify(offer));
  });

  it("a member's card listing only its term and rate is no terms sheet of an enterprise's loan", async () => {
    const card = (name: string, months: number, rate: string) =>
      `<div class="product"><h2>${name}</h2><dl><dt>Repayment period</dt><dd>${months} months</dd><dt>Interest</dt><dd>${rate} p.a., charged on the reducing balance</dd></dl></div>`;
    const offers = await scanOffers(`<h1>Our Loan Products</h1>${card('1) NORMAL LOAN - (TYPE 1).', 36, '12%')}
      ${card('2) NORMAL LOAN - (TYPE 2).', 48, '14.4%')}${card('3) EMERGENCY LOAN.', 12, '12%')}
      <p>${'Members may borrow up to three times their shares; loans are approved by the credit committee. '.repeat(10)}</p>`);
    assert(offers.length === 0, JSON.stringify(offers.map((o) => o.card)));
  });
});

describe('scanner: a list of labels beside their values in a box of other links (reword10 kind)', () => {
  const box = (list: string) => `<h1>Agri Demand Loan</h1><div class="content"><ul class="spec">${list}</ul>
    <p>Quick links: <a href="/d">Deposit rates</a> <a href="/s">Service charges</a> <a href="/b">Locate a branch</a></p></div>`;
  const line = (label: string, value: string) =>
    `<li><span class="k">${label}</span> <span class="v">${value}</span></li>`;
  it('the list is a terms sheet: the links beside it do not make it a deposit page', async () => {
    const offers = await scanOffers(
      box(
        line('Intended for', 'Small, marginal and other farmers.') +
          line('Loan quantum', 'Rs. 25,000 per acre, not more than Rs. 2,50,000 in all') +
          line('Interest rate (p.a.)', 'Term loan: 13.00% p.a. / Overdraft: 15.00% p.a.') +
          line('Repayment', '3 to 5 annual instalments fixed to match the harvest.'),
      ),
    );
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '13', JSON.stringify(offer));
    assert(offer.maxAmount === '25', `the highest limit is Rs. 2,50,000: ${JSON.stringify(offer)}`);
  });
  it('lines of running text are no such list: the deposit links still weigh against it', async () => {
    const offers = await scanOffers(
      box(
        '<li>Loan quantum Rs. 25,000 per acre, not more than Rs. 2,50,000 in all</li>' +
          '<li>Interest rate (p.a.) Term loan: 13.00% p.a. / Overdraft: 15.00% p.a.</li><li>Repayment 3 to 5 annual instalments</li>',
      ),
    );
    assert(offers.length === 0, JSON.stringify(offers.map((o) => o.card)));
  });
});

describe("Scanner: an article on one loan is that loan's section (beside-the-anchor kinds)", () => {
  /** An adviser's article on one loan: its lead states the figures, a terms table and the steps follow. */
  const article = (
    terms: string,
    after = '',
  ) => `<header><nav><a href="/">首页</a> <a href="/d">企业贷款</a></nav></header>
    <div class="post"><h1>中国银行首贷通准入条件、利率额度及申请步骤</h1><div class="info">栏目：产品大纲</div>
    <p class="lead">首贷通是中国银行为第一次申请贷款的小微企业推出的信用贷款，额度最高200万元，年化利率3%左右。</p>
    <h2>一、核心要素一览</h2>${terms}
    <h2>二、办理流程</h2><ol class="flow"><li>向客户经理提出申请</li><li>实地查看经营场所</li><li>审批放款</li></ol>
    <p>首贷通属于小微企业贷款里的纯信用贷款。</p><p>更多企业贷款知识，欢迎关注本栏目。</p>
    <p class="note">本文根据公开资料整理，具体以银行审批结果为准。</p>${after}</div>`;
  const keyValues = `<table class="terms"><tr><th>授信额度</th><td>最高200万元，以年营收测算时约为年营收的35%</td></tr>
    <tr><th>还款方式</th><td>三年期每季度偿还本金的1%-5%，到期结清</td></tr><tr><th>担保方式</th><td>信用方式，无需抵押</td></tr></table>`;
  const related = `<div class="relate"><strong>相关产品推荐：</strong><a href="/a">平安银行数字贷产品介绍</a> <a href="/b">农业银行纳税e贷产品大纲</a></div>`;

  it("the lead's badge stands for the whole article: its terms, its shares of revenue and principal, its links to other products", async () => {
    const offers = await scanOffers(article(keyValues, related));
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { card, offer } = offers[0]!;
    assert(card.startsWith('中国银行首贷通') && card.includes('担保方式') && card.includes('审批放款'), card);
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '3', JSON.stringify(offer));
    assert(offer.maxAmount === '200', JSON.stringify(offer));
  });

  it('a heading naming the loan in the plural ("Business loans: who can apply") heads a part of its section', async () => {
    const offers = await scanOffers(`<main><section class="intro"><h1>Our Business Loan</h1>
      <p>Borrow up to £50,000 with our Business Loan, at a fixed 7.9% p.a.</p></section>
      <section class="more"><h2>Business loans: who can apply</h2><p>Sole traders and limited companies trading for a year or more.</p></section></main>`);
    assert(offers.length === 1 && offers[0]!.card.includes('who can apply'), JSON.stringify(offers.map((o) => o.card)));
  });

  it("a page's whole text, thousands of characters more, is no section of the loan", async () => {
    const chatter = `<p>${'栏目编辑整理了近期读者来信，内容涉及企业注册、社保缴纳、办公选址与招聘渠道，欢迎继续来信交流。'.repeat(20)}</p>`;
    const offers = await scanOffers(`<div class="page">${article(keyValues, related)}${chatter.repeat(12)}</div>`);
    assert(
      offers.length === 1 && !offers[0]!.card.includes('读者来信'),
      JSON.stringify(offers.map((o) => o.card.slice(0, 80))),
    );
  });

  it('a keyword cloud hidden from readers begins no offer: the product box under it is the section', async () => {
    const cloud = [
      '闪电贷——面向个人的消费类信用贷款，年化利率3.6%起，额度最高30万元。',
      '大额存单——三年期年利率2.35%。',
    ]
      .map((line) => `<li>${line}</li>`)
      .join('');
    const offers = await scanOffers(`<div class="card-main"><section class="kv"><h1>生意贷</h1>
      <div class="figures"><span>参考年化利率</span><span>4.5%起</span></div><a href="/apply">扫码办理</a></section>
      <section class="panel"><h2>产品简介</h2><p>以企业依法纳税记录作为授信依据，免抵押，额度可以循环支用。</p></section>
      <ul class="kw-cloud" style="display: none">${cloud}</ul></div>`);
    assert(offers.length === 1 && offers[0]!.card.includes('依法纳税记录'), JSON.stringify(offers.map((o) => o.card)));
  });

  it("a short page of one product set straight in <body> is that product's section; its links to others begin none", async () => {
    const offers = await scanOffers(`<header><a href="/">首页</a> <a href="/p">政策服务</a></header>
      <section class="hero"><h1>纳税信用贷款</h1><p class="meta">提供方：辖内合作银行 发布于 2019-04-18</p>
      <div class="figures"><b>4.35%</b> 参考年利率 <b>3000万元</b> 最高额度</div></section>
      <p class="intro">面向纳税信用等级为A级、B级的小微企业，以纳税信用发放的信用贷款，无需抵押。</p>
      <section class="similar">相似产品 <a href="/a">工行 经营快贷</a> <a href="/b">建行 云税贷</a> <a href="/c">农行 纳税e贷</a></section>
      <section class="news">政策快讯 <a href="/d">关于开展首贷续贷服务专项行动的通知</a> <a href="/e">普惠小微贷款贴息申报指南</a></section>
      <footer>版权所有 · 网站地图</footer>`);
    assert(
      offers.length === 1 && offers[0]!.card.includes('以纳税信用发放'),
      JSON.stringify(offers.map((o) => o.card)),
    );
  });

  it("a strip of key figures alone in its box: the box is climbed through to the product's section", async () => {
    const offers = await scanOffers(`<main><div class="kv"><div class="hero"><h1>中小企業貸款</h1>
      <p>不論是營運週轉、添購設備或拓展業務，都能一併搞定</p><p>貸款年利率最低 3.27% 起</p><a href="/apply">我要申辦</a></div></div>
      <section class="intro"><h2>產品特色</h2><p>專人規劃還款期限，營業滿一年的中小企業即可申請。</p></section></main>`);
    assert(offers.length === 1 && offers[0]!.card.includes('專人規劃'), JSON.stringify(offers.map((o) => o.card)));
  });

  it('a terms table naming no product takes the name it was read under: headings naming that loan head its parts', async () => {
    // (An adviser's guide, as the corpus keeps it: "税务贷产品要素" over a table of 额度, 利率…, then "税务贷准入要求".)
    const offers = await scanOffers(await corpusPage('holdout13/zh-tax-hgqcdk-shuiwudai'));
    assert(
      offers.length === 1 && offers[0]!.card.includes('税务贷产品要素') && offers[0]!.card.includes('借款主体准入条件'),
      JSON.stringify(offers.map((o) => o.card)),
    );
  });

  it('its badge stays right after the lead, where the figures are read', async () => {
    await scanOffers(article(keyValues, related), { hosts: true });
    const host = document.querySelector('[data-ezone-annotation]');
    assert(host?.previousElementSibling?.classList.contains('lead'), String(host?.previousElementSibling?.outerHTML));
  });

  it('a table setting two versions side by side keeps the lead a block of its own', async () => {
    const versions = `<table class="terms"><tr><th>版本</th><th>最高额度</th><th>年化利率</th></tr>
      <tr><td>标准版</td><td>200万元</td><td>3%左右</td></tr><tr><td>税金版</td><td>100万元</td><td>3%左右</td></tr></table>`;
    const offers = await scanOffers(article(versions));
    assert(
      offers.every((o) => !o.card.includes('办理流程')),
      JSON.stringify(offers.map((o) => o.card)),
    );
  });

  it('another limit beside the lead is another offer, or another version: the lead stays a block of its own', async () => {
    const offers = await scanOffers(article(keyValues, '<p>提供房产抵押的，额度最高可达500万元。</p>'));
    assert(
      offers.every((o) => !o.card.includes('办理流程')),
      JSON.stringify(offers.map((o) => o.card)),
    );
  });

  /**
   * The scanner started on the test page as it is: the cards it badged (kept as the controller keeps them), how often
   * a badge was read again or taken off, and a wait for the card of a product found later.
   */
  function watchPage() {
    const cards = new Map<Element, Offer>();
    const waiting = new Map<string, (card: Element) => void>();
    let changes = 0;
    const scanner = new Scanner({
      found: (card, offer) => {
        cards.set(card, offer);
        for (const [word, resolve] of waiting) if (offer.product.includes(word)) resolve(card);
      },
      changed: (card, offer) => {
        changes++;
        if (offer) cards.set(card, offer);
        else cards.delete(card);
      },
      isOwn: () => false,
      isCard: (el) => cards.has(el),
    });
    scanner.start();
    return {
      scanner,
      cards,
      changes: () => changes,
      cardOf: (word: string) => new Promise<Element>((resolve) => waiting.set(word, resolve)),
    };
  }

  /** A loan's block as a page script adds it: its title, then its terms. */
  function loanBlock(title: string, terms: string): HTMLElement {
    const block = document.createElement('div');
    block.append(Object.assign(document.createElement('h3'), { textContent: title }));
    block.append(Object.assign(document.createElement('p'), { textContent: terms }));
    return block;
  }

  it('a comment posted below later changes no figure: the badge stays as it is', async () => {
    setBody(article(keyValues, related));
    const page = watchPage();
    await page.scanner.whenIdle();
    assert(page.cards.size === 1, `${page.cards.size} cards`);
    const comments = document.createElement('div');
    comments.className = 'comments';
    comments.textContent = '网友评论：'.concat(
      '我去年申请过，客户经理说审批大约要一周，大家可以先准备好纳税记录。'.repeat(60),
    );
    document.querySelector('.post')!.append(comments);
    // (An offer added outside the article in the same task: once it is found, the comment has been read too.)
    const elsewhere = page.cardOf('科技贷');
    document.body.append(loanBlock('科技贷', '年化利率低至3.45%，额度最高500万元'));
    await elsewhere;
    page.scanner.stop();
    const section = [...page.cards].find(([c]) => c.classList.contains('post'));
    assert(page.changes() === 0, `the badge was read again ${page.changes()} times`);
    assert(section?.[1].kind === 'loan' && section[1].maxAmount === '200', JSON.stringify(section?.[1]));
  });
  it('a block of another loan loaded into the section later gets a badge of its own: the section ends before it', async () => {
    setBody(article(keyValues, related));
    const page = watchPage();
    await page.scanner.whenIdle();
    const found = page.cardOf('数字贷');
    document.querySelector('.post')!.append(loanBlock('平安银行数字贷', '额度最高100万元，年化利率7%起，线上申请。'));
    const card = await found;
    await page.scanner.whenIdle();
    page.scanner.stop();
    const texts = [...page.cards.keys()].map((c) => c.textContent ?? '');
    assert(card.textContent?.includes('年化利率7%') && !card.textContent.includes('首贷通'), card.textContent ?? '');
    assert(
      texts.some((t) => t.includes('首贷通') && !t.includes('数字贷')),
      JSON.stringify(texts),
    );
  });
});

describe("Scanner: a long review of one scheme's loan (beside-the-anchor kinds)", () => {
  it("a review longer than a block, under a heading naming no product, is still the loan's section: its standfirst states the figures", async () => {
    const advice = (topic: string) =>
      `<h2>${topic}</h2><p>${'Write the plan first, test it against the numbers you know, and ask an adviser to read it before you apply. '.repeat(4)}</p>`;
    const offers =
      await scanOffers(`<article class="post"><h1>Our review: a government-backed loan for new businesses</h1>
      <p class="standfirst">The government-backed Start Up Loans scheme lends £500-£25,000 at a 6% fixed APR.</p>
      <h2>What Are Start Up Loans?</h2><p>Personal loans for business purposes, backed by the government.</p>${advice('Who can apply')}${advice('What you need')}${advice('How the money is paid')}${advice('Mentoring')}
      <p class="last">Repayments run for one to five years, with no early repayment fee.</p></article>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { card, offer } = offers[0]!;
    assert(card.includes('no early repayment fee'), card);
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '6', JSON.stringify(offer));
  });
});

describe('Scanner: an article telling of two loans keeps them apart (beside-the-anchor kinds)', () => {
  it('"个人创业担保贷款" beside "小微企业创业担保贷款" is another loan, though its name holds the other\'s words', async () => {
    // (A local news site's guide, as the corpus keeps it.)
    const offers = await scanOffers(await corpusPage('reword8/zh-startup-handan-bendibao-chuangye-r8'));
    assert(
      offers.every((o) => !(o.card.includes('个人最高') && o.card.includes('单户最高'))),
      JSON.stringify(offers.map((o) => o.card)),
    );
  });

  it('a section headed by another loan, even a kind of loan, is another offer: "B. GENERAL BUSINESS LOANS" after "A. MICRO SECTOR LOANS"', async () => {
    // (A development bank's page, as the corpus keeps it.)
    const offers = await scanOffers(await corpusPage('holdout9/en-sme-foreign-grenadadb-business-loans'));
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    assert(offers[0]!.card.includes('MICRO SECTOR') && !offers[0]!.card.includes('GENERAL BUSINESS'), offers[0]!.card);
  });

  it('a product column of a table is badged alone: the row across it holds the other products', async () => {
    const offers = await scanOffers(`<main><article><h1>香港小型貸款計劃</h1><h2>1. 貸款條款</h2><table class="grid">
      <thead><tr><th></th><th>小型創業貸款</th><th>自僱營商貸款</th></tr></thead><tbody>
      <tr><th>最高貸款金額</th><td>30萬港元</td><td>20萬港元</td></tr>
      <tr><th>利率</th><td colspan="2">年利率不高於9%；如有合資格第三方擔保，年利率則不高於8%</td></tr>
      <tr><th>還款期</th><td colspan="2">1年、2年、3年、4年或5年</td></tr></tbody></table>
      <p>非政府機構會協助申請人準備及遞交申請。</p></article></main>`);
    assert(
      offers.length > 0 && offers.every((o) => !(o.card.includes('30萬') && o.card.includes('20萬'))),
      JSON.stringify(offers.map((o) => o.card)),
    );
  });
});

describe('Scanner: a box under its one title that gives the loan another name (holdout16 kind)', () => {
  it('"we call it the Basic Loan" in the box of "Working Capital Loan (Group Loan)" is one loan, badged once', async () => {
    const offers = await scanOffers(`<div id="main"><h2>What we do</h2><p>We offer four kinds of loan product.</p>
      <div class="features"><h3>Working Capital Loan (Group Loan)</h3>
      <p>This has been our main product and we call it the “Basic Loan”. Over 90% of our member customers use it.</p>
      <p>a. It finances an existing business or income generating activity, not a start-up.</p>
      <p>b. Interest rate: 18% p.a on declining loan balance; interest is paid together with part of the principal.</p>
      <p>c. The minimum loan amount is TZS 200,000 and the maximum loan amount is TZS 5,000,000.</p></div>
      <div class="features"><h3>Agribusiness loan</h3><p>Given through groups of farmers; repaid at harvest.</p></div>
      </div>`);
    assert(offers.length === 1, JSON.stringify(offers));
    const [o] = offers;
    assert(o!.card.startsWith('Working Capital Loan (Group Loan)'), o!.card);
    assert(o!.offer.kind === 'loan' && o!.offer.maxAmount === '500', JSON.stringify(o!.offer));
  });
});

describe('Scanner: boxes titled by a line of their own, not a heading (reword8 kind)', () => {
  it('"一、个人创业担保贷款" and "二、小微企业创业担保贷款", each over its term rows, are two offers', async () => {
    const box = (title: string, limit: string, rate: string) =>
      `<div class="blk"><div class="bt">${title}</div>
      <div class="row"><span class="k">贷款额度</span><span class="v">${limit}</span></div>
      <div class="row"><span class="k">贷款期限</span><span class="v">每笔最长3年，到期可继续申请。</span></div>
      <div class="row"><span class="k">贷款利率</span><span class="v">${rate}</span></div></div>`;
    const offers = await scanOffers(`<section class="art"><h1>创业担保贷款额度上调</h1>
      <p class="lead">个人和小微企业的额度上限都上调了，下面分别说明。</p>
      ${box('一、个人创业担保贷款及贴息', '个人最高可申请30万元。合伙创业的，合计不得超过小微企业创业担保贷款的额度上限，即不超过400万元。', '贷款利率最高为LPR+150BPs，由财政部门按照实际执行利率的50%予以贴息。')}
      ${box('二、小微企业创业担保贷款及贴息', '单户最高不超过400万元。', '利率上限按LPR+150BPs执行。')}
      </section>`);
    assert(offers.length === 2, JSON.stringify(offers.map((o) => o.card)));
    assert(
      offers.some((o) => o.card.startsWith('一、个人创业担保贷款')),
      JSON.stringify(offers.map((o) => o.card)),
    );
    assert(
      offers.some((o) => o.card.startsWith('二、小微企业创业担保贷款')),
      JSON.stringify(offers.map((o) => o.card)),
    );
  });
});

describe('Scanner: a worked example named after its loan, and a rate note over a few funds (reword11 kinds)', () => {
  it('"Base Rate Loan example: borrowing £8,000 … representative 8.7% APR" illustrates a loan: no badge of its own', async () => {
    // (A bank's page of its business loans, as the corpus keeps it: each loan's example under the panels.)
    const offers = await scanOffers(await corpusPage('reword11/en-sme-foreign-bank-of-scotland-loan-table-r11'));
    assert(offers.length > 0, 'no loan found on the page');
    assert(
      offers.every((o) => !/^\w[\w ]* example:/.test(o.card)),
      JSON.stringify(offers.map((o) => o.card.slice(0, 80))),
    );
  });
  it('"lends … at an interest rate of 4%, … for each fund below" prices each fund below it', async () => {
    const offers = await scanOffers(await corpusPage('reword11/en-sme-foreign-tdb-to-government-managed-funds-r11'));
    assert(offers.length === 3, JSON.stringify(offers.map((o) => o.card)));
    for (const o of offers)
      assert(o.offer.kind === 'loan' && o.offer.rate.basis === 'fixed' && o.offer.rate.low === '4', JSON.stringify(o));
  });
});

describe("Scanner: a FAQ's rate table whose second row is priced over the bank's base rate (holdout kind)", () => {
  it('the row "a) Self-employed … Flat rate 11% p.a" is the offer, not the whole FAQ around the table', async () => {
    const offers = await scanOffers(await corpusPage('holdout/en-sme-foreign-maybank-mikro-faq'));
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card.slice(0, 80))));
    assert(offers[0]!.card.startsWith('a) Self-employed'), offers[0]!.card.slice(0, 120));
  });
});

describe('Scanner: terms the reader opens later (issue 8: tabs on real product pages)', () => {
  it('a tab hidden when the page is read gets its badge once the reader opens it, though no node changed', async () => {
    setBody(`<h1>SME Credit Line</h1><style>.pane{display:none} #t1:checked~#p1,#t2:checked~#p2{display:block}</style>
      <div class="tabs"><input type="radio" name="t" id="t1" checked><label for="t1">Overview</label>
      <input type="radio" name="t" id="t2"><label for="t2">Key terms</label>
      <div class="pane" id="p1"><p>A revolving line that keeps a small firm's cash flowing between invoices.</p></div>
      <div class="pane" id="p2"><dl><dt>Maximum facility</dt><dd>Business credit line of up to $150,000</dd>
      <dt>Pricing</dt><dd>Fixed rates from 9.5% per annum</dd><dt>Term</dt><dd>Up to 12 months</dd></dl></div></div>`);
    const cards = new Map<Element, Offer>();
    let shown: (card: Element) => void = () => {};
    const badged = new Promise<Element>((resolve) => (shown = resolve));
    const scanner = new Scanner({
      found: (card, offer) => {
        cards.set(card, offer);
        shown(card);
      },
      changed: (card, offer) => (offer ? cards.set(card, offer) : cards.delete(card)),
      isOwn: () => false,
      isCard: (el) => cards.has(el),
    });
    scanner.start();
    try {
      await scanner.whenIdle();
      assert(cards.size === 0, 'a badge in a tab the reader has not opened');
      (document.getElementById('t2') as HTMLInputElement).click();
      const card = await badged;
      const terms = document.getElementById('p2')!;
      assert(terms.contains(card) || card.contains(terms), `badged ${card.outerHTML.slice(0, 120)}`);
      const offer = cards.get(card)!;
      assert(
        offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '9.5' && offer.maxAmount === '15',
        JSON.stringify(offer),
      );
    } finally {
      scanner.stop();
    }
  });
});

describe('Scanner: a representative example named after its loan (reword12 kind)', () => {
  it('"Base Rate Loan: borrowing £8,000 unsecured over 60 months…" illustrates the loan\'s card; it is no offer of its own', async () => {
    const offers = await scanOffers(await corpusPage('reword12/en-sme-foreign-bank-of-scotland-loan-table-r12'));
    const examples = offers.filter((o) => /borrowing £8,000/.test(o.card));
    assert(offers.length >= 2 && examples.length === 0, JSON.stringify(offers.map((o) => o.card.slice(0, 60))));
  });
});

describe('Scanner: one loan told in a summary, a lead and its terms; a grid of tier cards (reword14 kinds)', () => {
  const cards = (offers: { card: string }[]) => JSON.stringify(offers.map((o) => o.card.slice(0, 60)));
  const limitOf = (o: { offer: Offer } | undefined) => (o?.offer.kind === 'loan' ? o.offer.maxAmount : undefined);
  it('a section read whole gives the limit its rate\'s part left out ("Anything from £500 up to £25,000")', async () => {
    const offers = await scanOffers(await corpusPage('reword14/en-startup-transmit-start-up-loan-r14'));
    assert(offers.length === 1, cards(offers));
    assert(limitOf(offers[0]) === '2.5' && offers[0]!.offer.currency === 'GBP', JSON.stringify(offers[0]!.offer));
  });
  it('"一句话总结：…" and "一句话了解：…" restate the article below: the terms keep the one badge', async () => {
    for (const [page, limit] of [
      ['reword14/zh-startup-drhy88-youchu-chuangdan-r14', '300'],
      ['reword14/zh-supply-chain-drhy88-pingan-dinghuodai-r14', '2000'],
    ] as const) {
      const offers = await scanOffers(await corpusPage(page));
      assert(offers.length === 1, `${page}: ${cards(offers)}`);
      assert(!/一句话/.test(offers[0]!.card.slice(0, 60)), `${page}: ${cards(offers)}`);
      assert(limitOf(offers[0]) === limit, `${page}: ${JSON.stringify(offers[0]!.offer)}`);
    }
  });
  it('terms naming only "贷款" after a lead naming the loan, at its rate with a higher limit: one offer, the terms', async () => {
    const offers = await scanOffers(await corpusPage('reword14/zh-puhui-drhy88-icbc-jingyingkuaidai-r14'));
    assert(offers.length === 1, cards(offers));
    assert(limitOf(offers[0]) === '1000', JSON.stringify(offers[0]!.offer));
  });
  it('a key-figures strip with the rate alone gives its badge to the terms naming only "loan" with the limit', async () => {
    const offers = await scanOffers(await corpusPage('holdout2/en-sme-foreign-smesg-efs-working-capital'));
    assert(offers.length === 1, cards(offers));
    assert(limitOf(offers[0]) === '30', JSON.stringify(offers[0]!.offer));
  });
  it('a terms sheet keeps its badge from a later paragraph quoting its rate as a range ("4.35%起…")', async () => {
    const offers = await scanOffers(await corpusPage('reword13/zh-puhui-wzask-icbc-xiaoweiyidai-r13'));
    assert(offers.length === 1, cards(offers));
    assert(offers[0]!.card.startsWith('授信额度'), cards(offers));
  });
  it('a versions table\'s rows ("标准版 | 30万 | 7%-12%", "税金版 | 100万 | 7%-12%") are the offers, not the lead telling both', async () => {
    const offers = await scanOffers(await corpusPage('holdout5/zh-tax-drhy88-pingan-shuzidai'));
    assert(offers.length === 2, cards(offers));
    assert(
      offers.some((o) => o.card.startsWith('标准版')) && offers.some((o) => o.card.startsWith('税金版')),
      cards(offers),
    );
  });
  it('"T1 … 0%", "T2 … 5%", "T3 … 7%": cards alike, each quoting a rate, are three offers', async () => {
    const offers = await scanOffers(await corpusPage('reword14/en-sme-foreign-jsbl-kamyab-jawan-business-loans-r14'));
    const rates = offers.map((o) =>
      o.offer.kind === 'loan' && o.offer.rate.basis === 'fixed' ? o.offer.rate.low : '',
    );
    assert(
      JSON.stringify(rates.sort()) === JSON.stringify(['0', '5', '7']),
      `${JSON.stringify(rates)} ${cards(offers)}`,
    );
  });
  it('"算笔账：A级企业贷100万元，年化3.26%…" works an example: no badge of its own', async () => {
    const offers = await scanOffers(await corpusPage('reword14/zh-tax-doswx-boc-shuidai-r14'));
    assert(offers.length > 0, 'no offer found');
    assert(
      offers.every((o) => !o.card.startsWith('算笔账')),
      cards(offers),
    );
  });
});

describe('Scanner: a terms table labelled in plain words (reword15 kind)', () => {
  it('"Most you can borrow | €10,000 …", "Longest term | 36 months", "Rate of interest | 6% per annum" is the page\'s loan', async () => {
    const offers = await scanOffers(await corpusPage('reword15/en-sme-en-boylecu-farm-loans-r15'));
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card.slice(0, 60))));
    const { offer } = offers[0]!;
    assert(offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '6', JSON.stringify(offer));
    assert(offer.maxAmount === '1' && offer.currency === 'EUR', JSON.stringify(offer));
  });
});

describe('Scanner: a rate table in rows of boxes under a loans heading (reword16 kind)', () => {
  it('"Business Maximiser | 7.49% p.a. | Variable" under "Business loans": each row an offer; a "Base Rate" row and a closed one none', async () => {
    const offers = await scanOffers(`<h1>Business lending interest rates</h1>
      <section><h2>Business loans</h2>
        <div class="hd"><span>Product</span><span>Interest rate</span><span>Rate type</span></div>
        <div class="row"><span>Business Maximiser</span><span>7.49% p.a.</span><span>Variable</span></div>
        <div class="row"><span>Business Loan</span><span>6.64% p.a.</span><span>Variable</span></div>
        <div class="row"><span>Business Line</span><span>6.06% p.a.</span><span>Variable</span></div></section>
      <section><h2>Commercial loans</h2>
        <div class="row"><span>Commercial Loan <i>Closed to new customers</i></span><span>7.67% p.a.</span><span>Variable</span></div>
        <div class="row"><span>Commercial Base Rate</span><span>8.22% p.a.</span><span>Reference rate</span></div>
        <div class="row"><span>Commercial Line of Credit</span><span>8.19% p.a.</span><span>Variable</span></div></section>`);
    const rates = offers.map((o) =>
      o.offer.kind === 'loan' && o.offer.rate.basis === 'fixed' ? o.offer.rate.low : '',
    );
    assert(JSON.stringify(rates) === '["7.49","6.64","6.06","8.19"]', JSON.stringify(offers.map((o) => o.card)));
  });
});

describe("Scanner: one product's tiers as lists of labelled terms (this session's guard)", () => {
  it('"一般客户" and "疫情防控相关行业", each over 额度/期限/年利率 lines, are one product: one badge', async () => {
    const offers = await scanOffers(`<h1>减税云贷</h1><p>建设银行为纳税信用A、B级小微企业提供的线上信用贷款。</p>
      <div class="terms"><div class="tier">一般客户</div>
        <ul><li>额度：普通客户额度最高300万元</li><li>期限：1年</li><li>年利率：4.5025%</li></ul>
        <div class="tier">疫情防控相关行业</div>
        <ul><li>额度：疫情防控相关行业额度上限提高到500万元</li><li>期限：1年</li><li>年利率：4.1025%</li></ul></div>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
  });
});

describe('Scanner: a price table whose finance word is only in its column heading (reword17 kind)', () => {
  it('"Yearly premium" over "£300 to £1,500", "£1,500 to £5,000": each row is a tier of the cover, badged', async () => {
    const offers = await scanOffers(`<h1>Cyber insurance for UK businesses</h1>
      <p>Cover for data breaches and cyber attacks. What each size of firm usually pays a year:</p>
      <table><thead><tr><th>Business size</th><th>Yearly premium</th><th>What's usually involved</th><th></th></tr></thead>
        <tbody><tr><th>Micro businesses</th><td>£300 to £1,500</td><td>Cover limits at the basic end</td><td><a href="#">Get a quote</a></td></tr>
        <tr><th>Small businesses</th><td>£1,500 to £5,000</td><td>Mid-range cover limits</td><td><a href="#">Get a quote</a></td></tr>
        <tr><th>Medium businesses</th><td>£5,000 to £15,000</td><td>Raised cover limits</td><td><a href="#">Get a quote</a></td></tr></tbody></table>`);
    const premiums = offers.map((o) => (o.offer.kind === 'insurance' ? o.offer.premium : ''));
    assert(JSON.stringify(premiums) === '["0.03","0.15","0.5"]', JSON.stringify(offers.map((o) => o.card)));
  });
});

describe("Scanner: a cover's plans side by side, each with its own premium (reword18 kind)", () => {
  it('"标准型方案 基准保费 2000 元" and "增强型方案 基准保费 4000 元" under the product\'s description: two badges', async () => {
    const offers = await scanOffers(`<h1>专利执行保险</h1>
      <div class="panel"><h3>保障说明</h3><p>保费的计算方式为：基准保费＋按专利件数加收的保费。目前提供两档方案：</p>
        <div class="plan"><h4>标准型方案</h4><dl><dt>基准保费</dt><dd>2000 元</dd><dt>每件专利加收</dt><dd>200 元</dd></dl><a href="#">预约咨询</a></div>
        <div class="plan"><h4>增强型方案</h4><dl><dt>基准保费</dt><dd>4000 元</dd><dt>每件专利加收</dt><dd>400 元</dd></dl><a href="#">预约咨询</a></div></div>`);
    const premiums = offers.map((o) => (o.offer.kind === 'insurance' ? o.offer.premium : ''));
    assert(JSON.stringify(premiums) === '["0.2","0.4"]', JSON.stringify(offers.map((o) => o.card)));
  });
});

describe('Scanner: worked repayments are examples, not offers (reword18 kind)', () => {
  it('rows under "Loan | Term | Variable rate | Monthly payment | Cost of credit", and a "测算：" line, get no badge', async () => {
    const offers = await scanOffers(`<h1>Small business loans</h1>
      <div class="card"><h2>Business Loan</h2><p>Borrow up to €50,000 for your business. Variable rate 7.05% p.a.</p></div>
      <table><thead><tr><th>Loan</th><th>Term</th><th>Variable rate</th><th>Monthly payment</th><th>Cost of credit</th></tr></thead>
        <tbody><tr><td>€5,000</td><td>36 months</td><td>7.05%</td><td>€154.41</td><td>€558.76</td></tr>
        <tr><td>€10,000</td><td>60 months</td><td>7.05%</td><td>€198.05</td><td>€1,883.00</td></tr></tbody></table>
      <p>测算：A级企业贷款100万元，年化3.26%，使用90天，利息为8150元。</p>`);
    assert(offers.length === 1 && offers[0]!.card.includes('Business Loan'), JSON.stringify(offers.map((o) => o.card)));
  });
});

describe("Scanner: a lender's table with a column of loan names (reword18 kind)", () => {
  it('"Loan | Who it is for | Interest" over "Industrial Loan | Mills… | 16% per annum": each row is an offer', async () => {
    const offers = await scanOffers(`<h1>Business &amp; Commercial Lending</h1>
      <table><thead><tr><th>Loan</th><th>Who it is for</th><th>Interest</th></tr></thead><tbody>
        <tr><td>Industrial Loan</td><td>Mills, manufacturing plants, warehouses and machine shops.</td><td>16% per annum</td></tr>
        <tr><td>Market Vendor &amp; Stall Holder Loan</td><td>Owners of stalls inside the public market.</td><td>17% per annum</td></tr>
      </tbody></table>`);
    const rates = offers.map((o) =>
      o.offer.kind === 'loan' && o.offer.rate.basis === 'fixed' ? o.offer.rate.low : '',
    );
    assert(JSON.stringify(rates) === '["16","17"]', JSON.stringify(offers.map((o) => o.card)));
  });
});

describe("Scanner: one product's rates by the borrower's grade (reword18 kind)", () => {
  it('"Credit risk rating | Rate" over "CRR A | 10.00% pa"…: one badge for the product, at the range', async () => {
    const offers = await scanOffers(`<h1>Business loans</h1>
      <div class="sector"><h2>Equipment Loan</h2><p>Finance for the plant and machinery of your business, up to $200,000.</p>
        <table><tr><th>Credit risk rating</th><th>Rate</th></tr><tr><td>CRR A</td><td>10.00% pa</td></tr>
          <tr><td>CRR B</td><td>11.00% pa</td></tr><tr><td>CRR C</td><td>12.00% pa</td></tr></table></div>`);
    assert(offers.length === 1, JSON.stringify(offers.map((o) => o.card)));
    const { offer } = offers[0]!;
    assert(
      offer.kind === 'loan' && offer.rate.basis === 'fixed' && offer.rate.low === '10' && offer.rate.high === '12',
      JSON.stringify(offer),
    );
  });
});

describe('pageContext: a review of several platforms by its title (reword17 kind)', () => {
  it('"小微经营贷去哪借？网商、微众、平安普惠等5家平台横向测评" is a comparison; "我行5家支行均可办理" in a body is not', () => {
    const review = ctx(`<html><head><title>小微经营贷去哪借？网商、微众、平安普惠等5家平台横向测评</title></head><body>
      <h1>小微经营贷去哪借？网商、微众、平安普惠等5家平台横向测评</h1><p>网商贷最高300万，年化7.2%起。</p></body></html>`);
    assert(review.comparison, "a round-up of five platforms read as one lender's page");
    const bank = ctx(`<html><head><title>经营快贷 - 示例银行</title></head><body>
      <h1>经营快贷</h1><p>我行5家支行均可办理，年化利率3.45%起，最高500万元。</p></body></html>`);
    assert(!bank.comparison, "a bank's own product page read as a comparison");
  });
});

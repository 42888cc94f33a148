/** Page-level rules found on holdout8 (issue 8): a guide to a market's kinds of loans offers none of them. */
import { PAGE_TEXT_CHARS, pageContext } from '../../extension/inject/page-context.ts';
import { leadingText } from '../../extension/inject/scanner.ts';

function ctx(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return pageContext(doc, leadingText(doc.body, PAGE_TEXT_CHARS));
}
function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

const card = (name: string, rate: string) =>
  `<div class="card"><h3>${name}</h3><p>Amounts: KES 100k - KES 5M</p><p>Interest: ${rate} p.a.</p></div>`;

describe('pageContext: a guide to the kinds of loans on a market', () => {
  it('a grid of loan types with typical ranges, naming no lender, is a market page', () => {
    const c = ctx(`<html><body><h1>Business Loans in Kenya: Types and Requirements</h1>
      <p>This guide walks through the kinds of business loans on offer in Kenya and what lenders ask for.</p>
      <h2>Types of Business Loans in Kenya</h2>
      ${card('Startup Loans', '8% - 15%')}${card('Asset Finance', '13% - 18%')}${card('Working Capital Loans', '14% - 20%')}
      </body></html>`);
    assert(c.comparison, 'a market guide read as an offer page: each card would get a badge');
  });
  it('a lender listing the types of loans it offers is not', () => {
    const c = ctx(`<html><body><h1>Business loans</h1>
      <p>We offer three types of business loans to our SME customers.</p>
      ${card('Term Loan', '12%')}${card('Overdraft', '14%')}</body></html>`);
    assert(!c.comparison, "a lender's own product grid read as a market page");
  });
});

describe('pageContext: rates in a currency are no place', () => {
  it('"Interest rates in TJS … in USD" on one product\'s page is no market page; "rates in Singapore" is', () => {
    const product = ctx(`<html><body><h1>Microfinance</h1><p>For micro entrepreneurs in trade and services.</p>
      <table><tr><td>Maximum loan size</td><td>TJS 90,000 / USD 10,000</td></tr>
      <tr><td>Interest rates in TJS</td><td>29% - 35%, stated annually</td></tr>
      <tr><td>Interest rates in USD</td><td>16% - 25%, stated annually</td></tr></table></body></html>`);
    assert(!product.comparison, 'one product priced in two currencies read as a market round-up');
    const market = ctx(
      `<html><body><h1>SME loans</h1><p>Business loan rates in Singapore start from 3%.</p></body></html>`,
    );
    assert(market.comparison, "a place's market read as an offer page");
  });
});

describe("pageContext: indicative rates in a lender's own voice", () => {
  it("a bank's lending policy naming only itself states its own indicative range; a guide's indicative rates stay the market's", () => {
    const policy = ctx(`<html><head><title>Lending Policies | Lagoon Development Bank</title></head><body>
      <nav>Home Contact Lagoon Development Bank Loans</nav><h1>Lending Policies and Guidelines</h1>
      <p>The Bank exists to promote growth by lending to enterprises in every sector.</p>
      <h2>Interest Rates</h2><p>The Bank sets the interest rates on its loans from time to time. Indicative interest
      rates will range from 8% to 14%.</p><footer>© Lagoon Development Bank</footer></body></html>`);
    assert(!policy.comparison, "a lender's own indicative range read as the market's");
    assert(policy.businessPage, 'a lender saying it lends to enterprises: its "loans" read as no business loan');
    const ours = ctx(`<html><body><h1>SME loans</h1><p>We lend to small firms. Our indicative interest rates
      range from 9% to 13% p.a.</p></body></html>`);
    assert(!ours.comparison, "a lender's own indicative range (its own voice) read as the market's");
    const guide = ctx(`<html><head><title>SME loans explained</title></head><body><h1>SME loans</h1>
      <p>Indicative interest rates range from 8% to 14%; Harbour Bank and Hill Bank both lend.</p></body></html>`);
    assert(guide.comparison, "a guide's indicative rates read as one lender's");
  });
});

/** Page-level rules found on reword (issue 8): another writer's loan-portal pages on one product. */
describe('pageContext: a loan portal’s page on one product', () => {
  const sidebar = ['工商银行 经营快贷', '建设银行 云税贷', '农业银行 纳税e贷', '邮储银行 小微易贷', '招商银行 生意贷']
    .map((name) => `<li><a href="#">${name}</a></li>`)
    .join('');
  const terms =
    '<table><tr><th>贷款额度</th><td>最高300万元</td></tr><tr><th>年化利率</th><td>3.3%起</td></tr></table>';
  it('five banks linked in a sidebar of similar products make no comparison; five named in the text do', () => {
    const product = ctx(`<html><head><title>银税贷（中银企E贷）｜中国银行｜融资产品库</title></head><body>
      <h1>中银企E贷·银税贷</h1><p>机构：中国银行</p>${terms}<div class="side"><h3>类似产品推荐</h3><ul>${sidebar}</ul></div></body></html>`);
    assert(!product.comparison, 'a product page read as a comparison because of its sidebar links');
    const roundUp = ctx(`<html><head><title>税贷产品</title></head><body><h1>税贷产品</h1>
      <p>工商银行经营快贷3.45%，建设银行云税贷3.6%，农业银行纳税e贷3.5%，邮储银行小微易贷3.7%，招商银行生意贷3.8%。</p></body></html>`);
    assert(roundUp.comparison, 'five lenders with their rates in the text not read as a comparison');
  });
  it('邮政储蓄银行 and 邮储银行 are one lender', () => {
    const c = ctx(
      `<html><body><h1>小微易贷</h1><p>邮政储蓄银行（邮储银行）小微易贷，工商银行、建设银行客户也可申请。</p>${terms}</body></html>`,
    );
    assert(!c.comparison, 'one bank under two names counted as two lenders');
  });
  it("an overview of one product's terms is no round-up; an overview naming no one product is", () => {
    const one = ctx(`<html><head><title>中行首贷通：申请门槛、额度利率与办理流程一览 - 东融咨询</title></head><body>
      <h1>中国银行首贷通：申请门槛、额度利率与办理流程一览</h1>${terms}</body></html>`);
    assert(!one.comparison, "one product's overview read as a round-up");
    const many = ctx(
      `<html><head><title>2026年各银行贷款利率一览 - 东融咨询</title></head><body><h1>2026年各银行贷款利率一览</h1>${terms}</body></html>`,
    );
    assert(many.comparison, 'an overview naming no one product not read as a round-up');
  });
  it("the site's name after the title's last separator is not the page's kind", () => {
    const c = ctx(`<html><head><title>惠您贷（企业版）怎么样？额度利率及申请条件_口子大全</title></head><body>
      <h1>宁银消费金融“惠您贷（企业版）”</h1>${terms}</body></html>`);
    assert(!c.comparison, "the site's name (口子大全) made a product page a round-up");
  });
  it('an explainer of the types of a class of lenders is a market page', () => {
    const c = ctx(`<html><head><title>什么是小额贷款公司？小贷公司有哪几类 | 贷款百科</title></head><body>
      <p>抵押/担保型小贷利率相对低（年化10%-15%）；纯信用型小贷利率较高（年化15%-24%）。</p></body></html>`);
    assert(c.comparison, 'an explainer of 小贷 types read as an offer page');
  });
});

describe('pageContext: a named scheme, and a guide to a market (reword3 kinds)', () => {
  it('a page given over to one named scheme that speaks of the lenders making it is no market page', () => {
    const c = ctx(`<html><body><h1>SBA Microloan Program</h1><p>Microloans are made by nonprofit intermediary lenders.
      Each lender sets its own terms; lenders usually ask for collateral; the lender decides.</p>
      <table><tr><td>Largest loan available</td><td>$50,000</td></tr><tr><td>Typical interest rate range</td>
      <td>8% to 13%</td></tr></table></body></html>`);
    assert(!c.comparison, 'a guide to one scheme read as a round-up: its terms would get no badge');
  });
  it('a guide to a kind of loan where the price "depends on the lender" is a market page', () => {
    const c = ctx(`<html><body><h1>MSME Loan – Check Features, Eligibility &amp; Interest Rates in 2024</h1>
      <p>A large number of Indian lenders provide this kind of loan.</p><h2>MSME Loan at a Glance</h2>
      <p>Rate of interest: starting at 7.75% p.a.</p><p>Processing charges: depend on the lender</p></body></html>`);
    assert(c.comparison, 'a market guide read as an offer page: its summary would get a badge');
  });
});

describe('pageContext: a portal named 社区, a title on how to apply (reword kinds)', () => {
  it("a portal's article on one product is no thread for the 社区 in its site name and menus", () => {
    const brand = '<div class="bar">卡农社区｜贷款</div><div class="brand">卡农社区</div>';
    const body = `${brand}<div class="hd">中国银行小微首户贷：能贷多少、利率多少</div><p>最高可借300万，年利率3.45%。</p>
      <div class="aside">网友提问：首户贷会不会上门考察？</div><div class="ft">卡农社区 · 问答 · 关于我们 · 卡农社区</div>`;
    const article = ctx(
      `<html><head><title>中行小微首户贷怎么申请？额度利率_卡农社区贷款频道</title></head><body>${body}</body></html>`,
    );
    assert(!article.forum, "a portal's product article read as a thread");
    const thread = ctx(`<html><head><title>首户贷好批吗_卡农社区</title></head><body>${body}<p>楼主：刚批了</p>
      <p>回复：我也批了</p></body></html>`);
    assert(thread.forum, 'a thread with posts on the same site not read as one');
    const qa = ctx(`<html><head><title>中行小微首户贷怎么申请？_卡农问答</title></head><body>${body}</body></html>`);
    assert(qa.forum, 'a page of a site named 问答 not read as a thread');
  });
  it('"申请办法" in a title is how to apply, no rule; "管理办法" is one', () => {
    const page = (title: string) => ctx(`<html><head><title>${title}</title></head><body><p>x</p></body></html>`);
    assert(!page('邮储银行小微易贷各模式额度利率及申请办法').policy, 'an article on how to apply read as a rule');
    assert(page('科技企业风险池贷款管理办法').policy, 'a rule not read as one');
  });
  it("a notice's title is told apart from a government site's guide (创业担保贷款政策解读)", () => {
    const page = (title: string) => ctx(`<html><head><title>${title}</title></head><body><p>x</p></body></html>`);
    assert(page('关于做好创业担保贷款工作的通知').noticeTitle, "a notice's title not read as one");
    assert(!page('创业担保贷款政策解读').noticeTitle, "a guide's title read as a notice's");
  });
});

describe('pageContext: scheme guides (holdout12 kinds)', () => {
  it("a scheme's partner banks listed with whom to call make no comparison", () => {
    const banks = [
      ['中国建设银行', '15888802636'],
      ['中国农业银行', '19157683396'],
      ['中国工商银行', '13175138789'],
      ['杭州银行', '18768191748'],
      ['浙商银行', '13390602666'],
      ['宁波银行', '18952865396'],
    ];
    const rows = banks.map(([b, t]) => `<tr><td>${b}</td><td>联系人</td><td>${t}</td></tr>`).join('');
    const c = ctx(`<html><body><h1>上城区科技企业风险池贷款怎么申请？</h1><p>贷款额度：优质企业最高不超过1000万元。</p>
      <h2>合作银行</h2><table>${rows}</table></body></html>`);
    assert(!c.comparison, "a scheme's contacts read as a comparison of lenders");
    const priced = banks.map(([b]) => `<p>${b} 年化3.5%</p>`).join('');
    assert(
      ctx(`<html><body><h1>经营贷利率</h1>${priced}</body></html>`).comparison,
      'six banks priced side by side not a comparison',
    );
  });
  it("a guide's sections under a portal's date and author lines make it one sign short of a report, not a report", () => {
    const head = `<head><title>建行减税云贷怎么申请</title><meta property="og:type" content="article">
      <meta property="article:published_time" content="2023-01-10T10:26:00+08:00"></head>`;
    const body = (sections: string) => `<body><h1>建行减税云贷怎么申请</h1><p>作者：某某 更新时间：2023-01-10</p>
      ${sections}<p>相关阅读</p></body>`;
    const guide = ctx(
      `<html>${head}${body('<h2>一、产品介绍</h2><p>金额最高300万，年利率低至4.0525%。</p><h2>二、申贷条件</h2><p>纳税信用A级。</p>')}</html>`,
    );
    assert((guide.news ?? 0) < 2, 'a guide under CMS lines read as a report');
    const story = ctx(`<html>${head}${body('<p>近日，建行推出减税云贷。据介绍，金额最高300万。</p>')}</html>`);
    assert(story.news === 2, 'a story under the same lines not read as one');
  });
  it('a page headed by a scheme may say each bank applies it differently without being a market page', () => {
    const c = ctx(
      `<html><body><h1>香港青年創業計劃與小型貸款計劃</h1><p>利率：年利率不高於9%（各銀行計算利息的方法或有不同）</p></body></html>`,
    );
    assert(!c.comparison, 'a scheme page read as a comparison for one caveat');
  });
  it("an empty comments box (发表评论 … 暂无评论, 还没有人评论, 0条评论) makes no thread of a product's page", () => {
    const page = (box: string) =>
      ctx(`<html><head><title>工商银行税务贷 - 卡通社</title></head><body><h1>工商银行税务贷：额度、利息与申请条件</h1>
        <p>贷款金额：最高可批300万 贷款利息：年化3.95%起</p>${box}</body></html>`);
    assert(!page('<p>发表评论</p><p>登录后才能评论，暂无评论。</p>').forum, 'an empty comments box read as a thread');
    assert(!page('<p>博主：某某 0条评论</p>').forum, 'a count of no comments read as a thread');
    assert(
      !page('<p>评论区：登录后发表评论，暂时还没有人评论。</p>').forum,
      '"nobody has commented yet" read as a thread',
    );
    assert(!page('<p>发表评论</p><p>快来抢沙发吧</p>').forum, '"be the first" (抢沙发) read as a thread');
    assert(
      !page('<h3>Leave a Reply</h3><p>There are no comments yet.</p>').forum,
      '"no comments yet" read as a thread',
    );
    assert(page('<p>发表评论</p><p>网友A：利率太高了</p>').forum, 'a page with a comment not read as a thread');
  });
  it('a question about a kind of loan, answered without naming any lender, is a market page', () => {
    const answer = '<p>中小企业贷款的年利率大多落在4%到10%之间。银行渠道便宜些，网贷平台要贵一些。</p>';
    assert(
      ctx(`<html><body><h1>中小企业贷款的利率是多少?</h1>${answer}</body></html>`).comparison,
      'an answer about a market read as an offer',
    );
    assert(
      !ctx(`<html><body><h1>中小企业贷款的利率是多少?</h1>${answer}<p>我行小微快贷年化3.45%起。</p></body></html>`)
        .comparison,
      "a lender's own answer read as a market page",
    );
  });
});

describe('pageContext: lenders a page speaks of, and who pays it', () => {
  it("a site's advertiser disclosure makes its rate tables a market's, even on a page about one kind of loan", () => {
    const c = ctx(`<html><body><p>Advertiser Disclosure: we may be compensated when you click on links to products.</p>
      <h1>SBA Loan Rates</h1><p>Rates on SBA 7(a) loans: 5.25% + 2.75%.</p></body></html>`);
    assert(c.comparison, "a paid listing's rates read as an offer");
    const footer = ctx(`<html><body><h1>SBA Loan Rates</h1><p>Rates on SBA 7(a) loans: 5.25% + 2.75%.</p>
      <footer>© CreditDonkey Inc. CreditDonkey is a comparison and reviews site.</footer></body></html>`);
    assert(footer.comparison, "a comparison site's own footer went unread");
  });
  it('a page given over to one scheme speaks of the lenders that make its loans: no market page', () => {
    const c = ctx(`<html><body><h1>Recovery Loan Scheme</h1><p>Loan Amount £25k-£10m. Interest Rate Estimated between
      3-15% p.a.</p><p>The government gives lenders a guarantee. Lenders will still judge your application against
      their own criteria. Expect the normal lender checks, and we'll match you with lenders on the scheme.</p></body></html>`);
    assert(!c.comparison, 'a guide to one scheme read as a round-up of lenders');
  });
});

describe("pageContext: an adviser's page on one product", () => {
  const guide = (extra: string) =>
    ctx(`<html><head><meta property="og:type" content="article">
      <meta property="article:published_time" content="2025-06-23"></head><body>
      <article><h1>中国银行税贷多久出结果？好批吗、利息多少？</h1><div>贷款 2025-06-23 点击：316</div>
      <p>基础利率：A级企业年化3.26%-4.5%；按日计息，可先息后本。</p>${extra}</article></body></html>`);
  it('its CMS markup alone (og:type, <article>, a publishing time) leaves it one sign short of a report', () => {
    const c = guide('');
    assert(c.news === 1 && c.productGuide, `read as ${JSON.stringify(c)}`);
  });
  it("a reporter's voice or source and editor lines make the same page a report", () => {
    const voiced = guide('<p>记者从中国银行获悉，该行税贷累计发放超百亿元。</p>');
    assert(voiced.news === 2 && !voiced.productGuide, `read as ${JSON.stringify(voiced)}`);
    const edited = guide('<p>来源：金融时报</p><p>责任编辑：王明</p>');
    assert(!edited.productGuide, `read as ${JSON.stringify(edited)}`);
  });
});

describe("pageContext: a lender's own FAQ and a lender of last resort (holdout16 kinds)", () => {
  it('a title of "Frequently Asked Questions" is a lender\'s FAQ, not a thread', () => {
    const c = ctx(`<html><head><title>Growth Loan: Frequently Asked Questions</title></head><body>
      <h1>Growth Loan: Frequently Asked Questions.</h1><h2>What are terms of a growth loan?</h2>
      <p>Growth Loans range from $10,000 – $35,000 with interest rates of 5-7%.</p></body></html>`);
    assert(!c.forum, "a lender's FAQ read as a thread");
    const thread = ctx(`<html><head><title>Questions about business loans</title></head><body>
      <h1>Questions about business loans</h1><p>Posted by sam: what rate did you get?</p></body></html>`);
    assert(thread.forum, 'a thread of questions no longer read as one');
  });
  it('the lenders a lender of last resort sets itself against are no market it lists', () => {
    const c = ctx(`<html><body><h1>COVID-19 Business Loan</h1><p>Are you unable to get finance from banks and
      commercial lenders? Then the COVID-19 Business Loan could be an option for your business.</p>
      <ul><li>Business Loans from €5,000 to €25,000</li><li>Interest rate 4.5% APR</li></ul>
      <p>Unable to get finance from a bank or commercial lender? Microfinance Ireland is a not-for-profit lender.</p>
      </body></html>`);
    assert(!c.comparison, 'a microlender read as a market page');
    const market = ctx(`<html><body><h1>Business Loans</h1><p>Compare lenders: each lender sets its own rate, and
      the lenders below pay us a fee.</p></body></html>`);
    assert(market.comparison, 'a page of lenders no longer read as a market');
  });
});

describe('pageContext: markup alone makes no report (holdout17 kind)', () => {
  const page = (body: string) =>
    ctx(`<html><head><meta property="og:type" content="article">
      <meta property="article:published_time" content="2024-03-01"></head><body><article>
      <h1>What are the terms of the Agriculture Credit Facility?</h1>${body}</article></body></html>`);
  it("og:type, <article> and a publishing time on a lender's FAQ leave it one sign short of a report", () => {
    const c = page(
      '<p>Interest rate: no more than 12% per annum. A single borrower can receive at most UGX 2.1 billion.</p>',
    );
    assert(c.news === 1, `read as ${JSON.stringify(c)}`);
  });
  it("the same markup around a reporter's voice is a report", () => {
    const c = page('<p>KAMPALA: Farmers can now borrow at 12%, the central bank said, according to the Governor.</p>');
    assert(c.news === 2, `read as ${JSON.stringify(c)}`);
  });
});

describe("pageContext: a lender's FAQ page (reword10 kind)", () => {
  it('"Your questions answered" is a lender answering, no thread; a question answered by its readers is one', () => {
    const body = `<h1>Your questions answered</h1><p>Below you'll find what people most often ask us. Can't see your question? Contact the team.</p>
      <dl><dt>How much interest will I pay?</dt><dd>Every start up loan has a fixed rate of 6% a year.</dd></dl>`;
    const faq = ctx(
      `<html><head><title>Your questions answered | Transmit Start-Ups</title></head><body>${body}</body></html>`,
    );
    assert(!faq.forum, "a lender's FAQ read as a thread");
    const thread = ctx(`<html><head><title>Start up loan questions | Business Forum</title></head><body>${body}
      <p>Posted by sam_k · 3 replies</p><p>answered by jo: mine was 6% too</p></body></html>`);
    assert(thread.forum, 'a thread not read as one');
  });
});

describe("pageContext: a notice attaching its partner banks' product plans (holdout5 kind)", () => {
  it("a programme's partner banks, named in one sentence with their number, make no round-up; six banks compared do", () => {
    const page = (sentence: string) =>
      ctx(`<html><head><title>专精特新企业信用贷款需求调查</title></head><body><h1>专精特新企业信用贷款需求调查</h1>
        <p>${sentence}</p><h3>01 工商银行“工信快贷”产品方案</h3><p>纯信用最高300万元；执行普惠利率，LPR起。</p></body></html>`);
    const banks = '工商银行、农业银行、交通银行、中信银行、浦发银行、兴业银行';
    const partners = page(`省工信厅联合省融资担保集团及${banks}6家商业银行，制定了18个专精特新专属产品方案。`);
    assert(!partners.comparison, "a programme's partner banks read as a round-up: its product plans get no badge");
    assert(
      page(`${banks}的经营贷利率各不相同，下面逐一比较。`).comparison,
      'six banks compared not read as a round-up',
    );
  });
});

describe("pageContext: a blog's post about the youth start-up loan (holdout12 kind)", () => {
  const post = (
    nav: string,
  ) => `<html lang="zh-TW"><head><title>青創貸款利息怎麼算?資格與還款方式整理 – 振和企業日誌</title>
    <meta property="og:type" content="article"></head><body><article><h1>青創貸款利息怎麼算?資格與還款方式整理</h1>
    <h2>利息計算方式</h2><ul><li>加成:0.575%</li><li>舉例:基準利率1.595% + 0.575% = 2.17%</li></ul>
    ${nav}</article></body></html>`;
  it('the links to the previous and next posts are one sign, as a blog has them: the post is a guide to the loan', () => {
    const c = ctx(post('<p>« 上一篇: 行號與公司的差別</p><p>下一篇: 營業稅申報時程提醒 »</p>'));
    assert(c.news !== 2 && c.productGuide, `read as ${JSON.stringify(c)}`);
    assert(c.pageProduct?.words === '青创贷款' && c.headline?.startsWith('青创贷款'), `read as ${JSON.stringify(c)}`);
  });
  it('with a source line beside them, the page reads as a report', () => {
    const c = ctx(post('<p>來源:經濟日報</p><p>« 上一篇: 行號與公司的差別</p><p>下一篇: 營業稅申報時程提醒 »</p>'));
    assert(c.news === 2 && !c.productGuide, `read as ${JSON.stringify(c)}`);
  });
});

describe("pageContext: a story in a reporter's voice without markup (holdout6 kind)", () => {
  it('a source quoted twice ("信保基金表示，…", "信保基金强调，…") makes the page read like a report', () => {
    const c = ctx(`<html lang="zh-CN"><head><title>挺青年创业 600亿元青创贷款信保最高保十成</title></head><body>
      <h1>挺青年创业 600亿元青创贷款信保最高保十成</h1><p>政府8月推出总额600亿元的青年创业启动贷款。</p>
      <p>信保基金表示，这次修正后，青创贷款100万以下小额贷款的保证成数最高100%，前5年利息现为1.42%。</p>
      <p>信保基金强调，优惠保证已协助逾17.6万家企业取得银行低利贷款。</p></body></html>`);
    assert(c.news === 1, `read as ${JSON.stringify(c)}`);
  });
});

describe("pageContext: a blog post's comments under a count of its readers' thoughts (reword4 kind)", () => {
  it('"3 thoughts on this post" heads a comments section: the page is talk', () => {
    const post = (count: string) => `<html><body><h1>Defining a Good Small Business Loan Rate</h1>
      <p>There on the paper was a 9% interest rate, and I could not tell whether that was a bargain.</p>
      <h3>${count}</h3><p>Dana R. — My credit union offered 9.5% for an equipment loan.</p></body></html>`;
    const talk = ctx(post('3 thoughts on this post'));
    assert(talk.forum && talk.headline === undefined, `read as ${JSON.stringify(talk)}`);
    assert(!ctx(post('Related posts')).forum, 'a post without comments read as a thread');
  });
});

describe('pageContext: titles that name one lender, a fund, or an acronym (holdout16, reword9, reword10 kinds)', () => {
  // A portal's product page: it speaks of "the lender" more than of itself ("Go to lender", "Lender's terms").
  const portal = (title: string) => `<html><head><title>${title}</title></head><body><h1>Business Loan</h1>
    <p>Go to lender</p><p>Interest rate 19% to 23% on a reducing balance</p><p>Lender's terms and conditions</p>
    <p>Product details come from the lenders. About us.</p></body></html>`;
  it("a title naming one bank's loan is that bank's product on a portal, however often it says lender", () => {
    const one = ctx(
      portal('Business Loan by Rafiki Microfinance Bank – Interest, Charges and Requirements – Money254'),
    );
    assert(!one.comparison, 'a portal page on one bank’s loan read as a market page');
    assert(ctx(portal('Business loans – Money254')).comparison, 'a page of lenders’ loans not read as a market page');
  });
  it('a title naming a fund ("California Rebuilding Fund") is a programme’s page, whose lenders are its partners', () => {
    const page = (title: string) => `<html><head><title>${title}</title></head><body><h1>Loan Terms</h1>
      <p>Your lender may look at your revenue.</p><p>Not to refinance debt owed to another community lender.</p>
      <p>The community lender files a lien.</p></body></html>`;
    assert(!ctx(page('California Rebuilding Fund – Loan Terms')).comparison, 'a fund’s page read as a market page');
    assert(ctx(page('Small business loans – Loan Terms')).comparison, 'a page of lenders not read as a market page');
  });
  it('"BEST" in capitals is a name; "Best" in a title is a round-up', () => {
    const page = (title: string) =>
      `<html><head><title>${title}</title></head><body><h1>Credit Division</h1><p>We lend to small firms.</p></body></html>`;
    assert(!ctx(page('BEST - Credit Division')).comparison, 'an acronym read as a round-up');
    assert(ctx(page('Best business loans - Credit Division')).comparison, '"Best" not read as a round-up');
  });
});

describe('pageContext: a product page without a main heading (reword7 kind)', () => {
  it("names its product in its title's first part; a page with a main heading keeps the heading's", () => {
    const banner = ctx(`<html><head><title>专利执行保险_科技保险_中国人保财险官网</title></head><body>
      <div class="path">首页 / 科技保险 / 专利执行保险</div><div class="banner"><div class="nm">专利执行保险</div></div>
      <ul><li>方案一 · 标准型 基准保费 2000 元</li></ul></body></html>`);
    assert(banner.pageProduct?.kind === 'insurance', `read as ${JSON.stringify(banner)}`);
    const headed = ctx(`<html><head><title>专利执行保险_科技保险_中国人保财险官网</title></head><body>
      <h1>产品与服务</h1><ul><li>方案一 · 标准型 基准保费 2000 元</li></ul></body></html>`);
    assert(headed.pageProduct === undefined, `read as ${JSON.stringify(headed)}`);
  });
});

describe("pageContext: a newspaper's page (holdout13 kind)", () => {
  it('a newspaper named in the title, its source and page links, and "（上接A1版）" make a report', () => {
    const page = (title: string, lead: string) => `<html><head><title>${title}</title></head><body>
      <div class="meta">来源：浙江科技报 日期：2021-04-06</div><h1>4万家科技企业喜纳6000亿元贷款</h1><p>${lead}</p>
      <p>某农商银行推出了“人才贷”项目：企业最高可获授信200万元，最低贷款利率降到4.35%。</p>
      <div class="pager"><a href="#">上一篇</a> | <a href="#">下一篇</a></div></body></html>`;
    const paper = ctx(page('浙江科技报 - 4万家科技企业喜纳6000亿元贷款', '（上接A1版）'));
    assert(paper.news === 2, `read as ${JSON.stringify(paper)}`);
    const portal = ctx(page('科技金融 - 4万家科技企业喜纳6000亿元贷款', '人才贷产品介绍'));
    assert(portal.news !== 2, `read as ${JSON.stringify(portal)}`);
  });
});

describe('pageContext: pages of one lender or one scheme that read like market pages (reword11 kinds)', () => {
  it('"是哪家平台的" asks whose loan it is and "该选哪种还款方式" which way to repay: neither compares lenders', () => {
    for (const title of ['工行那个“小微易贷”是哪家平台的？', '青创贷款Q&A：利率怎么计算、该选哪种还款方式']) {
      const c = ctx(
        `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>年化4.35%起。</p></body></html>`,
      );
      assert(!c.comparison, `${title} read as a comparison`);
    }
    assert(ctx('<html><head><title>经营贷哪家好？</title></head><body><p>x</p></body></html>').comparison, '哪家好');
  });
  it('a lender on "our SME loan products", naming no other lender, is no market page for saying "banks and NBFCs"', () => {
    const body = (voice: string) => `<html><body><h1>What an SME Loan Will Cost You: Rates and Fees</h1>
      <p>${voice}</p><p>Pricing at banks and NBFCs depends on the borrower. Unlike many banks and NBFCs, we decide in a week.</p>
      <div><h3>Working Capital Loan</h3><p>Pricing: approx. 10.50% to 14.00% a year</p></div></body></html>`;
    assert(!ctx(body('Our SME loan products and indicative pricing are set out below.')).comparison, 'a lender');
    assert(ctx(body('We help you find the right lender.')).comparison, 'an adviser on what banks charge');
  });
  it('a lender\'s FAQ titled "Questions from…" is no thread', () => {
    const c = ctx(`<html><head><title>Growth Loan FAQ – Questions from local small businesses</title></head><body>
      <details><summary>How much can I borrow?</summary><p>You can borrow from $10,000 up to $35,000 at 5% to 7%;
      every question is answered by our loan officers.</p></details></body></html>`);
    assert(!c.forum, 'a FAQ page read as a thread');
  });
  it('a scheme\'s partner banks listed with whom to call ("中国建设银行 · 连佳斌 15888802636") round up no market', () => {
    const banks = ['中国建设银行', '中国农业银行', '中国工商银行', '杭州银行', '宁波银行', '兴业银行'];
    const c = ctx(`<html><body><h1>上城区科技企业风险池贷款申办指南</h1><p>年度贷款原则上不超过500万元。</p>
      <h4>合作银行</h4><ul>${banks.map((b, i) => `<li><span>${b} · 联系人${'甲乙丙丁戊己'[i]}</span><em>1388880263${i}</em></li>`).join('')}</ul></body></html>`);
    assert(!c.comparison, 'partner banks with contacts read as a round-up');
  });
});

describe('pageContext: a question about what a loan usually costs (reword11 kind)', () => {
  it('"企业税贷的年利率一般在什么水平？" asks the market, whichever loan it names; "税贷怎么申请？" does not', () => {
    const page = (h1: string) =>
      ctx(`<html><head><title>${h1} - 知答网</title></head><body><h1>${h1}</h1>
      <p>我了解到的情况是，企业税贷年化一般在4%～8%，资质好的能做到4%～5%。</p></body></html>`);
    assert(page('企业税贷的年利率一般在什么水平？').comparison, 'a question on the usual rate read as an offer page');
    assert(!page('建行云税贷怎么申请？').comparison, 'a question on how to apply read as a market page');
  });
});

describe("pageContext: a product's name the word lists miss (reword12 kinds)", () => {
  it('"360企业贷怎么申请？…" names the product 360企业贷, no kind of loan the market offers', () => {
    const h1 = '360企业贷怎么申请？准入条件、利率区间和融资方案一文看懂';
    const c = ctx(`<html><head><title>${h1}</title></head><body><h1>${h1}</h1>
      <p>定价方式为LPR加减点，当前参考年化利率在8.5%至18%之间。</p></body></html>`);
    assert(!c.comparison, 'a guide to 360企业贷 read as a market page');
    assert(c.pageProduct?.words === '360企业贷', JSON.stringify(c.pageProduct));
  });
  it('"福农快抵贷怎么办?…抵押经营贷准入条件": a product and the kind of loan it is name one product', () => {
    const h1 = '福农快抵贷怎么办?福州农商银行抵押经营贷准入条件、审批时效与流程说明';
    const c = ctx(`<html><body><h1>${h1}</h1><p>利率区间 年化3.48%-5.6%</p></body></html>`);
    assert(c.pageProduct?.words === '福农快抵贷', JSON.stringify(c.pageProduct));
    // Two products of their own are two: the heading names none alone.
    const two = ctx(`<html><body><h1>福农快抵贷和税融通怎么选?</h1><p>年化3.48%起</p></body></html>`);
    assert(two.pageProduct === undefined, JSON.stringify(two.pageProduct));
  });
  it('a lender\'s page of answers ("Start Up Loan questions answered", "Your Start Up Loan questions") is no thread', () => {
    const faq = ctx(`<html><head><title>Start Up Loan questions answered | Transmit Start-Ups</title></head><body>
      <h1>Your Start Up Loan questions</h1><p>The questions we hear most, answered in one place.</p>
      <p>You can apply for anything from £500 to £25,000 at a fixed 6% a year.</p></body></html>`);
    assert(!faq.forum, "a lender's answers read as a thread");
    const thread = ctx(`<html><head><title>Start Up Loan questions | Business forum</title></head><body>
      <h1>Start Up Loan questions</h1><p>Posted by sam · 4 replies</p></body></html>`);
    assert(thread.forum, "a thread read as a lender's answers");
  });
  it('a lender\'s product named in quotes ("江门农商银行“三农易&小微易”怎么申请？额度、利率…") is the page\'s product', () => {
    const h1 = '江门农商银行“三农易&小微易”怎么申请？额度、利率、还款方式一文看懂';
    const c = ctx(`<html><body><h1>${h1}</h1><table><tr><th>授信额度</th><td>单户不超过50万元</td></tr>
      <tr><th>年化利率</th><td>最低4.25%</td></tr></table></body></html>`);
    assert(c.pageProduct?.kind === 'loan' && c.pageProduct.words === '三农易&小微易', JSON.stringify(c.pageProduct));
    // Quotes after a lender's name in a heading that speaks of no loan name no loan.
    const deposit = ctx(`<html><body><h1>某某银行“安心存”怎么买？</h1><p>年化2.1%</p></body></html>`);
    assert(deposit.pageProduct === undefined, JSON.stringify(deposit.pageProduct));
  });
  it('a long English headline naming one facility ("A plain guide to BNM\'s Business Recapitalisation Facility (BRF)") is that loan\'s page', () => {
    const c = ctx(`<html><body><h1>A plain guide to BNM's Business Recapitalisation Facility (BRF)</h1>
      <ul><li>How much: up to RM5 million for each SME</li><li>How long: tenure of as long as 10 years</li></ul></body></html>`);
    assert(c.titledPageLoan === 'business recapitalisation facility', JSON.stringify(c));
  });
});

/** The page-level reading (inject/page-context.ts), in Chromium on real documents (the extension runs in the e2e tests). */
import { pageContext } from '../../extension/inject/page-context.ts';

function ctx(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return pageContext(doc, doc.body.textContent ?? '');
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
});

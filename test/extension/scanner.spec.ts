/** The scanner's page-level reading, in Chromium on real documents (the whole extension runs in the e2e tests). */
import { isNewsPage } from '../../extension/inject/scanner.ts';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

describe('isNewsPage', () => {
  it('a bank product page with a site-wide <meta name="author"> and <article> product cards is not a news report', () => {
    const page = doc(`<html><head><meta name="author" content="示例银行"></head><body>
      <article class="product"><h3>经营贷</h3><p>年化利率3.45%，最高500万元</p></article>
      <article class="product"><h3>科技贷</h3><p>年化利率3.2%，最高1000万元</p></article></body></html>`);
    assert(!isNewsPage(page), 'a bank page read as news: its offers would get no badge');
  });
  it('a report with an author and a publication date is a news report', () => {
    const page =
      doc(`<html><head><meta name="author" content="张三"><meta property="article:published_time" content="2025-06-01"></head>
      <body><article><h1>多家银行下调经营贷利率</h1><p>科技贷年化利率低至3.2%</p></article></body></html>`);
    assert(isNewsPage(page), 'a dated, authored report not read as news');
  });
  it('og:type=article and a byline in an article still mark a report', () => {
    assert(
      isNewsPage(doc('<html><head><meta property="og:type" content="article"></head><body><p>x</p></body></html>')),
      'og:type article',
    );
    assert(
      isNewsPage(
        doc('<html><body><article><p class="byline">By A. Writer</p><p>SME loan rates</p></article></body></html>'),
      ),
      'byline',
    );
  });
});

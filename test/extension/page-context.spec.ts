/** Page-level rules found on holdout8 (issue 8): a guide to a market's kinds of loans offers none of them. */
import { pageContext } from '../../extension/inject/page-context.ts';
import { leadingText } from '../../extension/inject/scanner.ts';

function ctx(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return pageContext(doc, leadingText(doc.body, 30_000));
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

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

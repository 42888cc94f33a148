/**
 * boundedText (inject/scanner.ts) follows child and sibling links instead of making a TreeWalker per block: it must
 * read exactly the text nodes a TreeWalker (SHOW_TEXT) reads, in the same order, with the same bound, leaving out
 * footnote marks in superscripts, and joining the parts of one figure that only inline elements set apart.
 */
import { boundedText } from '../../extension/inject/scanner.ts';

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

const INLINE = new Set(['SPAN', 'STRONG', 'B', 'EM', 'I', 'A', 'SUP', 'SUB', 'SMALL', 'FONT', 'LABEL', 'U', 'MARK']);
/** Left out of a block's text: a footnote's mark, and a copy for screen readers (a few of the classes we know). */
const footnote = (el: Element) =>
  (el.tagName === 'SUP' && /^\s*(?:\[?\d{1,2}(?:,\d{1,2})*\]?|[*†‡§#¶]+|[①-⑳])\s*$/u.test(el.textContent ?? '')) ||
  ['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text'].some((c) => el.classList.contains(c));

/** A figure going on across two text nodes: "3" then ".45" or "%", "3." then "45", "250" then ",000", "1" then "m". */
function goesOn(before: string, next: string): boolean {
  const figure = /\d[.,]?$/.exec(before)?.[0];
  if (!figure) return false;
  if (figure.endsWith('.')) return /^\d/.test(next);
  if (figure.endsWith(',')) return /^\d\d\d(\D|$)/.test(next);
  return /^(\d|\.|%|,$|,\d\d\d(\D|$)|(k|m|mn|bn)([^a-z]|$))/i.test(next);
}

/** Whether only inline elements' edges lie between two text nodes (a Range's view, not the walk's). */
function sameLine(a: Text, b: Text): boolean {
  const range = document.createRange();
  range.setStartAfter(a);
  range.setEndBefore(b);
  const common = range.commonAncestorContainer;
  const edges: Element[] = [];
  for (const t of [a, b]) for (let p = t.parentElement; p && p !== common; p = p.parentElement) edges.push(p);
  const between = document.createTreeWalker(common, NodeFilter.SHOW_ELEMENT);
  for (let e = between.nextNode(); e; e = between.nextNode())
    if (range.intersectsNode(e) && !e.contains(a) && !e.contains(b)) edges.push(e as Element);
  return edges.every((e) => INLINE.has(e.tagName) && !footnote(e));
}

/** The reading expected: a TreeWalker over the block's text nodes, outside footnote marks. */
function byTreeWalker(el: Element, max: number): string | undefined {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      for (let p = n.parentElement; p && p !== el; p = p.parentElement)
        if (footnote(p)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let out = '';
  let last: Text | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (out.length + data.length > max) return undefined;
    if (last && goesOn(out.slice(-3, -1), data) && sameLine(last, n as Text)) out = out.slice(0, -1);
    out += data + ' ';
    last = n as Text;
  }
  return out;
}

function block(html: string): Element {
  const doc = new DOMParser().parseFromString(`<body><div id="b">${html}</div></body>`, 'text/html');
  const el = document.adoptNode(doc.getElementById('b')!);
  document.body.replaceChildren(el);
  return el;
}

describe('boundedText', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['one text', '科技贷'],
    ['nested blocks and inline', '<h3>科技贷 <b>1</b></h3><p>年化利率<strong>3.45</strong>%</p><a href="#">申请</a>'],
    ['comments, empty elements, a line break', 'a<!-- note --><br><img alt="x">b<span></span><i>c</i>'],
    ['script, style and a template', '<script>var x = 1;</script><style>p{}</style><template><p>t</p></template>x'],
    ['svg text and a table', '<svg><text>3%</text></svg><table><tr><td>利率</td><td>3.2%</td></tr></table>'],
    ['deep last child', '<div><div><div><span>deep</span></div></div></div>'],
    ['whitespace between tags', '<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>\n'],
    ['a figure styled in parts', '年化利率低至<em class="big">3</em><em>.45</em>%起'],
    [
      'a figure in four spans',
      '<div><span>3</span><span>.</span><span>85</span><span>%</span></div><div>年化利率</div>',
    ],
    ['figures in separate blocks or lines', '<p>12</p><p>3.5%</p><span>2024</span><br><span>3.5%</span>'],
    ['figures a space apart', '<b>3</b> <b>.45</b>%'],
    [
      'thousands and a magnitude styled apart',
      'Up to £<span>250</span>,<span>000</span> or £<b>1</b>m over <b>12</b>months',
    ],
    ['an abbreviation before a figure', '<span>Interest rate p.a.</span><strong>19% – 23%</strong>'],
    [
      'footnote marks',
      'up to $250,000<sup>1</sup> at 4.5%<sup>2,3</sup>, LPR<sup>①</sup>+20BP<sup>*</sup>; 7<sup>%</sup>',
    ],
  ];
  for (const [name, html] of cases)
    it(`reads what a TreeWalker reads: ${name}`, () => {
      const el = block(html);
      assert(boundedText(el, 1500) === byTreeWalker(el, 1500), `${name}: ${boundedText(el, 1500)}`);
    });

  it('children a script appended to a <template> and a shadow root are read or left as a TreeWalker does', () => {
    const el = block('<template></template><span id="host">light</span>');
    el.querySelector('template')!.appendChild(document.createTextNode('appended'));
    el.querySelector('#host')!.attachShadow({ mode: 'open' }).append('shadow');
    const got = boundedText(el, 1500);
    assert(got === byTreeWalker(el, 1500) && got === 'appended light ', String(got));
  });

  it('reads a styled figure as the page shows it, and leaves footnote marks out', () => {
    const read = (html: string) => boundedText(block(html), 1500);
    assert(read('年化利率低至<em class="big">3</em><em>.45</em>%起') === '年化利率低至 3.45%起 ', 'a big integer part');
    assert(read('<span>3</span><span>.</span><span>85</span><span>%</span>') === '3.85% ', 'four spans');
    assert(read('Up to $250,000<sup>1</sup> at 4.5%<sup>2</sup>') === 'Up to $250,000  at 4.5% ', 'footnotes');
    assert(read('<p>12</p><p>3.5%</p>') === '12 3.5% ', 'two blocks stay two figures');
  });

  it('stops at the bound like the TreeWalker reading, and reads no further than the block', () => {
    const el = block('<p>12345</p><p>67890</p>');
    for (const max of [0, 5, 9, 10, 11, 12])
      assert(boundedText(el, max) === byTreeWalker(el, max), `max ${max}: ${boundedText(el, max)}`);
    el.after(document.createTextNode('outside'));
    assert(boundedText(el, 1500) === '12345 67890 ', String(boundedText(el, 1500)));
  });
});

/**
 * boundedText (inject/scanner.ts) follows child and sibling links instead of making a TreeWalker per block: it must
 * read exactly the text nodes a TreeWalker (SHOW_TEXT) reads, in the same order, with the same bound.
 */
import { boundedText } from '../../extension/inject/scanner.ts';

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** The reading before: a TreeWalker over the block's text nodes. */
function byTreeWalker(el: Element, max: number): string | undefined {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (out.length + data.length > max) return undefined;
    out += data + ' ';
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

  it('stops at the bound like the TreeWalker reading, and reads no further than the block', () => {
    const el = block('<p>12345</p><p>67890</p>');
    for (const max of [0, 5, 9, 10, 11, 12])
      assert(boundedText(el, max) === byTreeWalker(el, max), `max ${max}: ${boundedText(el, max)}`);
    el.after(document.createTextNode('outside'));
    assert(boundedText(el, 1500) === '12345 67890 ', String(boundedText(el, 1500)));
  });
});

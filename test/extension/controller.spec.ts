/**
 * The content script's writes to the page (inject/controller.ts, inject/scanner.ts), in Chromium: hosts go into the
 * page in animation frames, never between the scan's slices; a badge shows once its text is rendered; our own writes
 * are no mutations for the scanner to read, while the page's are still read.
 */
import { Controller, type ViewSource } from '../../extension/inject/controller.ts';
import { Scanner } from '../../extension/inject/scanner.ts';
import { buildView } from '../../extension/shared/badge-view.ts';
import { defaultStored } from '../../extension/shared/profile.ts';

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

const TODAY = '2026-06-30';
const CARDS = `<div class="grid">
  <div class="card"><h3>科技贷</h3><p>年化利率低至3.45%</p><p>额度最高500万元</p></div>
  <div class="card"><h3>经营贷</h3><p>年化利率低至3.85%</p><p>额度最高300万元</p></div>
  <div class="card"><h3>普惠贷</h3><p>年化利率低至4.05%</p><p>额度最高100万元</p></div></div>`;

function setBody(html: string): void {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
}

const hosts = () => [...document.querySelectorAll<HTMLElement>('[data-ezone-annotation]')];

/** A controller whose slices, frames and service-worker answers the test runs itself. */
function harness() {
  const slices: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const answers: (() => void)[] = [];
  const views: ViewSource = (req) =>
    new Promise((resolve) =>
      answers.push(() => resolve({ views: req.offers.map((o) => buildView(o, defaultStored(), req.lang, TODAY)) })),
    );
  const c = new Controller(defaultStored().settings, 'zh-CN', TODAY, {
    scheduler: (cb) => slices.push(cb),
    frame: (cb) => frames.push(cb),
    eager: true,
    views,
  });
  /** Runs every slice, letting promises settle in between, until none is left. */
  const runSlices = async () => {
    do {
      while (slices.length) slices.shift()!();
      await new Promise((r) => setTimeout(r));
    } while (slices.length);
  };
  const runFrames = () => {
    const now = frames.splice(0);
    for (const f of now) f();
  };
  const answer = async () => {
    for (const a of answers.splice(0)) a();
    await runSlices();
  };
  return { c, slices, frames, runSlices, runFrames, answer };
}

describe('Controller: the page is written in animation frames', () => {
  it('no host enters the page during the scan; the next frame puts them all in, hidden until their text', async () => {
    setBody(CARDS);
    const h = harness();
    h.c.start();
    await h.runSlices();
    assert(hosts().length === 0, `hosts inserted between slices: ${hosts().length}`);
    assert(h.frames.length === 1, `one frame asked for, not ${h.frames.length}`);
    assert(!h.c.idle, 'idle with hosts still to insert');
    h.runFrames();
    assert(hosts().length === 3, `3 hosts after the frame, got ${hosts().length}`);
    assert(
      hosts().every((x) => getComputedStyle(x).display === 'none'),
      'a host shows before its text arrived',
    );
    h.c.clear();
  });

  it('a rendered badge shows in the frame after its text, not in the slice that rendered it', async () => {
    setBody(CARDS);
    const h = harness();
    h.c.start();
    await h.runSlices();
    h.runFrames();
    await h.answer();
    assert(
      h.c.findings().findings.every((f) => f.summary),
      'the texts were not rendered',
    );
    assert(
      hosts().every((x) => getComputedStyle(x).display === 'none'),
      'a badge shown by its render slice: each slice would lay out the list below it again',
    );
    h.runFrames();
    assert(
      hosts().every((x) => getComputedStyle(x).display !== 'none'),
      'a rendered badge still hidden after the frame',
    );
    assert(h.c.idle, 'not idle once everything is written');
    h.c.clear();
  });

  it('a scan cleared before its frame leaves no host behind', async () => {
    setBody(CARDS);
    const h = harness();
    h.c.start();
    await h.runSlices();
    h.c.clear();
    h.runFrames();
    assert(hosts().length === 0, `orphan hosts: ${hosts().length}`);
  });
});

describe('Controller: badges in view on a long list', () => {
  it('a card far down a list of 400, scrolled into view, gets its text once the scan is done', async () => {
    const cards = Array.from(
      { length: 400 },
      (_, i) =>
        `<div class="card" style="height:120px"><h3>科技贷</h3><p>年化利率低至3.45%</p><p>额度最高${i + 1}万元</p></div>`,
    );
    setBody(`<div class="grid">${cards.join('')}</div>`);
    // (The middle of the list: a card found neither among the first, watched at once, nor in the scan's last slice.)
    document.querySelectorAll('.grid > .card')[199]!.scrollIntoView();
    const slices: (() => void)[] = [];
    const frames: (() => void)[] = [];
    const asked: string[] = [];
    const c = new Controller(defaultStored().settings, 'zh-CN', TODAY, {
      scheduler: (cb) => slices.push(cb),
      frame: (cb) => frames.push(cb),
      views: async (req) => {
        for (const o of req.offers) if (o.kind === 'loan') asked.push(o.maxAmount ?? '');
        return { views: req.offers.map((o) => buildView(o, defaultStored(), req.lang, TODAY)) };
      },
    });
    c.start();
    // Slices, frames and the browser's own frames (the viewport is watched there) until the last card is asked for.
    const deadline = performance.now() + 5000;
    while (!asked.includes('200') && performance.now() < deadline) {
      while (slices.length) slices.shift()!();
      for (const f of frames.splice(0)) f();
      await new Promise((r) => requestAnimationFrame(r));
    }
    assert(asked.includes('200'), `the card in view was never asked for; asked: ${asked.join(',')}`);
    assert(!asked.includes('1'), 'the first card, far above the viewport, was asked for');
    c.clear();
    window.scrollTo(0, 0);
  });
});

describe('Scanner.unobserved', () => {
  it("makes no mutation record of our own writes, and still reads the page's writes made before them", async () => {
    setBody('<p>菜谱</p>');
    const found: Element[] = [];
    const mine = document.createElement('span');
    let sawMine = false;
    const scanner = new Scanner({
      found: (card) => found.push(card),
      changed: () => undefined,
      isOwn: (n) => {
        if (n === mine) sawMine = true;
        return n === mine;
      },
      isCard: (el) => found.includes(el),
    });
    scanner.start();
    await scanner.whenIdle();
    // The page adds an offer; before its mutation is delivered, we write into the page.
    const doc = new DOMParser().parseFromString(
      '<body><main><div class="card"><h3>科技贷</h3><p>年化利率低至3.45%</p><p>额度最高500万元</p></div><p>每日一菜</p></main></body>',
      'text/html',
    );
    const card = document.adoptNode(doc.body.firstElementChild!);
    document.body.append(card);
    scanner.unobserved(() => document.body.append(mine));
    // The page's mutation is read in a task of its own: wait until the scanner has taken it and is idle again.
    for (let i = 0; i < 100 && !found.length; i++) {
      await new Promise((r) => setTimeout(r));
      await scanner.whenIdle();
    }
    scanner.stop();
    // (The card, or the box around it: a box holding one offer is its section.)
    assert(found.length === 1 && found[0]!.contains(card), `the page's card was not read: ${found.length}`);
    assert(!sawMine, 'our own write became a mutation record');
  });
});

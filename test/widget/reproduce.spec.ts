/**
 * Reproducing an estimate (issue 13): copy the scenario as JSON, download it, copy the CLI command; load a pasted or
 * dropped scenario back (bad JSON or fields: the core's errors, nothing typed lost); start over only after a yes.
 */
import type { EzoneSubsidyCalculator } from '../../widget/calculator/calculator.component.ts';
import { waitUntil } from '../support/wait.ts';
import { assert, equal, fillForm, input, loadExamples, mount, q, type, unmountAll } from './helpers.ts';

const examples = await loadExamples();
const example02 = examples.find((e) => e.file.startsWith('02'))!;

/** What the widget puts on the clipboard, captured: headless Chromium has no clipboard permission to read it back. */
let clipboard: string | undefined;
const realClipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
const realConfirm = window.confirm;
beforeEach(() => {
  clipboard = undefined;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void (clipboard = text) },
  });
});
afterEach(() => {
  unmountAll();
  delete (navigator as unknown as Record<string, unknown>).clipboard;
  Object.defineProperty(Navigator.prototype, 'clipboard', realClipboard);
  window.confirm = realConfirm;
});

const click = async (el: EzoneSubsidyCalculator, selector: string) => {
  q(el, selector).click();
  await el.updateComplete;
};

async function paste(el: EzoneSubsidyCalculator, text: string): Promise<void> {
  q<HTMLTextAreaElement>(el, '#load-json-text').value = text;
  await click(el, 'button.load-json-button');
}

describe('reproduce an estimate', () => {
  it('copy as JSON, then paste into a fresh widget: the same scenario and the same result', async () => {
    const a = await mount({ lang: 'en' });
    await fillForm(a, example02.scenario);
    equal(a.result!.total, example02.expected.total);
    await click(a, 'button.copy-json');
    await waitUntil(() => clipboard, 'the JSON on the clipboard');
    equal(JSON.parse(clipboard!), a.scenario);
    const b = await mount({ lang: 'en' });
    assert(b.result?.total !== example02.expected.total, 'the fresh widget starts elsewhere');
    await paste(b, clipboard!);
    equal(b.scenario, a.scenario);
    equal(b.result!.total, example02.expected.total);
    equal(b.result, a.result);
  });

  it('copy command: the CLI line with the same --as-of as the result', async () => {
    const el = await mount();
    await fillForm(el, example02.scenario);
    await click(el, 'button.copy-command');
    await waitUntil(() => clipboard, 'the command on the clipboard');
    equal(clipboard, `npm run --silent subsidy -- estimate scenario.json --json --as-of ${el.result!.asOf}`);
  });

  it('download JSON: a scenario.json file holding the scenario', async () => {
    const el = await mount();
    await fillForm(el, example02.scenario);
    let saved: { name: string; href: string } | undefined;
    const realClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved = { name: this.download, href: this.href };
    };
    try {
      await click(el, 'button.download-json');
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
    }
    assert(saved, 'no download was started');
    equal(saved.name, 'scenario.json');
    equal(JSON.parse(await (await fetch(saved.href)).text()), el.scenario);
  });

  it('not JSON, or a field the core refuses: says why with the field, and the form keeps what was typed', async () => {
    const el = await mount({ lang: 'en' });
    await fillForm(el, example02.scenario);
    const before = el.scenario;
    await paste(el, '{ "enterprise": ');
    assert(/not valid JSON/.test(q(el, '#load-json-problems').textContent!), q(el, '#load-json-problems').textContent!);
    equal(el.scenario, before);
    await paste(el, JSON.stringify({ year: 2025, enterprise: { loanInterestPaid: 'lots' } }));
    const problems = q(el, '#load-json-problems').textContent!;
    assert(problems.includes('enterprise.loanInterestPaid'), problems);
    equal(el.scenario, before);
    equal(el.result!.total, example02.expected.total);
  });

  it('a .json file dropped on the box is loaded', async () => {
    const el = await mount();
    const data = new DataTransfer();
    data.items.add(new File([JSON.stringify(example02.scenario)], 's.json', { type: 'application/json' }));
    q(el, '#load-json-text').dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    await waitUntil(() => el.result?.total === example02.expected.total, 'the dropped scenario computed');
  });

  it('start over asks first: "no" keeps everything, "yes" clears the form', async () => {
    const el = await mount();
    await type(el, 'enterprise.loanInterestPaid', '40');
    window.confirm = () => false;
    await click(el, 'button.start-over');
    equal(input(el, 'enterprise.loanInterestPaid').value, '40');
    let asked = '';
    window.confirm = (m?: string) => ((asked = m ?? ''), true);
    await click(el, 'button.start-over');
    assert(asked.length > 0, 'the user was asked');
    equal(input(el, 'enterprise.loanInterestPaid').value, '');
    equal(el.scenario.enterprise?.loanInterestPaid, undefined);
  });
});

/// <reference types="mocha" />
/**
 * Helpers for the widget's browser tests (@web/test-runner, mocha, real Chromium). They drive the calculator the way a
 * person does: through its inputs, buttons and selects inside the shadow root.
 */
import type { Scenario } from '../../core/index.ts';
import type { EzoneSubsidyCalculator } from '../../widget/calculator/calculator.component.ts';
import '../../widget/index.ts';

export interface Example {
  file: string;
  title: string;
  scenario: Scenario & Record<string, unknown>;
  expected: { total: string; awarded: Record<string, string>; pending?: Record<string, string> };
}

/** The contract's worked examples, served by the spec-examples plugin of web-test-runner.config.mjs. */
export async function loadExamples(): Promise<Example[]> {
  const files = (await (await fetch('/__examples__/')).json()) as string[];
  return Promise.all(
    files.map(async (file) => ({
      file,
      ...((await (await fetch(`/__examples__/${file}`)).json()) as Omit<Example, 'file'>),
    })),
  );
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, message = ''): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n  expected: ${e}\n  actual:   ${a}`);
}

const mounted: HTMLElement[] = [];
export async function mount(attrs: Record<string, string> = {}): Promise<EzoneSubsidyCalculator> {
  const el = document.createElement('ezone-subsidy-calculator');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}
export function unmountAll(): void {
  for (const el of mounted.splice(0)) el.remove();
}

export function q<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T & Element>(selector);
  assert(found, `no element matches ${selector}`);
  return found as T;
}

export function field(el: Element, key: string): HTMLElement {
  return q(el, `[data-key="${key}"]`);
}

export function input(el: Element, key: string): HTMLInputElement {
  return field(el, key).querySelector('input, select') as HTMLInputElement;
}

/** Types into a text input as a user would (value, then an input event). */
export async function type(el: EzoneSubsidyCalculator, key: string, value: string): Promise<void> {
  const i = input(el, key);
  i.value = value;
  i.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function choose(el: EzoneSubsidyCalculator, key: string, value: string): Promise<void> {
  const s = input(el, key) as unknown as HTMLSelectElement;
  s.value = value;
  assert(s.value === value, `option ${value} missing in ${key}`);
  s.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Ticks a checkbox, or answers a yes/no question (two radios, nothing chosen at first). */
export async function check(el: EzoneSubsidyCalculator, key: string, on: boolean): Promise<void> {
  const answer = field(el, key).querySelector<HTMLInputElement>(`input[type=radio][value="${on ? 'yes' : 'no'}"]`);
  if (answer) {
    if (!answer.checked) answer.click();
  } else {
    const c = input(el, key);
    if (c.checked !== on) c.click();
  }
  await el.updateComplete;
}

/** Fills the calculator's form from a scenario of the contract, field by field, through the DOM. */
export async function fillForm(el: EzoneSubsidyCalculator, scenario: Record<string, unknown>): Promise<void> {
  const kind = (['enterprise', 'institution', 'fund'] as const).find((k) => scenario[k]);
  assert(kind, 'scenario has no applicant section');
  q<HTMLInputElement>(el, `input[name="applicant"][value="${kind}"]`).click();
  await el.updateComplete;
  await choose(el, 'year', String(scenario.year));
  if (typeof scenario.asOf === 'string') await type(el, 'asOf', scenario.asOf);
  const elig = (scenario.eligibility ?? {}) as Record<string, boolean>;
  for (const [k, v] of Object.entries(elig)) await choose(el, `eligibility.${k}`, v ? 'yes' : 'no');
  const section = scenario[kind] as Record<string, unknown>;
  // The institution's type decides which inputs show: choose it first.
  if (kind === 'institution' && typeof section.type === 'string') await choose(el, 'institution.type', section.type);
  await fillObject(el, kind, section, `${kind}`);
}

async function fillObject(
  el: EzoneSubsidyCalculator,
  kind: string,
  obj: Record<string, unknown>,
  prefix: string,
): Promise<void> {
  for (const [k, v] of Object.entries(obj)) {
    const key = `${prefix}.${k}`;
    if (key === 'institution.type') continue;
    if (Array.isArray(v)) {
      if (key === 'enterprise.certifications') {
        for (const box of field(el, key).querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
          if (box.checked !== v.includes(box.dataset.option)) box.click();
        }
        await el.updateComplete;
        continue;
      }
      const list = q(el, `[data-list="${key}"]`);
      for (let i = 0; i < v.length; i++) {
        (list.querySelector(':scope > button.add') as HTMLButtonElement).click();
        await el.updateComplete;
        const row = list.querySelector(`.row[data-row="${i}"]`)!;
        const item = v[i];
        if (item && typeof item === 'object') {
          for (const [fk, fv] of Object.entries(item as Record<string, unknown>)) {
            const box = row.querySelector<HTMLElement>(`[data-key$=".${fk}"]`)!;
            const ctl = box.querySelector('input, select') as HTMLInputElement;
            if (ctl.type === 'radio') {
              box.querySelector<HTMLInputElement>(`input[value="${fv ? 'yes' : 'no'}"]`)!.click();
            } else if (ctl.type === 'checkbox') {
              if (ctl.checked !== fv) ctl.click();
            } else {
              ctl.value = String(fv);
              ctl.dispatchEvent(new Event(ctl.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
            }
            await el.updateComplete;
          }
        } else {
          const ctl = row.querySelector('input') as HTMLInputElement;
          ctl.value = String(item);
          ctl.dispatchEvent(new Event('input', { bubbles: true }));
          await el.updateComplete;
        }
      }
    } else if (v && typeof v === 'object') {
      await fillObject(el, kind, v as Record<string, unknown>, key);
    } else if (typeof v === 'boolean') {
      await check(el, key, v);
    } else if (input(el, key).tagName === 'SELECT') {
      await choose(el, key, String(v));
    } else {
      await type(el, key, String(v));
    }
  }
}

/** Sum of item amounts by article for one status, as the examples' `awarded` / `pending` maps. */
export function byArticle(
  items: { article: number; status: string; amount: string }[],
  status: string,
): Record<string, string> {
  const out: Record<string, number> = {};
  for (const i of items)
    if (i.status === status) out[i.article] = (out[i.article] ?? 0) + Math.round(Number(i.amount) * 100);
  return Object.fromEntries(Object.entries(out).map(([k, cents]) => [k, (cents / 100).toFixed(2)]));
}

/** Runs axe-core (loaded as a classic script, as its UMD build expects) on an element, shadow roots included. */
export async function axeViolations(context: Element): Promise<{ id: string; help: string; nodes: unknown[] }[]> {
  const w = window as unknown as {
    axe?: {
      run: (c: Element, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
    };
  };
  if (!w.axe) {
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/node_modules/axe-core/axe.min.js';
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('axe-core did not load'));
      document.head.append(s);
    });
  }
  const res = await w.axe!.run(context, { resultTypes: ['violations'] });
  return res.violations;
}

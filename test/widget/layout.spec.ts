/**
 * Layout at real widths (issue 12, point 12): fields side by side keep their inputs on one line even when a label
 * wraps (English labels are longer), and a fieldset's legend that wraps on a phone stays inside its border.
 */
import { setViewport } from '@web/test-runner-commands';
import type { EzoneSubsidyCalculator } from '../../widget/calculator/calculator.component.ts';
import { assert, mount, unmountAll } from './helpers.ts';

afterEach(async () => {
  unmountAll();
  await setViewport({ width: 800, height: 600 });
});

const box = (el: Element) => el.getBoundingClientRect();

/** Text inputs and selects of fields that sit side by side whose tops differ, as "label A / label B: 412 vs 431". */
function misaligned(el: EzoneSubsidyCalculator): string[] {
  const out: string[] = [];
  for (const grid of el.shadowRoot!.querySelectorAll('.grid')) {
    const rows = new Map<number, Element[]>();
    for (const f of grid.querySelectorAll(':scope > .field:not(.wide)')) {
      const top = Math.round(box(f).top);
      rows.set(top, [...(rows.get(top) ?? []), f]);
    }
    for (const fields of rows.values()) {
      const controls = fields.map((f) => f.querySelector('input[part="input"], select')!).filter(Boolean);
      const tops = controls.map((c) => box(c).top);
      if (Math.max(...tops) - Math.min(...tops) > 1)
        out.push(
          `${fields.map((f) => f.querySelector('label')?.textContent?.trim()).join(' / ')}: ${tops.join(' vs ')}`,
        );
    }
  }
  return out;
}

/**
 * Legends drawn on their fieldset's top border (a "rendered legend") that wrap onto more than one line: the border
 * then runs through the middle of the lines, broken on both sides. Such a legend must sit inside the box instead:
 * below the whole top border (the fieldset's clientTop is then just its border width).
 */
function legendsBreakingBorder(el: EzoneSubsidyCalculator): string[] {
  const out: string[] = [];
  for (const fs of el.shadowRoot!.querySelectorAll('fieldset')) {
    const legend = fs.querySelector(':scope > legend');
    if (!legend || !box(fs).width) continue;
    const lineHeight =
      parseFloat(getComputedStyle(legend).lineHeight) || parseFloat(getComputedStyle(legend).fontSize) * 1.4;
    if (box(legend).height < lineHeight * 1.5) continue; // one line: drawn on the border as intended
    const border = parseFloat(getComputedStyle(fs).borderTopWidth);
    if (fs.clientTop > border + 0.5 || box(legend).top < box(fs).top + border - 0.5)
      out.push(`${legend.textContent!.trim()} (clientTop ${fs.clientTop}, border ${border})`);
  }
  return out;
}

describe('layout', () => {
  for (const lang of ['en', 'zh-CN']) {
    for (const width of [600, 768, 1024, 1280]) {
      it(`${lang} at ${width} px: inputs of fields side by side start at the same height, whatever their labels' lines`, async () => {
        await setViewport({ width, height: 900 });
        for (const applicant of ['enterprise', 'institution', 'fund']) {
          const el = await mount({ lang, applicant });
          const bad = misaligned(el);
          assert(bad.length === 0, `${applicant}: ${bad.join('; ')}`);
          unmountAll();
        }
      });
    }
    it(`${lang} at 360 px: a legend that wraps sits inside its fieldset, not across its top border`, async () => {
      await setViewport({ width: 360, height: 640 });
      for (const applicant of ['enterprise', 'institution', 'fund']) {
        const el = await mount({ lang, applicant });
        const bad = legendsBreakingBorder(el);
        assert(bad.length === 0, `${applicant}: ${bad.join('; ')}`);
        unmountAll();
      }
    });
  }
});

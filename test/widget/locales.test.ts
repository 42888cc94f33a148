/**
 * The widget's strings: every form field has a label in each language, its own (widget.json) or the core's name for
 * the field (core.json `field.*`, which the widget's translator answers for `calc.field.<path>.label`). (Same keys and placeholders in both languages:
 * test/locales/parity.test.ts, for every namespace.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { APPLICANT_KINDS, ELIGIBILITY_KEYS, SECTIONS, isList } from '../../widget/calculator/form-model.ts';

type Tree = { [k: string]: string | Tree };
const load = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../locales/${lang}/widget.json`, import.meta.url), 'utf8')) as Tree;
const zh = load('zh-CN');
const en = load('en');
const core = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../locales/${lang}/core.json`, import.meta.url), 'utf8')) as Tree;
const coreOf = new Map<Tree, Tree>([
  [zh, core('zh-CN')],
  [en, core('en')],
]);
/** A form label: the widget's own, else the core's field name (`field.<path>`, or `field.<path>._` for a list). */
function label(t: Tree, key: string): unknown {
  const own = get(t, key);
  if (own !== undefined) return own;
  const field = /^calc\.field\.(.+)\.label$/.exec(key)?.[1];
  if (!field) return undefined;
  // A name that quotes a number of years (附则2's look-back) is a plural key: its `_other` form.
  const c = get(coreOf.get(t)!, `field.${field}`) ?? get(coreOf.get(t)!, `field.${field}_other`);
  return typeof c === 'object' ? get(c as Tree, '_') : c;
}

function keys(t: Tree, prefix = ''): string[] {
  return Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}
function get(t: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Tree)[k] : undefined), t);
}

describe('widget locales', () => {
  it('every field of every form has a label (and list items their row labels) in both languages', () => {
    for (const t of [zh, en]) {
      for (const kind of APPLICANT_KINDS) {
        for (const e of SECTIONS[kind]) {
          const base = `calc.field.${kind}.${e.key}`;
          assert.equal(typeof label(t, `${base}.label`), 'string', `${base}.label`);
          if (isList(e)) {
            assert.equal(typeof get(t, `${base}.one`), 'string', `${base}.one`);
            for (const f of e.item === 'amount' ? [{ key: 'item' }] : e.item)
              assert.equal(typeof label(t, `${base}.${f.key}.label`), 'string', `${base}.${f.key}.label`);
          }
          for (const o of (!isList(e) && e.type === 'select') || (!isList(e) && e.options) ? (e.options ?? []) : []) {
            assert.equal(typeof get(t, `${base}.option.${o}`), 'string', `${base}.option.${o}`);
          }
        }
      }
      for (const k of ELIGIBILITY_KEYS) assert.equal(typeof label(t, `calc.field.eligibility.${k}.label`), 'string');
      for (const kind of APPLICANT_KINDS) assert.equal(typeof get(t, `calc.applicant.${kind}`), 'string');
    }
  });

  it('English strings carry no Chinese except the units (万, 元, 亿) and names of Chinese titles', () => {
    for (const k of keys(en)) {
      const v = get(en, k) as string;
      const han = v.replace(/万元|万|亿|元|经开区商务金融局/g, '').match(/[\u4e00-\u9fff]/g);
      assert.equal(han, null, `${k}: ${v}`);
    }
  });
});

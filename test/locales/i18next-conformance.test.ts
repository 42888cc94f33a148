/**
 * core/words.ts answers as i18next does: every key of every namespace, in both languages, through both, with each
 * placeholder given, plural keys at several counts, and the edge cases the code relies on (a missing key, a missing
 * option, an option given as undefined or null, a default value, context, list and number formats).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import i18next from 'i18next';
import { Words, type Tree as WordsTree } from '../../core/words.ts';
import { LANGS, NAMESPACES, leaves, load, placeholders, pluralOf, type Tree } from './support.ts';

function i18nextFor(resources: Record<string, Tree>) {
  const inst = i18next.createInstance();
  void inst.init({
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    ns: ['ns'],
    defaultNS: 'ns',
    resources: Object.fromEntries(Object.entries(resources).map(([lang, tree]) => [lang, { ns: tree }])),
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  } as Parameters<typeof inst.init>[0]);
  return (lang: string) => inst.getFixedT(lang, 'ns') as unknown as (key: string, o?: object) => string;
}

/** A value for each placeholder: a list for a list format, a number for a number format, else the name itself. */
function optionsFor(text: string): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const p of placeholders(text)) {
    const [name = '', format = ''] = p.split(',').map((s) => s.trim());
    o[name] = format.startsWith('list') ? ['一', 'two', '三'] : format.startsWith('number') ? 1234567.891 : `<${name}>`;
  }
  return o;
}

describe('core/words.ts answers as i18next does', () => {
  for (const ns of NAMESPACES) {
    it(`${ns}: every key in both languages`, () => {
      const trees = Object.fromEntries(LANGS.map((l) => [l, load(l, ns)]));
      const theirs = i18nextFor(trees);
      const words = new Words(trees as Record<string, WordsTree>);
      let compared = 0;
      for (const lang of LANGS) {
        const ours = words.translator(lang);
        const t = theirs(lang);
        for (const [key, text] of leaves(trees[lang]!)) {
          const { base, form } = pluralOf(key);
          const options = optionsFor(text);
          const counts = form ? [0, 1, 2, 21] : [undefined];
          for (const count of counts) {
            const o = count === undefined ? options : { ...options, count };
            assert.equal(ours(base, o), t(base, o), `${lang} ${ns}:${base} ${JSON.stringify(o)}`);
            compared++;
          }
          // No options at all: placeholders stay as written.
          if (!form) assert.equal(ours(key), t(key), `${lang} ${ns}:${key} without options`);
        }
      }
      assert.ok(compared > 10);
    });
  }

  const trees = {
    'zh-CN': {
      a: { b: '你好，{{name}}' },
      item_other: '{{count}} 项',
      onlyZh: '仅中文',
      emptyEn: '中文',
      files: '{{files, list}}',
      either: '{{files, list(type: disjunction)}}',
      big: '{{n, number}}',
      spaced: '{{ name }} 与 {{other}}',
      role: '成员',
      role_lead: '负责人',
      role_lead_other: '{{count}} 位负责人',
    },
    en: {
      a: { b: 'Hello, {{name}}' },
      emptyEn: '',
      item_one: '{{count}} item',
      item_other: '{{count}} items',
      files: '{{files, list}}',
      either: '{{files, list(type: disjunction)}}',
      big: '{{n, number}}',
      spaced: '{{ name }} and {{other}}',
      role: 'member',
      role_lead: 'lead',
      role_lead_one: 'the lead',
      role_lead_other: '{{count}} leads',
    },
  } satisfies Record<string, Tree>;
  const cases: Array<[string, Record<string, unknown> | undefined]> = [
    ['a.b', { name: 'Ann' }],
    ['a.b', {}],
    ['a.b', { name: undefined }],
    ['a.b', { name: null }],
    ['a.b', { name: 0 }],
    ['missing.key', undefined],
    ['missing.key', { defaultValue: 'fallback text' }],
    ['onlyZh', undefined],
    ['emptyEn', undefined],
    ['item', { count: 0 }],
    ['item', { count: 1 }],
    ['item', { count: 2 }],
    ['item', { count: '1' }],
    ['files', { files: ['a.csv'] }],
    ['files', { files: ['a.csv', 'b.csv'] }],
    ['files', { files: ['a.csv', 'b.csv', 'c.csv'] }],
    ['either', { files: ['a', 'b', 'c'] }],
    ['big', { n: 5000000 }],
    ['big', { n: 1971.830986 }],
    ['spaced', { name: 'A', other: 'B' }],
    ['role', { context: 'lead' }],
    ['role', { context: 'unknown' }],
    ['role', { context: 'lead', count: 1 }],
    ['role', { context: 'lead', count: 3 }],
    ['role', { context: '' }],
  ];
  for (const lang of LANGS) {
    it(`${lang}: interpolation, plurals, context, formats and misses`, () => {
      const t = i18nextFor(trees)(lang);
      const ours = new Words(trees).translator(lang);
      for (const [key, o] of cases) assert.equal(ours(key, o), t(key, o), `${lang} ${key} ${JSON.stringify(o)}`);
    });
  }

  it('a translator handed out reads words set later (the built widget fetches a language after first use)', () => {
    const words = new Words({ 'zh-CN': { a: '甲' } });
    const t = words.translator('en');
    assert.equal(t('a'), '甲');
    assert.equal(words.has('en', 'a'), false);
    words.set('en', { a: 'A' });
    assert.equal(t('a'), 'A');
    assert.equal(words.has('en', 'a'), true);
  });
});

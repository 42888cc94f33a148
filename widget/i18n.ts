/**
 * The widget's words (locales/<lang>/widget.json); every component asks for a fixed `t` in its own language, so two
 * widgets on one page can speak different languages. From sources both languages are here. A built widget file carries
 * its page's language (vite.config.ts `WIDGET_FILES`, `lazyLocales`); the other language's words (widget's and core's)
 * are a file of their own, fetched from beside the widget's file the first time an element speaks it: `isLoaded` /
 * `loadLang` below, issue 12 "Load".
 *
 * Read as every namespace is (core/words.ts: i18next's format and answers, each template split once; a first render
 * asks for ~150 words, and the widget's first bytes have no room for i18next itself, issue 12).
 */
// In a built widget file, the other language's are stubs (vite.config.ts `lazyLocales`), filled by ./lang-<lang>.ts
// when first needed.
import zhCN from '../locales/zh-CN/widget.json' with { type: 'json' };
import en from '../locales/en/widget.json' with { type: 'json' };
import type { Lang } from '../core/index.ts';
// The engine only (no words): the same module the core reads its sentences with, so the widget's file carries it once.
import { Words, type Translate, type Tree } from '../core/words.ts';
// The core's sentences: the scenario's field names are the core's (`field.*`), one vocabulary for form and results.
import { translator as coreTranslator } from '../core/i18n.ts';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const NS = 'widget';

export type { Tree };
const WORDS = new Words({ 'zh-CN': zhCN, en });

/** Whether a language's words are here (always from sources; English in the built widget once fetched). */
export function isLoaded(lang: Lang): boolean {
  return WORDS.has(lang, 'calc.title');
}

const loading = new Map<Lang, Promise<void>>();
// One literal import per language, so the bundler makes each a file of its own.
const fetchWords = (lang: Lang) => (lang === 'en' ? import('./lang-en.ts') : import('./lang-zh-CN.ts'));
/**
 * Brings a language's words (the widget's and the core's) in. A failed fetch is not remembered, so a later attempt
 * tries again; the error says which file and why it usually happens (a cross-origin embed without CORS headers).
 */
export function loadLang(lang: Lang): Promise<void> {
  if (isLoaded(lang)) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = fetchWords(lang).then(
      (m) => {
        WORDS.set(lang, m.widgetWords);
      },
      (e: unknown) => {
        loading.delete(lang);
        throw e;
      },
    );
    loading.set(lang, p);
  }
  return p;
}

/** Any value of a `lang` attribute to a language we have: "en-US" → "en", unknown → "zh-CN". */
export function normalizeLang(value: string | null | undefined): Lang {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'en' || v.startsWith('en-')) return 'en';
  return 'zh-CN';
}

export type { Translate };

/**
 * A form field's label is the core's name for that scenario field (locales/<lang>/core.json `field.*`, the words the
 * results use when they ask for it): `calc.field.<path>.label` answers `field.<path>` unless widget.json has a label of
 * its own. The form keeps its own words only where the form's layout needs them: a numbered row of a list ("Project 1:
 * amount invested", "第1笔增资") and a part shown under its whole ("Of which: …", 其中：…).
 */
const FIELD_LABEL = /^calc\.field\.(.+)\.label$/;
const translators = new Map<Lang, Translate>();

export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) {
    const own = WORDS.translator(lang);
    const core = coreTranslator(lang);
    t = (key, options) => {
      const text = own(key, options);
      if (text !== key) return text;
      const field = FIELD_LABEL.exec(key)?.[1];
      if (field === undefined) return text;
      // The options go along: a name may quote a figure of the policy (附则2's zone, its look-back's years and plural).
      return (
        core(`field.${field}`, { ...options, defaultValue: '' }) ||
        core(`field.${field}._`, { ...options, defaultValue: key })
      );
    };
    translators.set(lang, t);
  }
  return t;
}

/**
 * Starts fetching the words of every language the page's calculators speak that this widget file lacks (a Chinese
 * page's file on an English page, vite.config.ts `WIDGET_FILES`) as soon as the file starts to run (widget/index.ts
 * imports this first), so the request travels while lit, decimal.js and the core evaluate, instead of after the
 * element's first update asked for it (one round trip less before the first result, issue 12 "Load"). An element added later, or a language chosen later, fetches its words itself (widget/i18n.ts `loadLang`:
 * one request per language; a failure is left for the element to report and retry).
 */
import { loadLang, normalizeLang } from './i18n.ts';

// Not in the batch tab's workers: they run this file with a stand-in `document` (widget/batch-panel/worker.ts).
if (typeof document !== 'undefined' && typeof document.querySelectorAll === 'function')
  for (const el of document.querySelectorAll('ezone-subsidy-calculator'))
    loadLang(normalizeLang(el.getAttribute('lang'))).catch(() => undefined);

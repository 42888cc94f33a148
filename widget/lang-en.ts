/**
 * The English words for the Chinese page's widget file, a file of their own (vite.config.ts `lazyLocales`): the
 * widget's and the core's, with the English clause translations. Fetched by widget/i18n.ts `loadLang` from beside the
 * widget's file the first time an element speaks English, so a Chinese page never downloads them. (The English page's
 * file has them built in.)
 */
import widget from '../locales/en/widget.json' with { type: 'json' };
import core from '../locales/en/core.json' with { type: 'json' };
// The core's sentences are looked up by the core's own translator: hand it the English ones (a build-internal hook,
// not part of the core's public API, which has both languages from the start).
import { addCoreResources } from '../core/i18n.ts';

addCoreResources('en', core);

export const widgetWords = widget;

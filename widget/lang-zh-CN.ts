/**
 * The Chinese words for the English page's widget file, a file of their own (vite.config.ts `lazyLocales`): the
 * widget's and the core's sentences (the clause texts themselves are the core's policy data). Fetched by
 * widget/i18n.ts `loadLang` from beside the widget's file the first time an element speaks Chinese, so an English
 * page never downloads them. (The Chinese page's file has them built in.)
 */
import widget from '../locales/zh-CN/widget.json' with { type: 'json' };
import core from '../locales/zh-CN/core.json' with { type: 'json' };
// The core's sentences are looked up by the core's own translator: hand it the Chinese ones (a build-internal hook,
// not part of the core's public API, which has both languages from the start).
import { addCoreResources } from '../core/i18n.ts';

addCoreResources('zh-CN', core);

export const widgetWords = widget;

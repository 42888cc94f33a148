/**
 * Loads `<ezone-what-if-panel>` on demand. In the widget it is a file of its own beside the calculator's
 * (ezone-subsidy-what-if.js, built by widget/what-if/what-if-chunk.ts), fetched the first time someone opens the
 * what-if chart, so the calculator's first bytes stay as they were. The URL is made at run time, relative to the
 * running module, so the bundler leaves it alone (vite.config.ts inlines every import it can see into the one file).
 * From sources (tests, dev) it is the TypeScript module itself.
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import { estimate, parseAmount, POLICY_BOOK } from '../../core/index.ts';
// The panel's file computes with this file's decimals (see ./shared.ts): the core's own money module, not a copy.
import { Decimal, fig } from '../../core/money.ts';
import { normalizeLang, translator } from '../i18n.ts';
import { SHARED_KEY, type SharedModules } from './shared.ts';

export const WHAT_IF_CHUNK = 'ezone-subsidy-what-if.js';

export function whatIfModuleUrl(here: string = import.meta.url): string {
  return new URL(/\.ts(\?.*)?$/.test(here) ? './what-if-panel.ts' : `./${WHAT_IF_CHUNK}`, here).href;
}

let loading: Promise<unknown> | undefined;

/** Defines `<ezone-what-if-panel>` (once). A failed fetch is not remembered: the next click tries again. */
export function loadWhatIfPanel(): Promise<unknown> {
  const shared: SharedModules = {
    lit: { LitElement, html, svg, css, nothing },
    'core/engine.ts': { estimate },
    'core/money.ts': { Decimal, fig },
    'core/amount.ts': { parseAmount },
    'core/policy/versions.ts': { POLICY_BOOK },
    'widget/i18n.ts': { translator, normalizeLang },
  };
  (globalThis as Record<string, unknown>)[SHARED_KEY] ??= shared;
  loading ??= import(/* @vite-ignore */ whatIfModuleUrl()).catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

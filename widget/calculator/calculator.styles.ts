import { css } from 'lit';
import { tokens } from '../theme.styles.ts';

export default [
  tokens,
  css`
    :host {
      display: block;
      container-type: inline-size;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      max-width: 100%;
    }
    :host([hidden]) { display: none; }
    [hidden] { display: none !important; }
    .shell { padding: var(--_space); min-width: 0; }
    .header {
      display: flex; flex-wrap: wrap; gap: 0.5em var(--_space); align-items: center; justify-content: space-between;
      border-bottom: 2px solid var(--_primary); padding-bottom: calc(var(--_space) * 0.5); margin-bottom: var(--_space);
    }
    .title { margin: 0; font-size: 1.25em; color: var(--_primary); line-height: 1.3; }
    button {
      font: inherit; font-size: 0.95em; cursor: pointer; border-radius: var(--_radius);
      border: 1px solid var(--_primary); background: var(--_surface); color: var(--_primary);
      padding: 0.35em 0.9em; min-height: 2.25em;
    }
    button:hover { background: var(--_accent-bg); }
    button[aria-pressed='true'], button[aria-selected='true'] { background: var(--_primary); color: var(--_on-primary); }
    .lang-switch { display: inline-flex; gap: 0; }
    .lang-switch button:first-child { border-radius: var(--_radius) 0 0 var(--_radius); }
    .lang-switch button:last-child { border-radius: 0 var(--_radius) var(--_radius) 0; margin-left: -1px; }
    .tabs { display: flex; gap: 0.25em; margin-bottom: var(--_space); border-bottom: 1px solid var(--_border); }
    .tabs button { border-radius: var(--_radius) var(--_radius) 0 0; border-bottom: none; }
    .layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
    @container (min-width: 54rem) {
      .layout { grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); align-items: start; }
      .results { position: sticky; top: var(--_space); }
    }
    fieldset {
      border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0 0 var(--_space);
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75) calc(var(--_space) * 0.75); min-width: 0;
      background: var(--_surface-alt);
    }
    legend { font-weight: 700; padding: 0 0.35em; }
    fieldset fieldset { background: var(--_surface); }
    /* A legend is drawn across its fieldset's top border; wrapped onto two lines on a phone, the border would run
       through the middle of them, broken on both sides (issue 12). Narrow: the legend sits inside the box instead. */
    @container (max-width: 30rem) {
      fieldset:not(.field) > legend { float: left; width: 100%; padding: 0; margin: 0 0 0.35em; }
      fieldset:not(.field) > legend + * { clear: left; }
    }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); gap: calc(var(--_space) * 0.75); }
    .grid > .wide, .grid > fieldset { grid-column: 1 / -1; }
    .field { display: flex; flex-direction: column; gap: 0.2em; min-width: 0; margin: 0; }
    .field > label { font-weight: 600; font-size: 0.95em; }
    /* Fields side by side share their rows (label, input, amount read, hint, error): a label that wraps (English
       labels are longer) moves every input of its row down together, not only its own (issue 12). */
    @supports (grid-template-rows: subgrid) {
      .grid > .field:not(.wide) { display: grid; grid-row: span 5; grid-template-rows: subgrid; row-gap: 0.2em; align-content: start; }
      .grid > .field:not(.wide) > label { align-self: end; }
    }
    .input-wrap { position: relative; display: flex; }
    input[type='text'], input[type='date'], input:not([type]), select {
      font: inherit; width: 100%; min-width: 0; padding: 0.4em 0.6em; min-height: 2.4em;
      border: 1px solid var(--_muted); border-radius: var(--_radius); background: var(--_surface); color: var(--_text);
    }
    .input-wrap input { padding-right: 3.2em; }
    .input-wrap .unit { position: absolute; right: 0.6em; top: 50%; transform: translateY(-50%); color: var(--_muted); font-size: 0.85em; pointer-events: none; }
    input[aria-invalid='true'], select[aria-invalid='true'] { border: 2px solid var(--_danger); }
    input[type='checkbox'], input[type='radio'] { width: 1.15em; height: 1.15em; margin: 0; accent-color: var(--_primary); flex: none; }
    label.check { display: flex; gap: 0.5em; align-items: center; font-weight: 600; margin: 0.2em 0; cursor: pointer; }
    .checks label.check { font-weight: 400; }
    .hint { color: var(--_muted); font-size: 0.86em; margin: 0; }
    .error { color: var(--_danger); font-size: 0.9em; font-weight: 600; margin: 0; overflow-wrap: anywhere; }
    .error::before { content: '⚠ '; }
    .amount-read { color: var(--_success); font-size: 0.86em; margin: 0; min-height: 0; }
    .amount-read:empty { display: none; }
    .error-summary { overflow-wrap: anywhere; border: 2px solid var(--_danger); border-radius: var(--_radius); padding: 0.5em var(--_space); margin-bottom: var(--_space); color: var(--_danger); }
    .error-summary ul { margin: 0; padding-left: 1.2em; }
    .applicant { background: var(--_surface); }
    .segmented { display: flex; flex-wrap: wrap; gap: 0.5em; }
    .segmented label {
      display: inline-flex; align-items: center; gap: 0.45em; border: 1px solid var(--_primary); border-radius: var(--_radius);
      padding: 0.35em 0.8em; cursor: pointer; color: var(--_primary); font-weight: 600;
    }
    .segmented label.on { background: var(--_primary); color: var(--_on-primary); }
    .segmented label:focus-within { box-shadow: var(--_focus); }
    .segmented input { accent-color: var(--_on-primary); }
    .applicant .hint { margin-top: 0.5em; }
    .yesno { border: none; padding: 0; background: none; margin: 0; }
    .yesno legend { font-weight: 600; font-size: 0.95em; padding: 0; margin-bottom: 0.2em; }
    .yesno .choices { display: flex; flex-wrap: wrap; gap: 0.25em 1.5em; }
    .yesno label.check { font-weight: 400; }
    .start { border: 1px dashed var(--_primary); border-radius: var(--_radius); padding: 0.75em var(--_space); margin: 0 0 var(--_space); }
    .actions .appendix { font-weight: 400; font-size: 0.9em; }
    .list .row { border-top: 1px dashed var(--_border); padding: 0.5em 0; display: flex; flex-direction: column; gap: 0.5em; }
    .list .row:first-of-type { border-top: none; }
    .list .remove { align-self: flex-start; font-size: 0.85em; border-color: var(--_border); color: var(--_text); }
    .list .add { margin-top: 0.35em; }
    .results { min-width: 0; }
    .results:focus { outline: none; }
    /* Narrow layouts put the results under a long form: keep the total in view while typing. */
    .mini-total {
      position: sticky; bottom: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 0.25em 0.75em;
      align-items: center; justify-content: space-between; margin: 0;
      padding: 0.5em 0.75em; background: var(--_accent-bg); border: 1px solid var(--_primary);
      border-radius: var(--_radius); box-shadow: 0 -2px 8px rgb(0 0 0 / 0.08);
    }
    .mini-total strong { color: var(--_primary); font-size: 1.15em; }
    @container (min-width: 54rem) {
      .mini-total { display: none; }
    }
    .results-title { margin: 0 0 0.5em; font-size: 1.1em; }
    .stale {
      border: 2px solid var(--_warning); color: var(--_warning); background: var(--_surface);
      border-radius: var(--_radius); padding: 0.5em var(--_space); margin: 0 0 var(--_space); font-weight: 600;
    }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin-top: var(--_space); }
    /* Brought into view after a copy: a margin, so sub-pixel layout never leaves its last line cut at the edge. */
    .share-note { margin-top: 0.5em; font-size: 0.9em; scroll-margin-block: 0.5em; }
    .load-json { margin-top: var(--_space); }
    .load-json summary { cursor: pointer; }
    .load-json textarea { display: block; box-sizing: border-box; width: 100%; margin: 0.3em 0; font-family: ui-monospace, monospace; }
    .repro-note textarea { display: block; box-sizing: border-box; width: 100%; }
    .load-failure { margin: 0 0 0.75em; padding: 0.5em 0.75em; border: 1px solid var(--ezone-color-danger, #b3261e); color: var(--ezone-color-danger, #b3261e); border-radius: var(--ezone-radius, 6px); }
    .share-note p { margin: 0 0 0.25em; }
    .privacy { color: var(--_muted); font-size: 0.82em; margin: var(--_space) 0 0; }
    /* A box-shadow ring disappears in forced colours (high contrast): an outline is kept, in the system's colour. */
    @media (forced-colors: active) {
      :focus-visible, .segmented label:focus-within { outline: 3px solid Highlight; outline-offset: 2px; }
      .segmented label.off, button[aria-pressed='false'], button[aria-selected='false'] { border: 1px dashed ButtonText; }
      .segmented label.on, button[aria-pressed='true'], button[aria-selected='true'] {
        forced-color-adjust: none; background: Highlight; color: HighlightText; border: 2px solid Highlight;
      }
    }
    @media print {
      /* Ways to reproduce or load a scenario are for the screen; the print shows what was stated and the result. */
      .load-json, .repro-note { display: none !important; }
      .hint, .amount-read:empty, .field[data-empty], .yesno label:not(:has(:checked)) { display: none !important; }
      fieldset:not(.applicant):not(:has(.field:not([data-empty]), .row)) { display: none; }
      .segmented input, .yesno input { display: none; }
      .start { display: none; }
      /* On paper the form is a record of what was stated: values as text, three to a row. */
      fieldset { padding: 0.2em 0.6em 0.4em; margin-bottom: 0.5em; }
      .grid { grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.3em 0.75em; }
      .field { gap: 0; }
      .field > label, .yesno legend { font-size: 0.85em; font-weight: 400; color: var(--_muted); }
      :host { border: none; font-size: 10.5pt; }
      .lang-switch, .tabs, .actions, .share-note, button.add, button.remove, .mini-total { display: none !important; }
      .layout { display: block; }
      .results { position: static; break-before: auto; }
      fieldset { background: none; }
      .field, .row { break-inside: avoid; }
      .segmented label:not(.on) { display: none; }
      .segmented label.on { background: none; color: var(--_text); border: none; padding: 0; }
      input[type='text'], input:not([type]), select {
        border: none !important; border-bottom: 1px solid #999 !important; border-radius: 0; padding: 0 3.2em 0 0;
        min-height: 0; appearance: none; background: none; font-weight: 600;
      }
      .amount-read { display: none; }
    }
  `,
];

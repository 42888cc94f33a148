import { css } from 'lit';
import { tokens } from '../theme.styles.ts';

export default [
  tokens,
  css`
    :host { display: block; }
    :host([hidden]) { display: none; }
    .total {
      background: var(--_accent-bg);
      border: 1px solid var(--_border);
      border-left: 6px solid var(--_primary);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 0.75) var(--_space);
      margin-bottom: var(--_space);
    }
    .total-label { font-weight: 600; margin: 0; color: var(--_text); font-size: 1em; }
    .total-amount { font-size: 1.9em; font-weight: 700; color: var(--_primary); margin: 0.1em 0; overflow-wrap: anywhere; }
    .total-amount .unit, .amount .unit { font-size: 0.55em; font-weight: 600; margin-left: 0.25em; color: var(--_text); }
    .total-sub { margin: 0; color: var(--_muted); font-size: 0.9em; }
        /* A stale result is marked everywhere a figure or verdict shows, not only on the total. */
    .stale .total-amount, .stale .amount, .stale .status { color: var(--_muted); text-decoration: line-through; text-decoration-thickness: 1px; }
    .stale .card { border-style: dashed; border-left-color: var(--_warning); }
    .stale-tag { font-size: 0.8em; font-weight: 600; color: var(--_warning); border: 1px dashed var(--_warning); border-radius: 999px; padding: 0.1em 0.6em; }
    .appendix { display: none; }
    .appendix h4 { margin: 0.75em 0 0.25em; font-size: 0.95em; }
    .appendix blockquote { margin: 0; white-space: pre-wrap; font-size: 0.9em; }
    h3.section { font-size: 1.05em; margin: calc(var(--_space) * 1.25) 0 calc(var(--_space) * 0.5); }
    ul.cards, ul.info, ul.notes, ol.timeline { list-style: none; margin: 0; padding: 0; }
    .card {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: calc(var(--_space) * 0.75) var(--_space);
      margin-bottom: calc(var(--_space) * 0.75);
      overflow-wrap: anywhere;
    }
    .card[data-status='awarded'] { border-left: 5px solid var(--_success); }
    .card[data-status='pending'] { border-left: 5px solid var(--_warning); }
    .card[data-status='excluded'], .card[data-status='ineligible'], .card[data-status='incomplete'] {
      border-left: 5px solid var(--_border);
    }
    .card-header { display: flex; flex-wrap: wrap; gap: 0.25em 0.75em; align-items: baseline; justify-content: space-between; }
    .card-title { margin: 0; font-size: 1em; font-weight: 600; }
    .article { color: var(--_muted); font-weight: 500; margin-right: 0.35em; }
    .status {
      display: inline-block; font-size: 0.8em; font-weight: 600; padding: 0.1em 0.6em; border-radius: 999px;
      border: 1px solid currentColor; white-space: nowrap;
    }
    .status-awarded { color: var(--_success); }
    .status-pending { color: var(--_warning); }
    .status-excluded, .status-ineligible, .status-incomplete, .status-info { color: var(--_muted); }
    .amount { font-size: 1.35em; font-weight: 700; margin: 0.25em 0 0; }
    .card[data-status='excluded'] .amount, .card[data-status='ineligible'] .amount { color: var(--_muted); }
    .calculation {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 0.9em;
      background: var(--_surface-alt); padding: 0.2em 0.5em; border-radius: calc(var(--_radius) / 2);
      display: inline-block; margin: 0.35em 0 0;
    }
    .badges { display: flex; flex-wrap: wrap; gap: 0.4em; margin: 0.5em 0 0; padding: 0; list-style: none; }
    .badge { font-size: 0.82em; padding: 0.1em 0.55em; border-radius: calc(var(--_radius) / 2); background: var(--_surface-alt); border: 1px solid var(--_border); }
    .badge-capped { color: var(--_warning); }
    .badge-conditional { color: var(--_primary); }
    .explanation { margin: 0.5em 0 0; }
    .excluded-by, .missing { margin: 0.4em 0 0; color: var(--_muted); }
    .interpretations { margin: 0.5em 0 0; padding: 0.4em 0.75em; border-left: 3px solid var(--_primary); background: var(--_surface-alt); font-size: 0.92em; }
    .interpretations p { margin: 0.15em 0; }
    .interpretations strong { color: var(--_primary); }
    details.clause { margin-top: 0.5em; font-size: 0.92em; }
    details.clause summary { cursor: pointer; color: var(--_primary); font-weight: 600; padding: 0.15em 0; }
    details.clause blockquote { margin: 0.4em 0 0; padding: 0.4em 0.75em; border-left: 3px solid var(--_border); color: var(--_text); white-space: pre-wrap; }
    .timeline { margin-top: 0.5em; }
    .timeline li { display: grid; grid-template-columns: minmax(7em, auto) 1fr; gap: 0.5em; padding: 0.35em 0; border-top: 1px dashed var(--_border); }
    .timeline li:first-child { border-top: none; }
    .timeline time { font-weight: 600; }
    .timeline .when-now { color: var(--_success); }
    .timeline .when-later { color: var(--_warning); }
    ul.info > li { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5em var(--_space); margin-bottom: 0.5em; background: var(--_surface-alt); }
    ul.notes > li { color: var(--_muted); font-size: 0.9em; margin: 0.25em 0; padding-left: 1em; text-indent: -1em; }
    ul.notes > li::before { content: '• '; }
    .empty { color: var(--_muted); margin: 0; }
    @media (forced-colors: active) {
      :focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
    }
    @media print {
      /* The paper copy is what the applicant files: the figures and reasons; the clauses only in the chosen appendix. */
      details.clause, .card[data-status='incomplete'] { display: none; }
      .appendix { display: block; break-before: page; }
      :host { font-size: 10.5pt; }
      ul.info { columns: 2; column-gap: 1.5em; font-size: 0.88em; }
      ul.info > li { border: none; padding: 0; margin: 0 0 0.35em; background: none; }
      /* Articles without an amount: their names are the pointer; what they say is on screen and in the appendix. */
      ul.info .explanation { display: none; }
      .card { padding: 0.4em 0.75em; margin-bottom: 0.5em; }
      .total { padding: 0.4em 0.75em; }
      .total-amount { font-size: 1.5em; }
      h3.section { margin: 0.75em 0 0.35em; }
      .card, ul.info > li { break-inside: avoid; }
      .total { border-left-width: 3px; }
    }
  `,
];

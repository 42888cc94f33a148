import { css } from 'lit';
import { tokens } from '../theme.styles.ts';

export const batchPanelStyles = [
  tokens,
  css`
    :host { display: block; }
    [hidden] { display: none !important; }
    .intro { margin: 0 0 calc(var(--_space) * 0.75); color: var(--_muted); }
    .drop {
      border: 2px dashed var(--_border); border-radius: var(--_radius); padding: calc(var(--_space) * 1.25);
      text-align: center; background: var(--_surface-alt);
    }
    .drop.over { border-color: var(--_primary); background: var(--_accent-bg); }
    .drop p { margin: 0 0 0.5rem; }
    button, .link-button {
      font: inherit; cursor: pointer; border-radius: var(--_radius); border: 1px solid var(--_primary);
      background: var(--_surface); color: var(--_primary); padding: 0.35rem 0.8rem;
    }
    button.primary { background: var(--_primary); color: var(--_on-primary); }
    button:disabled { opacity: 0.6; cursor: not-allowed; }
    .templates { margin: 0.75rem 0 0; }
    .templates a { color: var(--_primary); margin-inline-start: 0.5rem; }
    .file-name { font-weight: 600; }
    progress { width: 100%; height: 0.75rem; }
    .status-line { margin: 0.75rem 0; }
    .fatal { color: var(--_danger); font-weight: 600; }
    .warning { color: var(--_warning); }
    .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.5rem 0; }
    .toolbar .spacer { flex: 1; }
    .table-wrap { overflow-x: auto; }
    /*
     * Fixed column widths: the page's rows go on screen a step at a time (batch-panel.component.ts, RENDER_STEP), and
     * with automatic widths a step's wider cell re-laid out every row above it (the last step of 100 rows took 24 ms
     * of layout instead of 8).
     */
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; table-layout: fixed; }
    thead th:nth-child(1) { width: 4.5em; }
    thead th:nth-child(2) { width: 16%; }
    thead th:nth-child(3) { width: 8.5em; }
    thead th:nth-child(5) { width: 28%; }
    thead th:nth-child(6) { width: 7em; }
    td button.open { white-space: nowrap; }
    td { overflow-wrap: anywhere; }
    caption { text-align: start; font-weight: 600; padding: 0.25rem 0; }
    th, td { border-bottom: 1px solid var(--_border); padding: 0.4rem 0.5rem; text-align: start; vertical-align: top; }
    th button { border: none; background: none; color: inherit; padding: 0; font-weight: 600; }
    th button::after { content: ''; margin-inline-start: 0.25rem; }
    th[aria-sort='ascending'] button::after { content: '▲'; }
    th[aria-sort='descending'] button::after { content: '▼'; }
    td.num, th.num { text-align: end; white-space: nowrap; }
    tr.error td { background: #fdf1f0; }
    .badge { display: inline-block; border-radius: 999px; padding: 0 0.5rem; font-size: 0.875em; }
    .badge.ok { background: #e6f4ea; color: var(--_success); }
    .badge.error { background: #fde7e5; color: var(--_danger); }
    ul.errors { margin: 0.25rem 0 0; padding-inline-start: 1.1rem; color: var(--_danger); font-size: 0.9em; }
    ul.top { margin: 0; padding: 0; list-style: none; font-size: 0.9em; }
    tr.detail td { background: var(--_surface-alt); }
    .pager { display: flex; gap: 0.5rem; align-items: center; justify-content: flex-end; margin-top: 0.5rem; }
  `,
];

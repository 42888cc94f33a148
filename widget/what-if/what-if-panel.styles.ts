import { css } from 'lit';
import { tokens } from '../theme.styles.ts';

export default [
  tokens,
  css`
    :host {
      display: block;
      margin-top: var(--_space);
    }
    :host([hidden]) {
      display: none;
    }
    .panel {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      background: var(--_surface);
    }
    .head {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 0.5em;
    }
    h3 {
      margin: 0;
      font-size: 1.05em;
    }
    .intro {
      margin: 0.25em 0 0.75em;
      color: var(--_muted);
      font-size: 0.9em;
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25em;
    }
    select,
    button {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.35em 0.6em;
      max-width: 100%;
    }
    button {
      cursor: pointer;
    }
    .chart {
      position: relative;
      margin: 0.75em 0;
    }
    .chart svg {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
    }
    .curve {
      fill: none;
      stroke: var(--_primary);
      stroke-width: 2.5;
    }
    .axis {
      stroke: var(--_muted);
      stroke-width: 1;
    }
    .grid {
      stroke: var(--_border);
      stroke-width: 1;
      stroke-dasharray: 2 3;
    }
    .tick {
      fill: var(--_muted);
      font-size: 11px;
    }
    .bp {
      stroke: var(--_warning);
      stroke-width: 1.5;
      stroke-dasharray: 5 3;
    }
    .bp-num {
      fill: var(--_warning);
      font-size: 12px;
      font-weight: 700;
    }
    .here {
      stroke: var(--_success);
      stroke-width: 2;
    }
    .here-dot {
      fill: var(--_success);
    }
    .cursor {
      stroke: var(--_text);
      stroke-width: 1;
    }
    .cursor-dot {
      fill: var(--_text);
    }
    .explore {
      border-radius: var(--_radius);
    }
    .explore:focus-visible {
      box-shadow: var(--_focus);
    }
    .readout {
      margin: 0.25em 0;
      font-variant-numeric: tabular-nums;
    }
    .here-text {
      color: var(--_success);
      font-weight: 600;
    }
    ol.breakpoints {
      margin: 0.25em 0 0.75em;
      padding-left: 1.5em;
    }
    ol.breakpoints li::marker {
      color: var(--_warning);
      font-weight: 700;
    }
    h4 {
      margin: 0.75em 0 0.25em;
      font-size: 0.95em;
    }
    details {
      margin-top: 0.5em;
    }
    .table-wrap {
      max-height: 20em;
      overflow: auto;
      margin-top: 0.5em;
    }
    table {
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
      font-size: 0.9em;
    }
    th,
    td {
      border: 1px solid var(--_border);
      padding: 0.2em 0.6em;
      text-align: right;
    }
    caption {
      text-align: left;
      font-weight: 600;
      margin-bottom: 0.25em;
    }
    tr.is-here td {
      font-weight: 700;
      color: var(--_success);
    }
    .error {
      color: var(--_danger);
    }
    @media (forced-colors: active) {
      .curve,
      .axis,
      .bp,
      .here,
      .cursor {
        stroke: CanvasText;
      }
      .tick,
      .bp-num,
      .here-dot,
      .cursor-dot {
        fill: CanvasText;
      }
    }
    @media print {
      button.close,
      .explore-hint {
        display: none;
      }
      .panel {
        border-color: #000;
        break-inside: avoid;
      }
      details > .table-wrap {
        display: none;
      }
    }
  `,
];

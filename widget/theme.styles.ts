/**
 * Design tokens shared by the widget's components. Every token reads a `--ezone-*` custom property set by the host
 * page, with defaults that sit well on a white government page and meet WCAG AA contrast.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_primary: var(--ezone-color-primary, #1d4f91);
    --_on-primary: var(--ezone-color-on-primary, #ffffff);
    --_text: var(--ezone-color-text, #1f2933);
    --_muted: var(--ezone-color-muted, #4b5563);
    --_surface: var(--ezone-color-surface, #ffffff);
    --_surface-alt: var(--ezone-color-surface-alt, #f4f6f9);
    --_border: var(--ezone-color-border, #c3cad4);
    --_success: var(--ezone-color-success, #176b2c);
    --_warning: var(--ezone-color-warning, #7a4a00);
    --_danger: var(--ezone-color-danger, #b3261e);
    --_accent-bg: var(--ezone-color-accent-bg, #e8f0fb);
    --_font: var(--ezone-font-family, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    --_font-size: var(--ezone-font-size, 1rem);
    --_radius: var(--ezone-radius, 6px);
    --_space: var(--ezone-spacing, 1rem);
    --_focus: var(--ezone-focus-ring, 0 0 0 3px #f5a623);
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    line-height: 1.5;
  }
  *, *::before, *::after { box-sizing: border-box; }
  :focus-visible { outline: none; box-shadow: var(--_focus); }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
`;

/** Adopted into each badge's own shadow root: the page's CSS cannot reach in, ours cannot leak out. */
export const badgeStyles = `
  :host {
    all: initial;
    display: inline-block;
    position: relative;
    margin: 4px 0;
    vertical-align: middle;
    font: 13px/1.4 system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif;
    color: #1a1a1a;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    flex-wrap: wrap;
    padding: 3px 8px;
    border: 1px solid #0b6e4f;
    border-radius: 6px;
    background: #eef8f3;
    color: #0b3d2c;
  }
  /* Private text (inject/private-text.ts): drawn by CSS, not a text node the page could find or select. */
  .t::before {
    content: var(--t);
  }
  .badge.none,
  .badge.info,
  .badge.hidden-note {
    border-color: #6b6b6b;
    background: #f4f4f4;
    color: #333;
  }
  .mark {
    font-weight: 700;
  }
  .hidden-note .mark {
    font-weight: 400;
  }
  .flag {
    padding: 0 4px;
    border-radius: 4px;
    background: #0b6e4f;
    color: #fff;
    font-size: 11px;
  }
  .setup {
    font-weight: 700;
  }
  button {
    all: unset;
    cursor: pointer;
    padding: 0 6px;
    border-radius: 4px;
    color: #0a4a8c;
    text-decoration: underline;
  }
  button:focus-visible {
    outline: 2px solid #0a4a8c;
    outline-offset: 1px;
  }
  .panel {
    position: absolute;
    z-index: 2147483647;
    top: 100%;
    left: 0;
    width: min(420px, 90vw);
    max-height: 60vh;
    overflow: auto;
    margin-top: 4px;
    padding: 10px 12px;
    border: 1px solid #6b6b6b;
    border-radius: 6px;
    background: #fff;
    color: #1a1a1a;
    box-shadow: 0 4px 16px rgb(0 0 0 / 20%);
    white-space: normal;
  }
  .panel[hidden] {
    display: none;
  }
  .panel h2 {
    margin: 8px 0 2px;
    font-size: 12px;
    font-weight: 700;
  }
  .panel p,
  .panel li {
    margin: 2px 0;
  }
  .clause {
    padding-left: 8px;
    border-left: 3px solid #c9c9c9;
    color: #333;
  }
  .small {
    color: #555;
    font-size: 12px;
  }
`;

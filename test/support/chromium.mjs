// How every test and bench starts Debian's Chromium (no browser downloads are possible here). As root it needs
// --no-sandbox; the background-networking flags keep it from dialling out on a closed network.
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
// For runs over the real-page corpus: every page sits at a site of its own, and Chromium starts a renderer process
// for each cross-site navigation. Measured on this 2-core machine, that was 320 ms of a page's 520 ms (88 ms a page
// when all pages shared one site), and 1,143 pages outran the 15-min test timeout on a slower CI machine (stop 26).
// In one process the figures are the same. The process model is the browser's, not the extension's: the other
// e2e tests keep Chromium's own.
export const ONE_RENDERER_ARG = '--single-process';

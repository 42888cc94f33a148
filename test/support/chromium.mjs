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

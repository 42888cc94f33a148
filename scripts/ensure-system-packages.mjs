// The Debian packages the tests need, installed when missing (one apt-get update, then one install of what is missing):
// - chromium: browser tests use Debian's Chromium (no browser downloads are possible here);
// - fonts-noto-cjk: without a CJK font Chinese renders as empty boxes in browser tests and screenshots;
// - firefox-esr: the extension's Firefox build is tested in it (test/extension/firefox.e2e.ts, WebDriver BiDi);
// - firefox-esr-l10n-zh-cn: its Chinese UI, so the extension speaks zh-CN there as in the Chromium tests.
// Runs on whatever Node started it (`npm test` and .ci/run call it before anything else).
import { existsSync } from 'node:fs';
import { execSync, spawnSync } from 'node:child_process';

/** Debian package → how to tell it is there. */
const NEEDED = {
  chromium: () => existsSync('/usr/bin/chromium'),
  'fonts-noto-cjk': () => installed('fonts-noto-cjk'),
  'firefox-esr': () => existsSync('/usr/bin/firefox-esr'),
  'firefox-esr-l10n-zh-cn': () => installed('firefox-esr-l10n-zh-cn'),
};

function installed(pkg) {
  const q = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return q.status === 0 && q.stdout.includes('install ok installed');
}

const missing = Object.entries(NEEDED)
  .filter(([, present]) => !present())
  .map(([pkg]) => pkg);
if (missing.length) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.error(`Installing Debian packages: ${missing.join(' ')}…`);
  execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit' });
  execSync(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
    stdio: 'inherit',
  });
}

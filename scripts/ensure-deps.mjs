// Installs the npm packages (npm ci) when node_modules is missing or older than package-lock.json.
// Runs on whatever Node started it (a fresh machine may have Node 20); the packages bring Node 22 for everything after.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const stamp = 'node_modules/.ezone-lock-hash';
const hash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync('node_modules/.bin/node')) process.exit(0);
console.error('Installing npm packages (npm ci)…');
execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
writeFileSync(stamp, hash);

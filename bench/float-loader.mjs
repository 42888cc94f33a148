// Bench only: resolve the core's money module to bench/float-money.ts (the plain-number baseline).
import { register } from 'node:module';
register('./float-hooks.mjs', import.meta.url);

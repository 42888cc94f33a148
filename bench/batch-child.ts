/** Runs one CLI batch in its own process and reports its time and peak memory (bench/batch.ts spawns this). */
import { runBatch } from '../cli/batch.ts';

const started = performance.now();
const code = await runBatch(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: { write: () => true } as unknown as NodeJS.WritableStream,
});
const ms = performance.now() - started;
// maxRSS is in KiB and covers the worker threads, which share the process.
const usage = process.resourceUsage();
// CPU time (all threads) tells the work apart from waiting on a busy machine.
process.stdout.write(
  JSON.stringify({ code, ms, maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }) + '\n',
);

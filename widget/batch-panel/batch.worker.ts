/**
 * The batch panel's worker: computes a client list off the main thread. Bundled inline into the widget's single file
 * (see ./worker.ts). When this module is loaded outside a worker (the fallback's dev import), it does nothing.
 */
import { runJob, type JobRequest } from '../../batch/job.ts';

declare const WorkerGlobalScope: { new (): unknown } | undefined;

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  const scope = globalThis as unknown as {
    onmessage: ((e: MessageEvent<JobRequest>) => void) | null;
    postMessage: (message: unknown) => void;
  };
  scope.onmessage = (e) => {
    if (e.data?.type === 'run') void runJob(e.data, (event) => scope.postMessage(event));
  };
}

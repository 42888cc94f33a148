/**
 * The batch panel's worker: computes a client list off the main thread. Bundled inline into the widget's single file
 * (see ./worker.ts). When this module is loaded outside a worker (the fallback's dev import), it does nothing.
 */
import { handleExport, runJob, type ExportRequest, type JobRequest, type WarmRequest } from '../../batch/job.ts';
import { loadXlsx } from '../../batch/xlsx-load.ts';
import { loadLang } from '../i18n.ts';

declare const WorkerGlobalScope: { new (): unknown } | undefined;

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  const scope = globalThis as unknown as {
    onmessage: ((e: MessageEvent<JobRequest | ExportRequest | WarmRequest>) => void) | null;
    postMessage: (message: unknown, transfer?: Transferable[]) => void;
  };
  scope.onmessage = (e) => {
    const data = e.data;
    // The built widget's words (the core's explanations) are files of their own: this worker fetches its language's.
    if (data?.type === 'warm') {
      // A failed fetch here is tried again by the run that needs it (loadLang and loadXlsx forget failures).
      void loadLang(data.lang).catch(() => undefined);
      if (data.xlsx) void loadXlsx().catch(() => undefined);
    } else if (data?.type === 'run')
      void loadLang(data.lang).then(() => runJob(data, (event) => scope.postMessage(event)));
    else if (data?.type === 'export-rows' || data?.type === 'export') {
      // The workbook's bytes are moved to the page, not copied.
      void handleExport(data, (event) =>
        scope.postMessage(event, event.type === 'workbook' ? [event.bytes.buffer] : []),
      );
    }
  };
}

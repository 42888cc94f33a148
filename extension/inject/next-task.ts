/**
 * Schedules a slice of the content script's work as a task of its own. A requestAnimationFrame callback runs glued to
 * the frame's style, layout and paint, so a slice there adds its length to the page's longest task; a task of its own
 * lets the page's timers, input and rendering run between slices. scheduler.postTask where the browser has it
 * (Chromium, recent Firefox), a zero-delay timeout otherwise.
 *
 * At 'background' priority: the page's own tasks that are ready go first. At the default priority a slice posted at
 * the end of the previous one is queued ahead of a page timer that fell due during that slice, so the timer waited
 * for two slices and the frame between them.
 */
type PostTask = (
  cb: () => void,
  options?: { priority?: 'user-blocking' | 'user-visible' | 'background'; delay?: number; signal?: AbortSignal },
) => Promise<void>;

/**
 * A page that keeps its thread busy with tasks of its own would hold background work back for ever: after this long
 * the slice runs as an ordinary task (posted like one: a page's message loop can hold timers back too).
 */
const STARVED_MS = 50;

export function nextTask(cb: () => void): void {
  const post = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (!post) {
    setTimeout(cb, 0);
    return;
  }
  const scheduler = (globalThis as { scheduler?: object }).scheduler;
  const fallback = new AbortController();
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    fallback.abort();
    cb();
  };
  void post.call(scheduler, once, { priority: 'background' }).catch(() => undefined);
  void post.call(scheduler, once, { delay: STARVED_MS, signal: fallback.signal }).catch(() => undefined);
}

/**
 * Schedules a slice of the content script's work as a task of its own. A requestAnimationFrame callback runs glued to
 * the frame's style, layout and paint, so a slice there adds its length to the page's longest task; a task of its own
 * lets the page's timers, input and rendering run between slices. scheduler.postTask where the browser has it
 * (Chromium, recent Firefox), a zero-delay timeout otherwise.
 */
type PostTask = (
  cb: () => void,
  options?: { priority?: 'user-blocking' | 'user-visible' | 'background' },
) => Promise<void>;

export function nextTask(cb: () => void): void {
  const post = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (post) void post.call((globalThis as { scheduler?: object }).scheduler, cb).catch(() => undefined);
  else setTimeout(cb, 0);
}

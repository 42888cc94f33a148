/** How the content script's slices share the page's thread (inject/next-task.ts), in Chromium's scheduler. */
import { nextTask } from '../../extension/inject/next-task.ts';

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

const busy = (ms: number) => {
  const t = performance.now();
  while (performance.now() - t < ms) {
    // A slice of the scan: the thread is taken for its whole budget.
  }
};

describe('nextTask', () => {
  it("a page timer that falls due during a slice runs before the slice's successor", async () => {
    const log: string[] = [];
    let ticks = 0;
    const tick = () => {
      log.push('timer');
      if (++ticks < 12) setTimeout(tick, 4);
    };
    await new Promise<void>((done) => {
      let n = 0;
      const slice = () => {
        log.push('slice');
        busy(6);
        if (++n < 6) nextTask(slice);
        else done();
      };
      setTimeout(tick, 4);
      nextTask(slice);
    });
    // Every slice but the first finds the 4 ms timer due when it ends: the timer runs between each two.
    const pairs = log.join(' ').split('slice slice').length - 1;
    assert(pairs === 0, `a due timer waited for two slices in a row: ${log.join(' ')}`);
  });

  it('a slice still runs while the page keeps its thread busy with tasks of its own', async () => {
    let stop = false;
    // The page posts ordinary tasks back to back for 300 ms: background work alone would wait for all of them.
    const channel = new MessageChannel();
    const until = performance.now() + 300;
    channel.port1.onmessage = () => {
      busy(1);
      if (!stop && performance.now() < until) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
    const posted = performance.now();
    const ranAfter = await new Promise<number>((done) => nextTask(() => done(performance.now() - posted)));
    stop = true;
    assert(ranAfter < 200, `the slice waited ${ranAfter.toFixed(0)} ms behind the page's own tasks`);
  });
});

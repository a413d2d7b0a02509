import { browser } from 'wxt/browser';
import type { NoteOutbox } from '../contacts/note-outbox';

const ALARM = 'note-outbox';
/** Chrome fires alarms at most every 30 s; the timer covers shorter waits while the worker lives. */
const ALARM_MIN_MS = 30_000;

/**
 * The outbox, sending kept notes when they are due: a timer while the background runs, and an
 * alarm that wakes it if the browser stopped it meanwhile. Every change reschedules.
 */
export function withRetries(outbox: NoteOutbox): NoteOutbox {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = async (): Promise<void> => {
    clearTimeout(timer);
    const due = await outbox.nextDue();
    if (due === undefined) {
      await browser.alarms.clear(ALARM);
      return;
    }
    const wait = Math.max(0, due - Date.now());
    timer = setTimeout(() => void flushDue(), wait);
    await browser.alarms.create(ALARM, { when: Date.now() + Math.max(wait, ALARM_MIN_MS) });
  };
  const rescheduleAfter = <T>(work: Promise<T>): Promise<T> => work.finally(() => void schedule().catch(() => undefined));
  const flushDue = () => rescheduleAfter(outbox.flush()).catch(() => []);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void flushDue();
  });
  // A restarted background picks up what an earlier one kept.
  void schedule().catch(() => undefined);
  return {
    ...outbox,
    add: (owner, text) => rescheduleAfter(outbox.add(owner, text)),
    flush: (options) => rescheduleAfter(outbox.flush(options)),
    discard: (id) => rescheduleAfter(outbox.discard(id)),
  };
}

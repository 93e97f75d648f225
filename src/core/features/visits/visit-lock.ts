import type { ActionHandler } from '../../app/context.js';

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after every earlier work on the same key has finished. A double click arrives as two events at once;
 * in turn, the second sees what the first saved (the visit already accepted, the round already sent) instead of
 * both acting on the same old state.
 */
export async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = queues.get(key) ?? Promise.resolve();
  const run = before.then(work);
  const tail = run.catch(() => undefined);
  queues.set(key, tail);
  try {
    return await run;
  } finally {
    if (queues.get(key) === tail) queues.delete(key);
  }
}

/** An action handler that runs one at a time per subject: the first `|`-part of its value (a visit, request or group id). */
export const serialized = (handler: ActionHandler): ActionHandler => ({
  id: handler.id,
  run: (ctx) => {
    const subject = (ctx.event.value ?? '').split('|')[0]!.slice(0, 200);
    return oneAtATime(`visits:${subject || `${handler.id}:${ctx.person.key}`}`, () => handler.run(ctx));
  },
});

import type { CoreDeps } from '../../app/context.js';
import { channelAddressOf, directAddressOf } from '../../app/direct-messages.js';
import type { Address } from '../../model/events.js';
import type { SendResult } from '../../ports/messenger.js';
import type { Storage } from '../../ports/storage.js';
import type { Reminder } from './reminder.js';
import { buildReminderMessage, isSuperseded, laterSiblings } from './reminder-content.js';
import { GROUP_RECIPIENT, wakeAt } from './reminder-ids.js';
import { loadSubject, type Subject } from './reminder-subject.js';
import { quietUntil } from './quiet-hours.js';
import { backoffMs, MAX_RATE_LIMITED_ATTEMPTS, MAX_TRANSIENT_ATTEMPTS } from './retry-policy.js';
import { markUnreachable } from './unreachable.js';

/** lastError of a reminder found in `sending` at start. */
export const INTERRUPTED = 'interrupted during send; not resent to avoid a duplicate';

/** lastError (and log line) of a reminder whose moment has started before it could go out. */
export const NO_LONGER_USEFUL = 'late reminder no longer useful';

const MAX_ERROR = 500;
const RUN_FAILURE_RETRY_MS = 5 * 60_000;

// Reminders whose send is under way in this process, per store: a `sending` row listed here is in flight, not interrupted.
const inFlight = new WeakMap<Storage, Set<string>>();
const flying = (deps: CoreDeps): Set<string> => {
  let set = inFlight.get(deps.storage);
  if (!set) inFlight.set(deps.storage, (set = new Set()));
  return set;
};

const clipError = (value: string): string => (value.length <= MAX_ERROR ? value : `${value.slice(0, MAX_ERROR - 1)}…`);

/** Saves a final status and logs why. */
async function settle(deps: CoreDeps, reminder: Reminder, status: 'dropped' | 'failed', reason: string): Promise<void> {
  const { nextAttemptAt: _next, ...rest } = reminder;
  await deps.storage.reminders.save({ ...rest, status, lastError: clipError(reason) });
  const fields = { reminderId: reminder.id, kind: reminder.kind, dueAt: reminder.dueAt, notAfter: reminder.notAfter, attempts: reminder.attempts };
  if (status === 'failed') deps.logger.warn(`reminder failed: ${reason}`, fields);
  else deps.logger.info(`reminder dropped: ${reason}`, fields);
}

/** Puts a reminder back to `pending` for a later attempt and wakes the scheduler then. */
async function retryAt(deps: CoreDeps, reminder: Reminder, at: Date, lastError?: string): Promise<void> {
  const next: Reminder = { ...reminder, status: 'pending', nextAttemptAt: at.toISOString(), ...(lastError ? { lastError: clipError(lastError) } : {}) };
  await deps.storage.reminders.save(next);
  deps.scheduler.schedule(reminder.id, at);
}

/**
 * At-most-once: a row still in `sending` means a process stopped between the durable `sending` write and the
 * outcome of the platform call. The message may or may not have arrived; the platforms offer no way to ask,
 * so the reminder is settled as failed rather than risking a second message.
 */
async function settleInterrupted(deps: CoreDeps, reminder: Reminder): Promise<void> {
  await deps.storage.reminders.save({ ...reminder, status: 'failed', lastError: INTERRUPTED });
  deps.logger.warn(`reminder ${INTERRUPTED}`, { reminderId: reminder.id, attempts: reminder.attempts });
}

/**
 * Where the reminder goes: the recipient's direct chat (opened through the group's channel for members who never
 * wrote to the bot; opening one sends nothing), or the group's channel.
 */
async function addressOf(deps: CoreDeps, reminder: Reminder, subject: Subject): Promise<Address | undefined> {
  const { group } = subject;
  if (reminder.recipient !== GROUP_RECIPIENT) return directAddressOf(deps, reminder.recipient, group);
  const stored = await channelAddressOf(deps, group);
  // Like moment announcements: without a stored address the bare ids still reach a channel on some platforms.
  return stored ?? { channel: group.channel, tenantId: group.tenantId, conversationId: group.conversationId, scope: 'channel' };
}

/** Handles the platform's answer: sent, retry later, or give up. */
async function afterSend(deps: CoreDeps, reminder: Reminder, result: SendResult): Promise<void> {
  const now = deps.clock.now();
  if (result.ok) {
    const { nextAttemptAt: _next, lastError: _error, ...rest } = reminder;
    await deps.storage.reminders.save({ ...rest, status: 'sent', sentAt: now.toISOString() });
    deps.logger.info('reminder sent', { reminderId: reminder.id, kind: reminder.kind, attempts: reminder.attempts, lateMs: now.getTime() - new Date(reminder.dueAt).getTime() });
    return;
  }
  const detail = `${result.reason}${result.detail ? `: ${result.detail}` : ''}`;
  if (result.reason === 'unreachable') {
    await settle(deps, reminder, 'failed', `recipient unreachable (${detail})`);
    if (reminder.recipient !== GROUP_RECIPIENT) await markUnreachable(deps, reminder.recipient, result.detail);
    return;
  }
  const rateLimited = result.reason === 'rate-limited';
  const at = new Date(now.getTime() + (rateLimited ? result.retryAfterMs : backoffMs(reminder.attempts)));
  if (at >= new Date(reminder.notAfter)) return settle(deps, reminder, 'failed', `gave up: the next attempt would come after the moment started (${detail})`);
  if (reminder.attempts >= (rateLimited ? MAX_RATE_LIMITED_ATTEMPTS : MAX_TRANSIENT_ATTEMPTS)) return settle(deps, reminder, 'failed', `gave up after ${reminder.attempts} attempts (${detail})`);
  deps.logger.info('reminder will be retried', { reminderId: reminder.id, reason: result.reason, attempts: reminder.attempts, at: at.toISOString() });
  await retryAt(deps, reminder, at, detail);
}

async function run(deps: CoreDeps, id: string): Promise<void> {
  const reminder = await deps.storage.reminders.get(id);
  if (!reminder) {
    deps.logger.debug('reminder: unknown id, nothing to do', { reminderId: id });
    return;
  }
  if (reminder.status === 'sending') return settleInterrupted(deps, reminder);
  // Sent, dropped or failed: a second run of the same id never sends again.
  if (reminder.status !== 'pending') return;
  const now = deps.clock.now();
  const wake = wakeAt(reminder);
  if (wake > now) {
    deps.scheduler.schedule(id, wake);
    return;
  }
  const notAfter = new Date(reminder.notAfter);
  if (now >= notAfter) return settle(deps, reminder, 'dropped', NO_LONGER_USEFUL);
  const loaded = await loadSubject(deps, reminder);
  if (!loaded.ok) return settle(deps, reminder, 'dropped', loaded.reason);
  const later = await laterSiblings(deps, reminder, loaded.subject);
  if (isSuperseded(later, now)) return settle(deps, reminder, 'dropped', 'superseded by a later reminder of the same moment that is due as well');
  const { person } = loaded;
  if (person?.unreachableSince) return settle(deps, reminder, 'dropped', 'recipient marked unreachable');
  if (person) {
    const until = quietUntil(now, person.quietHours, person.timeZone);
    if (until && until < notAfter) {
      deps.logger.debug('reminder deferred to the end of quiet hours', { reminderId: id, until: until.toISOString() });
      return retryAt(deps, reminder, until);
    }
    if (until) deps.logger.info('reminder sent in quiet hours: waiting would miss the moment', { reminderId: id });
  }
  let address: Address | undefined;
  try {
    address = await addressOf(deps, reminder, loaded.subject);
  } catch (error) {
    // Opening a direct chat failed for a passing reason (platform 5xx, network): retry like a failed send.
    const detail = error instanceof Error ? error.message : String(error);
    return afterSend(deps, { ...reminder, attempts: reminder.attempts + 1 }, { ok: false, reason: 'transient', detail: `opening a direct chat failed: ${detail}` });
  }
  if (!address) return afterSend(deps, reminder, { ok: false, reason: 'unreachable', detail: 'no direct chat with this person, and none could be opened' });

  const message = await buildReminderMessage(deps, reminder, loaded, later);
  const sending: Reminder = { ...reminder, status: 'sending', attempts: reminder.attempts + 1 };
  // Durable before the platform call: after a crash from here on, the row says `sending` and is never sent again.
  await deps.storage.reminders.saveDurably(sending);
  let result: SendResult;
  try {
    result = await deps.messenger.send(address, message);
  } catch (error) {
    result = { ok: false, reason: 'transient', detail: error instanceof Error ? error.message : String(error) };
  }
  await afterSend(deps, sending, result);
}

/** Sends one due reminder exactly once (or defers, retries, drops it); called by the scheduler. */
export async function runReminder(deps: CoreDeps, id: string): Promise<void> {
  const busy = flying(deps);
  if (busy.has(id)) {
    deps.logger.debug('reminder: already running', { reminderId: id });
    return;
  }
  busy.add(id);
  try {
    await run(deps, id);
  } catch (error) {
    // A storage or bug failure must not lose the job until the next start; it ends once the moment has started.
    deps.logger.error('reminder: run failed, trying again later', { reminderId: id, error: error instanceof Error ? error.message : String(error) });
    deps.scheduler.schedule(id, new Date(deps.clock.now().getTime() + RUN_FAILURE_RETRY_MS));
  } finally {
    busy.delete(id);
  }
}

/**
 * At start: schedules every pending reminder again from storage and settles the ones a stop interrupted mid-send
 * (see settleInterrupted); returns how many were scheduled.
 */
export async function rearmReminders(deps: CoreDeps): Promise<number> {
  const open = await deps.storage.reminders.listOpen();
  const busy = flying(deps);
  let armed = 0;
  for (const reminder of open) {
    if (reminder.status === 'sending') {
      if (!busy.has(reminder.id)) await settleInterrupted(deps, reminder);
      continue;
    }
    deps.scheduler.schedule(reminder.id, wakeAt(reminder));
    armed++;
  }
  return armed;
}

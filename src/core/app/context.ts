import type { Translate } from '../i18n/translate.js';
import type { ActionEvent, InboundEvent, InstalledEvent, MembersAddedEvent, MembersRemovedEvent, MessageEvent } from '../model/events.js';
import type { OutboundMessage } from '../model/message.js';
import type { ChartRenderer, ChartStore } from '../ports/charts.js';
import type { Clock } from '../ports/clock.js';
import type { Directory } from '../ports/directory.js';
import type { Scheduler } from '../ports/scheduler.js';
import type { Logger } from '../ports/logger.js';
import type { Messenger } from '../ports/messenger.js';
import type { Person, Storage } from '../ports/storage.js';

/** What every use case may depend on; built once in the composition root. */
export interface CoreDeps {
  storage: Storage;
  clock: Clock;
  messenger: Messenger;
  logger: Logger;
  /** Channel rosters, for group membership. */
  directory: Directory;
  /** Base URL people reach the bot on, for links (calendar files). */
  publicUrl: string;
  /** Wakes the core for persisted jobs (reminders); ids are reminder ids. */
  scheduler: Scheduler;
  /** Renders charts as PNG (optional: without it, results are text only). */
  charts?: ChartRenderer;
  /** Keeps rendered charts for the channels to fetch at `${publicUrl}/charts/<token>.png`. */
  chartStore?: ChartStore;
}

/** One inbound event plus the way to answer it in the same conversation. */
export interface Turn {
  event: InboundEvent;
  /** Answers in the conversation the event came from. */
  reply(message: OutboundMessage): Promise<void>;
}

/** What a command or action handler gets: the person, their language, and the means to answer. */
export interface HandlerContext<E extends InboundEvent = InboundEvent> {
  deps: CoreDeps;
  event: E;
  person: Person;
  t: Translate;
  reply(message: OutboundMessage): Promise<void>;
}

/** A typed command (`hulp`, `taal en`): the words that start it in any language, and what it does. */
export interface Command {
  /** Lower-case first words that trigger it, in every language (e.g. `hulp`, `help`, `aide`). */
  words: readonly string[];
  run(ctx: HandlerContext<MessageEvent>, args: string): Promise<void>;
}

/** A button or form handler, by action id. */
export interface ActionHandler {
  id: string;
  run(ctx: HandlerContext<ActionEvent>): Promise<void>;
}

/** A feature contributes commands, action handlers, and reactions to conversation changes. */
export interface Feature {
  commands?: Command[];
  actions?: ActionHandler[];
  /** The bot was added to a conversation; may answer there. */
  onInstalled?(deps: CoreDeps, event: InstalledEvent, reply: (message: OutboundMessage) => Promise<void>): Promise<void>;
  /** People joined or left a conversation the bot is in. */
  onMembersChanged?(deps: CoreDeps, event: MembersAddedEvent | MembersRemovedEvent): Promise<void>;
  /** Scheduled jobs this feature runs, by id prefix (e.g. `post:`); reminders are the default. */
  jobs?: Array<{ prefix: string; run(deps: CoreDeps, id: string): Promise<void> }>;
  /** At start: schedules this feature's persisted jobs again; returns how many. */
  rearm?(deps: CoreDeps): Promise<number>;
}

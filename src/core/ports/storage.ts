import type { Address } from '../model/events.js';
import type { Language } from '../i18n/languages.js';

/** One person's profile; one per person per tenant, shared by every group they are in. */
export interface Person {
  /** `personKey(channel, tenantId, userId)`. */
  key: string;
  channel: string;
  tenantId: string;
  userId: string;
  name?: string;
  language: Language;
  /** IANA zone, Europe/Brussels by default. */
  timeZone: string;
  createdAt: string;
  updatedAt: string;
}

/** People, by key. */
export interface PersonRepository {
  get(key: string): Promise<Person | undefined>;
  save(person: Person): Promise<void>;
  /** People of one tenant; never crosses tenants. */
  listByTenant(channel: string, tenantId: string): Promise<Person[]>;
}

/** Where to reach people and conversations later (proactive messages). */
export interface AddressRepository {
  /** Stores the address under a key: a personKey for direct chats, or `conv:<channel>:<tenant>:<id>`. */
  save(key: string, address: Address): Promise<void>;
  get(key: string): Promise<Address | undefined>;
}

/** Remembers handled platform deliveries so a retry is not processed twice. */
export interface InboxRepository {
  /** Records the delivery id; resolves false when it was already recorded. */
  claim(id: string, at: Date): Promise<boolean>;
  /** Forgets ids recorded before `before`; returns how many. */
  prune(before: Date): Promise<number>;
}

/** All repositories, plus lifecycle. Every implementation passes the shared contract suite. */
export interface Storage {
  readonly people: PersonRepository;
  readonly addresses: AddressRepository;
  readonly inbox: InboxRepository;
  /** True when the store can read and write. */
  healthy(): Promise<boolean>;
  /** Writes anything pending and releases locks. */
  close(): Promise<void>;
}

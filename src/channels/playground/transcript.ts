import type { ServerResponse } from 'node:http';
import type { ActivityJson } from './activities.js';

/** One line of a playground conversation as the page receives it. */
export interface TranscriptEntry {
  /** Increases with every change; the page uses it to merge history and live events without duplicates. */
  seq: number;
  conversationId: string;
  /** `in`: a person wrote or clicked; `out`: the bot sent it. */
  direction: 'in' | 'out';
  /** `create` appends, `update` replaces the activity with the same id, `delete` removes it. */
  op: 'create' | 'update' | 'delete';
  activity: ActivityJson;
  /** What the person clicked, for card submits (the activity itself carries no text). */
  label?: string;
}

/** Limits that keep a long-running dev server's memory flat. */
export const TRANSCRIPT_LIMITS = { perConversation: 200, conversations: 100, clients: 50 } as const;

/** Bounded per-conversation history plus the Server-Sent Events fan-out to open pages. */
export class Transcript {
  private seq = 0;
  private readonly byConversation = new Map<string, TranscriptEntry[]>();
  private readonly clients = new Set<ServerResponse>();

  /** Records a change and pushes it to every open page; returns the entry. */
  record(change: Omit<TranscriptEntry, 'seq'>): TranscriptEntry {
    const entry: TranscriptEntry = { ...change, seq: ++this.seq };
    this.store(entry);
    const frame = `event: activity\ndata: ${JSON.stringify(entry)}\n\n`;
    for (const client of this.clients) client.write(frame);
    return entry;
  }

  /** The current state of one conversation, oldest first (updates applied, deletions removed). */
  history(conversationId: string): TranscriptEntry[] {
    return [...(this.byConversation.get(conversationId) ?? [])];
  }

  /** Finds a recorded activity by conversation and activity id. */
  find(conversationId: string, activityId: string): TranscriptEntry | undefined {
    return this.byConversation.get(conversationId)?.find((e) => e.activity['id'] === activityId);
  }

  /** Adds an SSE client; false when too many pages are open. */
  addClient(res: ServerResponse): boolean {
    if (this.clients.size >= TRANSCRIPT_LIMITS.clients) return false;
    this.clients.add(res);
    return true;
  }

  removeClient(res: ServerResponse): void {
    this.clients.delete(res);
  }

  /** Writes an SSE comment to every client, so proxies and browsers keep the stream open. */
  keepAlive(): void {
    for (const client of this.clients) client.write(': keep-alive\n\n');
  }

  /** Ends every open stream. */
  closeAll(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private store(entry: TranscriptEntry): void {
    // Typing indicators and other bot events are live-only; history keeps what a reader would see.
    if (entry.op === 'create' && entry.direction === 'out' && entry.activity['type'] !== 'message') return;
    let entries = this.byConversation.get(entry.conversationId);
    if (!entries) {
      if (this.byConversation.size >= TRANSCRIPT_LIMITS.conversations) {
        // Maps iterate in insertion order: the first key is the conversation created longest ago.
        const oldest = this.byConversation.keys().next().value;
        if (oldest !== undefined) this.byConversation.delete(oldest);
      }
      entries = [];
      this.byConversation.set(entry.conversationId, entries);
    }
    const id = entry.activity['id'];
    const index = entry.op === 'create' ? -1 : entries.findIndex((e) => e.activity['id'] === id);
    if (entry.op === 'update' && index >= 0) {
      const previous = entries[index];
      if (previous) entries[index] = { ...previous, seq: entry.seq, activity: entry.activity };
    } else if (entry.op === 'delete') {
      if (index >= 0) entries.splice(index, 1);
    } else {
      entries.push({ ...entry, op: 'create' });
      if (entries.length > TRANSCRIPT_LIMITS.perConversation) entries.splice(0, entries.length - TRANSCRIPT_LIMITS.perConversation);
    }
  }
}

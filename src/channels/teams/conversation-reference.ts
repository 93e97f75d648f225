import type { ConversationReference } from 'botbuilder';
import { z } from 'zod';
import type { Address } from '../../core/index.js';

/** The part of a stored conversation reference that a proactive turn needs. */
const ReferenceSchema = z.looseObject({
  channelId: z.string().min(1),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: z.looseObject({ id: z.string().min(1) }),
  bot: z.looseObject({ id: z.string() }).nullish(),
});

/** Reads the Teams conversation reference stored in an address; undefined when there is none or it is unusable. */
export function referenceOf(address: Address): Partial<ConversationReference> | undefined {
  const parsed = ReferenceSchema.safeParse(address.ref);
  // The stored reference came from TurnContext.getConversationReference; the schema checks what sending relies on.
  return parsed.success ? (parsed.data as unknown as Partial<ConversationReference>) : undefined;
}

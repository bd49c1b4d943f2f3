import type { ConversationReference } from 'botbuilder';
import { z } from 'zod';
import type { DocumentCollection } from '../../../store/collection.js';
import { rememberRecent } from '../../../remember-recent.js';

/**
 * Where a proactive message to one conversation goes (service URL, conversation, bot), one
 * document per address. The reference is kept as JSON text: its keys may contain dots.
 */
export interface BotFrameworkReferenceDoc {
  /** The address: `<channelId>:<conversation id>`. */
  _id: string;
  reference: string;
  updatedAt: Date;
}

export const BOTFRAMEWORK_REFERENCES_COLLECTION = 'botframework_references';

export interface ReferenceBook {
  remember(address: string, reference: Partial<ConversationReference>): Promise<void>;
  find(address: string): Promise<Partial<ConversationReference> | null>;
}

/** What continueConversationAsync needs; channels leave out fields the schema calls required (isGroup…). */
const storedReference = z.custom<Partial<ConversationReference>>(
  (value) =>
    z
      .looseObject({
        channelId: z.string().min(1),
        serviceUrl: z.string().min(1),
        conversation: z.looseObject({ id: z.string().min(1) }),
      })
      .safeParse(value).success,
);

const CACHE_LIMIT = 10_000;

export function createReferenceBook(
  collection: DocumentCollection<BotFrameworkReferenceDoc>,
  now: () => Date,
): ReferenceBook {
  // The reference of a conversation rarely changes: skip the write when it is the one last written.
  const written = new Map<string, string>();
  return {
    async remember(address, reference) {
      const json = JSON.stringify(minimal(reference));
      if (written.get(address) === json) return;
      await collection.updateOne({ _id: address }, { $set: { reference: json, updatedAt: now() } }, { upsert: true });
      rememberRecent(written, address, json, CACHE_LIMIT);
    },
    async find(address) {
      const doc = await collection.findOne({ _id: address });
      if (!doc) return null;
      let value: unknown;
      try {
        value = JSON.parse(doc.reference);
      } catch {
        return null;
      }
      const parsed = storedReference.safeParse(value);
      return parsed.success ? parsed.data : null;
    },
  };
}

/**
 * Without the last activity id (it changes with every message and is not needed to write first)
 * and without the person's display name (personal data the assistant does not need).
 */
function minimal(reference: Partial<ConversationReference>): Partial<ConversationReference> {
  const { activityId: _activityId, user, ...rest } = reference;
  return user ? { ...rest, user: { id: user.id, name: '', ...(user.role ? { role: user.role } : {}) } } : rest;
}

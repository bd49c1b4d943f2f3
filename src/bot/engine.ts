import { randomUUID } from 'node:crypto';
import type { FlowEvent } from '../flows/contract.js';
import type { ChoiceOption, OutboundMessage } from '../flows/message.js';
import type { Translator } from '../locales/index.js';
import {
  createSequence,
  type InboxDoc,
  type InboxEvent,
  type JobDoc,
  type OutboxDoc,
  type Store,
  type TranscriptEntry,
  type TranscriptTurn,
  type WriteOperation,
} from '../store/index.js';
import { isStorageFault } from '../store/storage-fault.js';
import type { DeliveryUpdate, DurableInboundSink, Inbound } from './channel.js';
import { resolveChoice, resolveTappedChoice } from './choices.js';
import { createKeywordIndex } from './keywords.js';
import type { Clock } from './clock.js';
import type { DeliveryContext, Dispatcher } from './dispatcher.js';
import { ERASE_JOB, type EffectHandler } from './effects.js';
import { createLiveFlows, restoreFlow, type FlowCatalog, type FlowRun } from './flow-runner.js';
import type { Logger } from './logger.js';
import { renderMessage } from './render.js';
import { cleanInboundText } from './text.js';
import type { TurnLock } from './turn-lock.js';

export interface EngineOptions {
  store: Store;
  catalog: FlowCatalog;
  translator: Translator;
  dispatcher: Dispatcher;
  effects: EffectHandler;
  lock: TurnLock;
  clock: Clock;
  logger: Logger;
  /** The language of a person who has not chosen one yet. */
  defaultLanguage: string;
  transcriptRetentionMs: number;
  /** How long a handled provider message id is remembered, to drop late redeliveries. */
  dedupRetentionMs: number;
  /** After this long without a message from the person, the flow receives `idle.remind`. */
  idleReminderMs: number;
  /** Stores outside the core repositories that hold personal data (bookings, waitlist). */
  erasers?: Eraser[];
  /**
   * Conversations whose flow actor stays running between turns (see LiveFlows): about the
   * conversations in flight; 0 restores every turn from the store. Default 256.
   */
  liveFlows?: number;
}

export type HandleOutcome = 'handled' | 'duplicate';

export interface Engine extends DurableInboundSink {
  /** Takes one inbound message through its conversation's flow and sends the replies. */
  handle(inbound: Inbound): Promise<HandleOutcome>;
  /** Delivers a due scheduled job to its conversation's flow, once per job run. */
  deliverJob(job: JobDoc): Promise<void>;
  /** Finishes whatever a previous process left: accepted messages not yet answered, messages not yet sent. */
  recover(): Promise<void>;
  recordDelivery(update: DeliveryUpdate): Promise<void>;
  /** A staff member gives a paused conversation back to the assistant. */
  handBack(conversationId: string): Promise<void>;
  /** Removes every trace of the person: profile, conversation, transcript, messages, jobs, bookings. */
  erase(conversationId: string, options?: { keepRefusal: boolean }): Promise<void>;
  /**
   * A message from staff (a reply, a cancelled session), rendered in the person's language and
   * sent through the outbox like every reply; nothing goes to someone who said stop.
   */
  sendFromStaff(conversationId: string, message: OutboundMessage): Promise<StaffSendOutcome>;
}

export type StaffSendOutcome = 'queued' | 'unknown-person' | 'opted-out';

/** What else a person's data lives in, erased with the rest (bookings, waitlist…). */
export type Eraser = (personId: string, now: Date) => Promise<void>;

const MAX_EFFECTS_PER_TURN = 50;
const MAX_TURN_CONFLICTS = 5;
const MAX_TURN_ATTEMPTS = 3;
/** Conversations left pending that a start (or the pending retry) finishes at once. */
const RECOVERY_CONCURRENCY = 32;

class TurnConflict extends Error {
  constructor() {
    super('conversation changed during the turn');
    this.name = 'TurnConflict';
  }
}

/**
 * The order of work for one inbound message, and what a crash between two steps does:
 *
 * 1. accept: insert into the inbox under its provider id (a unique key). A redelivery stops here.
 *    Crash after: the entry is pending; `recover()` at the next start runs steps 2–6 for it.
 * 2. take the conversation's turn (one at a time per conversation; a lease across instances).
 * 3. take the oldest pending entry, restore the flow from the stored snapshot, send the event,
 *    carry out the effects it asks for (each idempotent: keyed by turn), collect what it says.
 *    Crash here: nothing is committed; the next attempt runs the turn again from the same snapshot.
 *    A turn that fails for a reason of its own (not the store) counts a failure on the entry (drain).
 * 4. commit, in one transaction (Store.commitTurn): the conversation's snapshot with a version
 *    check and the turn id remembered, the transcript lines, the outbox entries (sendable at
 *    once), the idle job, the inbox entry marked done. A version conflict writes nothing and
 *    runs the turn again. Crash after: the replies are pending and the sweep sends them.
 * 5. dispatch: see dispatcher.ts.
 */
export function createEngine(options: EngineOptions): Engine {
  const { store, catalog, translator, dispatcher, lock, clock, logger } = options;
  const erasers = options.erasers ?? [];
  const nextSeq = createSequence();
  const keywords = createKeywordIndex(translator);
  const liveFlows = createLiveFlows({ capacity: options.liveFlows ?? 256 });

  /**
   * Runs the conversation's pending entries, oldest first, up to `entryId` (the caller's own, as
   * stored); a later one is its own caller's, already waiting for the lock. Without it, until none is left.
   */
  async function drain(conversationId: string, entryId?: string): Promise<void> {
    /** What the last turn committed knows of the conversation: the flush needs not read it again. */
    let context: DeliveryContext | undefined;
    await lock.run(conversationId, async () => {
      for (;;) {
        const entry = await store.inbox.nextPending(conversationId);
        if (!entry) return;
        try {
          context = (await runTurnWithRetries(conversationId, entry)) ?? context;
        } catch (error) {
          // A store that cannot write now says nothing about the message: it stays pending and
          // uncounted, and is taken again once the store recovers.
          if (isStorageFault(error)) throw error;
          // A message that fails every time must not block the conversation behind it forever.
          if ((await store.inbox.recordFailure(entry._id)) < MAX_TURN_ATTEMPTS) throw error;
          logger.error({ conversationId, entryId: entry._id, err: error }, 'message given up after repeated failures');
          await store.inbox.markDone(entry._id, new Date(clock.now().getTime() + options.dedupRetentionMs));
        }
        if (entry._id === entryId) return;
      }
    });
    await dispatcher.flush(conversationId, context);
  }

  /** The entry as just read pending serves the first attempt; a turn run again reads it again. */
  async function runTurnWithRetries(conversationId: string, pending: InboxDoc): Promise<DeliveryContext | undefined> {
    for (let conflicts = 0; ; conflicts += 1) {
      try {
        return await runTurn(conversationId, conflicts === 0 ? pending : await store.inbox.getPending(pending._id));
      } catch (error) {
        if (!(error instanceof TurnConflict) || conflicts >= MAX_TURN_CONFLICTS) throw error;
        logger.debug({ conversationId }, 'turn conflict, running again');
      }
    }
  }

  /** A turn the conversation records as committed whose inbox entry is still pending (MongoDB without transactions). */
  async function finishTurn(conversationId: string, entryId: string, now: Date): Promise<void> {
    await store.completeTurn({
      conversationId,
      turnId: entryId,
      purgeAt: new Date(now.getTime() + options.dedupRetentionMs),
    });
  }

  /** Runs the turn; once it committed, what the conversation then holds for sending its replies. */
  async function runTurn(conversationId: string, entry: InboxDoc | null): Promise<DeliveryContext | undefined> {
    if (!entry) return undefined;
    const conversation = await store.conversations.get(conversationId);
    const now = entry.receivedAt;
    if (conversation?.recentTurns?.includes(entry._id)) {
      await finishTurn(conversationId, entry._id, now);
      return undefined;
    }
    const person = await store.people.get(conversationId);
    if (!person) {
      // The person was erased while this message or job waited: it must leave no trace either.
      await store.inbox.eraseConversation(conversationId);
      return undefined;
    }
    if (!entry.event) {
      await store.inbox.markDone(entry._id, new Date(now.getTime() + options.dedupRetentionMs));
      return undefined;
    }

    const turn = createTurn({
      entryId: entry._id,
      language: person.language ?? options.defaultLanguage,
      now,
      previousChoices: conversation?.awaitingChoices ?? null,
      // Nothing the person did not ask for reaches someone who said stop.
      silent: entry.event.kind === 'job' && person.optedOutAt !== null,
    });
    const flowInput = { language: person.language, languages: [...translator.languages], startedAt: now.toISOString() };
    const flow =
      liveFlows.take(conversationId, conversation, flowInput) ?? restoreFlow({ conversation, catalog, flowInput });
    let kept = false;
    try {
      if (flow.outcome === 'restarted') turn.say({ key: 'system.restarted' });
      await feed(flow, turn, conversationId);
      const flowEvent = toFlowEvent(entry.event, conversation?.awaitingChoices ?? null, turn, person.language);
      if (flowEvent) {
        flow.send(flowEvent);
        await feed(flow, turn, conversationId);
      }
      if (flow.failed()) {
        logger.error({ conversationId, flow: flow.definition.id }, 'flow failed; the conversation starts again');
        turn.say({ key: 'system.error' });
      }
      const snapshot = flow.failed() ? null : flow.persist();

      const { lines, outbox } = turn.stage({ conversationId, channel: person.channel, address: person.address });
      const inboundSentAt =
        entry.event.kind === 'message' || entry.event.kind === 'unsupported'
          ? new Date(Math.min(entry.event.sentAt.getTime(), now.getTime()))
          : null;
      const outcome = await store.commitTurn({
        conversationId,
        expectedVersion: conversation?.version ?? 0,
        conversation: {
          flow: flow.definition.id,
          flowVersion: flow.definition.version,
          snapshot: snapshot ?? '',
          awaitingChoices: turn.awaitingChoices(),
          turnId: entry._id,
          now,
          inboundSentAt,
          ...(turn.handoff === undefined ? {} : { handoff: turn.handoff }),
        },
        transcript: lines,
        outbox: dispatcher.leaseReplies(outbox),
        writes: turn.writes,
        jobs: inboundSentAt
          ? [
              {
                key: `${conversationId}:idle`,
                conversationId,
                name: 'idle.remind',
                payload: {},
                dueAt: new Date(now.getTime() + options.idleReminderMs),
              },
            ]
          : [],
        inbox: { id: entry._id, purgeAt: new Date(now.getTime() + options.dedupRetentionMs) },
      });
      if (outcome === 'conflict') throw new TurnConflict();
      if (snapshot !== null) {
        liveFlows.keep({ conversationId, version: (conversation?.version ?? 0) + 1, snapshot, flow });
        kept = true;
      }
      // As the conversation now stands, but for a delivery failure noted since it was read.
      return {
        lastInboundAt: inboundSentAt ?? conversation?.lastInboundAt ?? null,
        lastDeliveryFailure: conversation?.deliveryFailure ?? null,
      };
    } finally {
      if (!kept) flow.stop();
    }
  }

  /** Carries out what the flow emitted; effect answers go back to the flow, which may emit more. */
  async function feed(flow: FlowRun, turn: Turn, conversationId: string): Promise<void> {
    for (let handled = 0; ;) {
      const emitted = flow.takeEmitted();
      if (emitted.length === 0) return;
      for (const item of emitted) {
        if (item.type === 'say') {
          turn.say(item.message);
          continue;
        }
        handled += 1;
        if (handled > MAX_EFFECTS_PER_TURN) throw new Error(`flow ${flow.definition.id} asked for too many effects`);
        const answer = await options.effects(item.effect, {
          conversationId,
          turnId: turn.id,
          now: turn.now,
          useLanguage: (language) => turn.setLanguage(language),
          setHandoff: (handoff) => {
            turn.handoff = handoff;
          },
          stage: (write) => {
            turn.writes.push(write);
          },
        });
        if (answer) flow.send(answer);
      }
    }
  }

  function toFlowEvent(
    event: InboxEvent,
    awaitingChoices: ChoiceOption[] | null,
    turn: Turn,
    language: string | null,
  ): FlowEvent | null {
    const at = turn.now.toISOString();
    switch (event.kind) {
      case 'job':
        return { type: 'job.due', name: event.name, payload: event.payload, at };
      case 'staff':
        return { type: 'staff.handBack', at };
      case 'unsupported':
        turn.recordInbound(`[${event.what}]`);
        turn.say({ key: 'system.onlyText', keepsChoices: true });
        return null;
      case 'message': {
        const { text, truncated } = cleanInboundText(event.text);
        turn.recordInbound(text || event.choiceId || '');
        if (truncated) turn.say({ key: 'system.tooLong', keepsChoices: true });
        if (!text && !event.choiceId) {
          turn.say({ key: 'system.empty', keepsChoices: true });
          return null;
        }
        const choiceId =
          event.choiceId !== null
            ? resolveTappedChoice({ id: event.choiceId, title: text }, awaitingChoices, translator)
            : awaitingChoices
              ? resolveChoice(text, awaitingChoices, translator, language ?? undefined)
              : null;
        return {
          type: 'user.message',
          text,
          choiceId,
          command: keywords.command(text),
          namedLanguage: keywords.language(text),
          at,
        };
      }
    }
  }

  interface Turn {
    readonly id: string;
    readonly now: Date;
    /** Set by a handoff effect; undefined when the turn did not change it. */
    handoff: { reason: string; since: Date } | null | undefined;
    /** Writes of the turn's effects, committed with it. */
    readonly writes: WriteOperation[];
    say(message: OutboundMessage): void;
    setLanguage(language: string): void;
    /** What the person sent, as the transcript shows it. */
    recordInbound(text: string): void;
    /** The choices of the turn's last question; the previous turn's when it asked none (a notice only, or silence). */
    awaitingChoices(): ChoiceOption[] | null;
    stage(target: { conversationId: string; channel: string; address: string }): {
      lines: TranscriptTurn;
      outbox: OutboxDoc[];
    };
  }

  function createTurn(input: {
    entryId: string;
    language: string;
    now: Date;
    previousChoices: ChoiceOption[] | null;
    silent: boolean;
  }): Turn {
    let language = input.language;
    const { now, entryId } = input;
    const said: { message: OutboundMessage; language: string }[] = [];
    let inboundText: string | null = null;
    const turnSeq = nextSeq(now.getTime());
    const purgeAt = new Date(now.getTime() + options.transcriptRetentionMs);
    return {
      id: entryId,
      now,
      handoff: undefined,
      writes: [],
      say: (message) => {
        if (!input.silent) said.push({ message, language });
      },
      setLanguage: (next) => {
        language = next;
      },
      recordInbound(text) {
        inboundText = text;
      },
      awaitingChoices() {
        const last = said.filter(({ message }) => message.keepsChoices !== true).at(-1);
        if (!last) return input.previousChoices;
        return last.message.choices?.length ? last.message.choices : null;
      },
      stage({ conversationId, channel, address }) {
        const entries: TranscriptEntry[] = [];
        const outbox: OutboxDoc[] = [];
        if (inboundText !== null) entries.push({ direction: 'in', text: inboundText });
        said.forEach(({ message, language: messageLanguage }, index) => {
          const n = index + 1;
          const rendered = renderMessage(message, messageLanguage, translator);
          entries.push({ direction: 'out', message, language: messageLanguage });
          outbox.push({
            _id: `${entryId}#${n}`,
            conversationId,
            turnId: entryId,
            seq: `${turnSeq}.${String(n).padStart(3, '0')}`,
            channel,
            address,
            language: messageLanguage,
            message,
            rendered,
            state: 'pending',
            attempts: 0,
            nextAttemptAt: now,
            leaseUntil: null,
            createdAt: now,
            sentAt: null,
            delivery: null,
            lastError: null,
          });
        });
        const lines = { conversationId, turnId: entryId, seq: turnSeq, at: now, purgeAt, lines: entries };
        return { lines, outbox };
      },
    };
  }

  /** `entryId`: the id the entry is stored under. */
  async function accept(inbound: Inbound): Promise<{ conversationId: string; entryId: string; duplicate: boolean }> {
    // The provider's id is hashed once: the check, the entry and the drain take the stored id.
    const key = store.inbox.keyOf(`${inbound.channel}:${inbound.providerMessageId}`);
    const entryId = key.id;
    const known = await store.people.findByAddress({ channel: inbound.channel, address: inbound.address });
    // A message seen before, even one of a person erased since, must not create the person again.
    // A known person's redelivery is refused by the entry's unique key, in the same write as the
    // entry, unless the store may still hold ids written by earlier versions.
    if ((known === null || (await store.inbox.mayHoldLegacyIds())) && (await store.inbox.wasAccepted(key))) {
      return { conversationId: '', entryId, duplicate: true };
    }
    const receivedAt = clock.now();
    const person =
      known ??
      (await store.people.findOrCreate({
        channel: inbound.channel,
        address: inbound.address,
        now: receivedAt,
      }));
    const accepted = await store.inbox.accept(
      {
        _id: `${inbound.channel}:${inbound.providerMessageId}`,
        conversationId: person._id,
        seq: nextSeq(receivedAt.getTime()),
        receivedAt,
        event: toInboxEvent(inbound),
      },
      key,
    );
    return { conversationId: person._id, entryId, duplicate: !accepted };
  }

  return {
    async handle(inbound) {
      const { conversationId, entryId, duplicate } = await accept(inbound);
      if (duplicate) return 'duplicate';
      await drain(conversationId, entryId);
      return 'handled';
    },
    async accept(inbound) {
      const { conversationId, entryId, duplicate } = await accept(inbound);
      return { duplicate, handled: duplicate ? Promise.resolve() : drain(conversationId, entryId) };
    },
    async deliverJob(job) {
      if (!job.conversationId) return;
      if (job.name === ERASE_JOB) {
        await erase(job.conversationId, { keepRefusal: job.payload.keepRefusal === true });
        return;
      }
      const receivedAt = clock.now();
      const entryId = `job:${job._id}:${job.generation}`;
      const accepted = await store.inbox.accept({
        _id: entryId,
        conversationId: job.conversationId,
        seq: nextSeq(receivedAt.getTime()),
        receivedAt,
        event: { kind: 'job', name: job.name, payload: job.payload },
      });
      // Already accepted by an earlier run of the same job generation: just make sure it is handled.
      if (!accepted) logger.debug({ jobId: job._id }, 'job already delivered');
      await drain(job.conversationId, store.inbox.idOf(entryId));
    },
    async recover() {
      const seen = new Set<string>();
      for (;;) {
        const conversations = (await store.inbox.conversationsWithPending(100)).filter((id) => !seen.has(id));
        if (conversations.length === 0) break;
        for (const conversationId of conversations) seen.add(conversationId);
        // Several at once, as live messages are: one conversation waiting for its send does not hold up the others.
        let next = 0;
        const worker = async () => {
          while (next < conversations.length) {
            const conversationId = conversations[next];
            next += 1;
            if (conversationId === undefined) return;
            await drain(conversationId).catch((error: unknown) => {
              logger.error({ conversationId, err: error }, 'could not finish a conversation left pending');
            });
          }
        };
        await Promise.all(Array.from({ length: Math.min(RECOVERY_CONCURRENCY, conversations.length) }, worker));
      }
      for (let round = 0; round < 10 && (await dispatcher.sweep()) > 0; round += 1) {
        // each round sends what the previous one left due
      }
    },
    async recordDelivery({ address, ...update }) {
      // A sent reply is kept with its person's others: the status names the person by address.
      const person =
        address === undefined ? null : await store.people.findByAddress({ channel: update.channel, address });
      const delivery = { ...update, conversationId: person?._id ?? null };
      let entry = await store.outbox.recordDelivery(delivery);
      // Not known by the provider's id: a reply whose mark a crash or a timeout cut short, named by our id.
      if (!entry && update.callbackData && update.status !== 'failed') {
        const marked = await store.outbox.markSentByStatus({
          id: update.callbackData,
          channel: update.channel,
          providerMessageId: update.providerMessageId,
          at: update.at,
        });
        if (marked) entry = await store.outbox.recordDelivery(delivery);
      }
      if (entry && update.status === 'failed') {
        await store.conversations.noteDeliveryFailure(entry.conversationId, {
          code: update.errorCode ?? 'unknown',
          at: update.at,
        });
      }
    },
    async handBack(conversationId) {
      const receivedAt = clock.now();
      await store.inbox.accept({
        _id: `staff:${conversationId}:${nextSeq(receivedAt.getTime())}`,
        conversationId,
        seq: nextSeq(receivedAt.getTime()),
        receivedAt,
        event: { kind: 'staff', action: 'handBack' },
      });
      await drain(conversationId);
    },
    erase,
    sendFromStaff,
  };

  async function erase(conversationId: string, eraseOptions = { keepRefusal: false }): Promise<void> {
    await lock.run(conversationId, async () => {
      liveFlows.drop(conversationId);
      // The goodbye that asked for the erasure goes out first.
      await dispatcher.flush(conversationId);
      const now = clock.now();
      for (const eraser of erasers) await eraser(conversationId, now);
      await store.applications.erase(conversationId);
      if (eraseOptions.keepRefusal) {
        await store.applications.save({
          personId: randomUUID(),
          record: { role: null, city: null, answers: {}, status: 'refused-consent', ineligibleReason: null },
          now,
        });
      }
      await store.jobs.eraseConversation(conversationId);
      await store.outbox.eraseConversation(conversationId);
      await store.transcript.eraseConversation(conversationId);
      await store.inbox.eraseConversation(conversationId);
      await store.conversations.erase(conversationId);
      await store.people.erase(conversationId);
    });
    await store.engine.forgetDeleted?.();
    logger.info({ conversationId }, 'person erased');
  }

  async function sendFromStaff(conversationId: string, message: OutboundMessage): Promise<StaffSendOutcome> {
    const outcome = await lock.run(conversationId, async (): Promise<StaffSendOutcome> => {
      const person = await store.people.get(conversationId);
      if (!person) return 'unknown-person';
      if (person.optedOutAt !== null) return 'opted-out';
      const now = clock.now();
      const turn = createTurn({
        entryId: `staff:${conversationId}:${nextSeq(now.getTime())}`,
        language: person.language ?? options.defaultLanguage,
        now,
        previousChoices: null,
        silent: false,
      });
      turn.say(message);
      const { lines, outbox } = turn.stage({ conversationId, channel: person.channel, address: person.address });
      // The outbox first: a crash before the transcript line loses the line, never the message.
      await store.outbox.insertMissing(dispatcher.leaseReplies(outbox));
      await store.transcript.append(lines);
      return 'queued';
    });
    if (outcome === 'queued') await dispatcher.flush(conversationId);
    return outcome;
  }
}

function toInboxEvent(inbound: Inbound): InboxEvent {
  const { content, sentAt } = inbound;
  switch (content.type) {
    case 'text':
      return { kind: 'message', text: content.text, choiceId: null, sentAt };
    case 'choice':
      return { kind: 'message', text: content.title, choiceId: content.id, sentAt };
    case 'unsupported':
      return { kind: 'unsupported', what: content.what, sentAt };
  }
}

import { createActor, type AnyActorRef, type EventObject, type Snapshot } from 'xstate';
import type { Effect, FlowDefinition, FlowEmitted, FlowInput } from '../flows/contract.js';
import type { OutboundMessage } from '../flows/message.js';
import type { ConversationDoc } from '../store/index.js';

/** What happened when a conversation's flow actor was brought back. */
export type RestoreOutcome = 'fresh' | 'restored' | 'restarted';

export interface FlowRun {
  readonly definition: FlowDefinition;
  readonly outcome: RestoreOutcome;
  send(event: EventObject): void;
  /** What the flow emitted since the last call (starting included), in order. */
  takeEmitted(): FlowEmitted[];
  /** The snapshot to persist, as JSON text. */
  persist(): string;
  failed(): boolean;
  stop(): void;
}

export interface FlowCatalog {
  readonly initial: FlowDefinition;
  get(id: string): FlowDefinition | undefined;
}

export function createFlowCatalog(initial: FlowDefinition, others: FlowDefinition[] = []): FlowCatalog {
  const byId = new Map([initial, ...others].map((definition) => [definition.id, definition]));
  return { initial, get: (id) => byId.get(id) };
}

/**
 * Restores the conversation's actor from its snapshot (entry actions are not replayed), or
 * starts the initial flow afresh when there is none, when it finished, or when the stored
 * snapshot belongs to another flow version or cannot be read: the person is then restarted
 * politely instead of meeting an error.
 */
export function restoreFlow(input: {
  conversation: ConversationDoc | null;
  catalog: FlowCatalog;
  flowInput: FlowInput;
}): FlowRun {
  const { conversation, catalog, flowInput } = input;
  if (conversation?.snapshot) {
    const definition = catalog.get(conversation.flow);
    if (definition && definition.version === conversation.flowVersion) {
      const snapshot = parseSnapshot(conversation.snapshot);
      if (snapshot && snapshot.status === 'active') {
        const run = tryStart(definition, snapshot, 'restored');
        if (run) return run;
      } else if (snapshot) {
        return startFresh(catalog.initial, flowInput, 'fresh');
      }
    }
    return startFresh(catalog.initial, flowInput, 'restarted');
  }
  return startFresh(catalog.initial, flowInput, 'fresh');
}

function startFresh(definition: FlowDefinition, flowInput: FlowInput, outcome: RestoreOutcome): FlowRun {
  const run = tryStart(definition, undefined, outcome, flowInput);
  if (!run) throw new Error(`flow ${definition.id} cannot start`);
  return run;
}

function tryStart(
  definition: FlowDefinition,
  snapshot: Snapshot<unknown> | undefined,
  outcome: RestoreOutcome,
  flowInput?: FlowInput,
): FlowRun | null {
  const emitted: FlowEmitted[] = [];
  let actor: AnyActorRef;
  try {
    actor = createActor(definition.machine, snapshot ? { snapshot } : { input: flowInput });
    actor.on('say', (event: unknown) => {
      if (isSay(event)) emitted.push(event);
    });
    actor.on('effect', (event: unknown) => {
      if (isEffect(event)) emitted.push(event);
    });
    actor.start();
    if (statusOf(actor) === 'error') return null;
  } catch {
    return null;
  }
  return {
    definition,
    outcome,
    send: (event) => actor.send(event),
    takeEmitted: () => emitted.splice(0, emitted.length),
    persist: () => JSON.stringify(actor.getPersistedSnapshot()),
    failed: () => statusOf(actor) === 'error',
    stop: () => actor.stop(),
  };
}

function parseSnapshot(text: string): Snapshot<unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('status' in parsed)) return null;
    const { status } = parsed;
    if (status !== 'active' && status !== 'done' && status !== 'error' && status !== 'stopped') return null;
    return { ...parsed, status, output: undefined, error: undefined };
  } catch {
    return null;
  }
}

function isSay(event: unknown): event is { type: 'say'; message: OutboundMessage } {
  return typeof event === 'object' && event !== null && 'message' in event && typeof event.message === 'object';
}

function isEffect(event: unknown): event is { type: 'effect'; effect: Effect } {
  return typeof event === 'object' && event !== null && 'effect' in event && typeof event.effect === 'object';
}

function statusOf(actor: AnyActorRef): unknown {
  const snapshot: unknown = actor.getSnapshot();
  return typeof snapshot === 'object' && snapshot !== null && 'status' in snapshot ? snapshot.status : undefined;
}

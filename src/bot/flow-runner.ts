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
  /** Still running: not finished, not failed. */
  active(): boolean;
  stop(): void;
}

export interface FlowCatalog {
  readonly initial: FlowDefinition;
  get(id: string): FlowDefinition | undefined;
  /** The overlay flow a due job of this name starts (see FlowDefinition.overlay). */
  overlayFor(jobName: string): FlowDefinition | undefined;
  /** The overlay flow that owns jobs of this name (`<flow id>.*`). */
  overlayOwning(jobName: string): FlowDefinition | undefined;
}

export function createFlowCatalog(initial: FlowDefinition, others: FlowDefinition[] = []): FlowCatalog {
  const byId = new Map([initial, ...others].map((definition) => [definition.id, definition]));
  const overlays = others.filter((definition) => definition.overlay !== undefined);
  return {
    initial,
    get: (id) => byId.get(id),
    overlayFor: (jobName) => overlays.find((definition) => definition.overlay?.opensOn.includes(jobName)),
    overlayOwning: (jobName) => overlays.find((definition) => jobName.startsWith(`${definition.id}.`)),
  };
}

/** A conversation's flow: its main flow and, while one runs, an overlay above it. */
export interface ConversationFlow extends FlowRun {
  /**
   * Takes the flow, kept running since it was persisted, into the next turn: it counts as
   * restored, and a flow it starts afresh from now on (an overlay) gets this input.
   */
  resume(flowInput: FlowInput): void;
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
}): ConversationFlow {
  const { conversation, catalog, flowInput } = input;
  const emitted: FlowEmitted[] = [];
  const layers = conversation?.snapshot ? parseLayers(conversation.snapshot) : null;
  const mainSnapshot = layers ? layers.main : (conversation?.snapshot ?? null);
  const main = restoreMain({ conversation, snapshotText: mainSnapshot, catalog, flowInput, emitted });
  let overlay: FlowRun | null = null;
  if (layers) {
    const definition = catalog.get(layers.overlay.flow);
    const snapshot = parseSnapshot(layers.overlay.snapshot);
    // An overlay from another version is dropped: the main flow goes on, the host's jobs close the week.
    if (definition?.version === layers.overlay.flowVersion && snapshot?.status === 'active') {
      overlay = tryStart({ definition, snapshot, outcome: 'restored', emitted });
    }
  }
  return layered({ main, overlay, catalog, flowInput, emitted });
}

function restoreMain(input: {
  conversation: ConversationDoc | null;
  snapshotText: string | null;
  catalog: FlowCatalog;
  flowInput: FlowInput;
  emitted: FlowEmitted[];
}): FlowRun {
  const { conversation, snapshotText, catalog, flowInput, emitted } = input;
  if (conversation && snapshotText) {
    const definition = catalog.get(conversation.flow);
    if (definition && definition.version === conversation.flowVersion) {
      const snapshot = parseSnapshot(snapshotText);
      if (snapshot && snapshot.status === 'active') {
        const run = tryStart({ definition, snapshot, outcome: 'restored', emitted });
        if (run) return run;
      } else if (snapshot) {
        return startFresh({ definition: catalog.initial, flowInput, outcome: 'fresh', emitted });
      }
    }
    return startFresh({ definition: catalog.initial, flowInput, outcome: 'restarted', emitted });
  }
  // A conversation opened for another main flow before anyone wrote (a duo member registered by staff).
  const opening = conversation ? catalog.get(conversation.flow) : undefined;
  if (opening && opening.overlay === undefined && opening.version === conversation?.flowVersion) {
    return startFresh({ definition: opening, flowInput, outcome: 'fresh', emitted });
  }
  return startFresh({ definition: catalog.initial, flowInput, outcome: 'fresh', emitted });
}

/**
 * The conversation's main flow with, while one runs, an overlay flow above it (a duo member's
 * weekly check-in above the intake). One person, one chat, one conversation document: the
 * stored snapshot then holds both layers. The overlay starts on its opening job, takes the
 * person's answers and its own jobs, and is dropped when it finishes, or as soon as the person
 * types a command (stop, help, language, delete…), which the main flow then handles as always.
 */
function layered(input: {
  main: FlowRun;
  overlay: FlowRun | null;
  catalog: FlowCatalog;
  flowInput: FlowInput;
  emitted: FlowEmitted[];
}): ConversationFlow {
  const { main, catalog, emitted } = input;
  let { flowInput } = input;
  let outcome = main.outcome;
  let overlay = input.overlay;
  /** Who gets the answer to an effect: the layer that last received an event. */
  let current: 'main' | 'overlay' = 'main';

  const sendToOverlay = (run: FlowRun, event: EventObject): void => {
    current = 'overlay';
    run.send(event);
    if (!run.active()) {
      run.stop();
      overlay = null;
    }
  };
  const sendToMain = (event: EventObject): void => {
    current = 'main';
    main.send(event);
  };

  return {
    definition: main.definition,
    get outcome() {
      return outcome;
    },
    resume(next) {
      flowInput = next;
      outcome = 'restored';
      emitted.splice(0, emitted.length);
    },
    send(event) {
      if (event.type === 'job.due' && 'name' in event && typeof event.name === 'string') {
        const opener = catalog.overlayFor(event.name);
        if (opener && overlay?.definition.id !== opener.id) {
          overlay?.stop();
          overlay = startFresh({ definition: opener, flowInput, outcome: 'fresh', emitted });
        }
        const owner = catalog.overlayOwning(event.name);
        if (owner) {
          if (overlay?.definition.id === owner.id) sendToOverlay(overlay, event);
          return;
        }
        sendToMain(event);
        return;
      }
      if (overlay && event.type === 'user.message') {
        if ('command' in event && event.command !== null) {
          overlay.stop();
          overlay = null;
          sendToMain(event);
          return;
        }
        sendToOverlay(overlay, event);
        return;
      }
      if (overlay && current === 'overlay' && event.type !== 'staff.handBack') {
        sendToOverlay(overlay, event);
        return;
      }
      sendToMain(event);
    },
    takeEmitted: () => emitted.splice(0, emitted.length),
    persist() {
      const mainSnapshot = main.persist();
      if (!overlay) return mainSnapshot;
      const layers: StoredLayers = {
        layers: 1,
        main: mainSnapshot,
        overlay: { flow: overlay.definition.id, flowVersion: overlay.definition.version, snapshot: overlay.persist() },
      };
      return JSON.stringify(layers);
    },
    failed: () => main.failed(),
    active: () => main.active(),
    stop() {
      main.stop();
      overlay?.stop();
    },
  };
}

interface StoredLayers {
  layers: 1;
  main: string;
  overlay: { flow: string; flowVersion: number; snapshot: string };
}

function parseLayers(text: string): StoredLayers | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || !('layers' in parsed) || parsed.layers !== 1) return null;
    if (!('main' in parsed) || typeof parsed.main !== 'string' || !('overlay' in parsed)) return null;
    const { overlay } = parsed;
    if (typeof overlay !== 'object' || overlay === null) return null;
    if (!('flow' in overlay) || typeof overlay.flow !== 'string') return null;
    if (!('flowVersion' in overlay) || typeof overlay.flowVersion !== 'number') return null;
    if (!('snapshot' in overlay) || typeof overlay.snapshot !== 'string') return null;
    return {
      layers: 1,
      main: parsed.main,
      overlay: { flow: overlay.flow, flowVersion: overlay.flowVersion, snapshot: overlay.snapshot },
    };
  } catch {
    return null;
  }
}

function startFresh(input: {
  definition: FlowDefinition;
  flowInput: FlowInput;
  outcome: RestoreOutcome;
  emitted: FlowEmitted[];
}): FlowRun {
  const run = tryStart(input);
  if (!run) throw new Error(`flow ${input.definition.id} cannot start`);
  return run;
}

function tryStart(input: {
  definition: FlowDefinition;
  snapshot?: Snapshot<unknown>;
  outcome: RestoreOutcome;
  flowInput?: FlowInput;
  emitted: FlowEmitted[];
}): FlowRun | null {
  const { definition, snapshot, outcome, flowInput, emitted } = input;
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
    active: () => statusOf(actor) === 'active',
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

/**
 * Flows kept running after their turn committed, so that the conversation's next turn goes on
 * with the same actor instead of parsing and restoring the snapshot it stored (XState's restore
 * and the JSON parse cost about as much as the turn's own transition). A kept flow is used only
 * while the stored conversation is still the one its commit wrote: the same version, flow and
 * snapshot text; anything else (another instance's commit, an erasure, a failed turn) restores
 * from the store as before. The flows here run no timers and no invoked actors: between turns a
 * kept actor does nothing. Bounded, least recently used first out: the conversations in flight.
 */
export interface LiveFlows {
  /** The kept flow, resumed with `flowInput`, when `conversation` is what its commit stored; it leaves the cache either way. */
  take(
    conversationId: string,
    conversation: ConversationDoc | null,
    flowInput: FlowInput,
  ): ConversationFlow | undefined;
  /** Keeps a running flow whose snapshot was just committed as `version` of the conversation. */
  keep(input: { conversationId: string; version: number; snapshot: string; flow: ConversationFlow }): void;
  drop(conversationId: string): void;
  readonly size: number;
}

export function createLiveFlows(options: { capacity: number }): LiveFlows {
  const kept = new Map<string, { version: number; snapshot: string; flow: ConversationFlow }>();
  const drop = (conversationId: string): void => {
    kept.get(conversationId)?.flow.stop();
    kept.delete(conversationId);
  };
  return {
    take(conversationId, conversation, flowInput) {
      const entry = kept.get(conversationId);
      if (!entry) return undefined;
      kept.delete(conversationId);
      const { flow } = entry;
      const same =
        conversation !== null &&
        conversation.version === entry.version &&
        conversation.flow === flow.definition.id &&
        conversation.flowVersion === flow.definition.version &&
        conversation.snapshot === entry.snapshot;
      if (!same) {
        flow.stop();
        return undefined;
      }
      flow.resume(flowInput);
      return flow;
    },
    keep({ conversationId, version, snapshot, flow }) {
      if (kept.get(conversationId)?.flow !== flow) drop(conversationId);
      if (options.capacity <= 0 || !flow.active() || flow.failed()) {
        flow.stop();
        return;
      }
      kept.set(conversationId, { version, snapshot, flow });
      for (const oldest of kept.keys()) {
        if (kept.size <= options.capacity) break;
        drop(oldest);
      }
    },
    drop,
    get size() {
      return kept.size;
    },
  };
}

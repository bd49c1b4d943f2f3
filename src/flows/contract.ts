import type { AnyStateMachine } from 'xstate';
import type { OutboundMessage } from './message.js';

/**
 * The events every flow receives. Times are ISO strings taken from the message's arrival, never
 * from a clock inside the flow, so a turn replayed after a crash does the same thing.
 */
export type FlowEvent =
  | {
      type: 'user.message';
      /** Cleaned text: trimmed, control characters removed, at most MAX_TEXT_LENGTH characters. */
      text: string;
      /** Set when the person tapped a choice, typed its number, or typed its label in any language. */
      choiceId: string | null;
      /** A keyword the person typed that means the same in every language (`language`, `stop`…), from the locales' `commands`. */
      command: string | null;
      /** Set when the whole text names a language ("nederlands", "français", "العربية", "en"). */
      namedLanguage: string | null;
      at: string;
    }
  | { type: 'job.due'; name: string; payload: Record<string, unknown>; at: string };

/** A request for the host to act; flows never do I/O themselves. */
export type Effect =
  | { kind: 'setLanguage'; language: string }
  /** A durable wait: `job.due` with this name and payload arrives at `at`, even across restarts. */
  | { kind: 'schedule'; key: string; name: string; at: string; payload: Record<string, unknown> }
  | { kind: 'cancelSchedule'; key: string };

/** What a flow emits (XState `emit`): something to say, or something to do. */
export type FlowEmitted = { type: 'say'; message: OutboundMessage } | { type: 'effect'; effect: Effect };

export interface FlowInput {
  language: string | null;
  /** Every language the assistant speaks, in menu order. */
  languages: string[];
  startedAt: string;
}

export interface FlowDefinition {
  id: string;
  /** Bumped when a change makes older snapshots unreadable; see README "Flow versions". */
  version: number;
  machine: AnyStateMachine;
}

import type { AnyStateMachine } from 'xstate';
import type { OutboundMessage } from './message.js';

export type Audience = 'mentee' | 'mentor';

/** An information session as a flow sees it: enough to offer, confirm and remind. */
export interface SessionOption {
  id: string;
  city: string;
  audience: Audience;
  language: string;
  startsAt: string;
  timeZone: string;
  place: string;
  online: boolean;
  seatsLeft: number;
}

/** What staff read about an applicant; written by the intake when it learns something new. */
export interface ApplicationRecord {
  role: Audience | 'question' | null;
  city: string | null;
  answers: Record<string, string | number | boolean | string[]>;
  status: 'in-progress' | 'eligible' | 'ineligible' | 'booked' | 'waitlisted' | 'refused-consent';
  ineligibleReason: string | null;
}

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
  | { type: 'job.due'; name: string; payload: Record<string, unknown>; at: string }
  /** A staff member hands a paused conversation back to the assistant. */
  | { type: 'staff.handBack'; at: string }
  | { type: 'sessions.found'; sessions: SessionOption[] }
  | { type: 'booking.booked'; session: SessionOption; at: string }
  | { type: 'booking.failed'; reason: 'full' | 'unknown' | 'past' | 'cancelled' }
  | { type: 'booking.cancelled'; session: SessionOption | null };

/** A request for the host to act; flows never do I/O themselves. */
export type Effect =
  | { kind: 'setLanguage'; language: string }
  /** A durable wait: `job.due` with this name and payload arrives at `at`, even across restarts. */
  | { kind: 'schedule'; key: string; name: string; at: string; payload: Record<string, unknown> }
  | { kind: 'cancelSchedule'; key: string }
  /** Nothing is sent to the person any more, until they write again. */
  | { kind: 'optOut' }
  | { kind: 'optIn' }
  /** Flags the conversation for staff; the flow waits for `staff.handBack`. */
  | { kind: 'handoff'; reason: string }
  | { kind: 'releaseHandoff' }
  /** Erases everything about the person once this turn's replies are sent; with keepRefusal, a bare record of the refusal stays. */
  | { kind: 'eraseData'; keepRefusal: boolean }
  | { kind: 'recordApplication'; application: ApplicationRecord }
  /** Answered with `sessions.found`. */
  | { kind: 'findSessions'; city: string; audience: Audience; language: string }
  /** Answered with `booking.booked` or `booking.failed`. */
  | { kind: 'bookSeat'; sessionId: string }
  /** Answered with `booking.cancelled`. */
  | { kind: 'cancelBooking' }
  | { kind: 'joinWaitlist'; city: string; audience: Audience; language: string }
  | { kind: 'leaveWaitlist' }
  /** A duo member's check-in answers so far; recorded for the referent, and read by the alert rules. */
  | { kind: 'recordCheckin'; record: CheckinRecord };

/** What a check-in has gathered; the host stores it under (duo, role, week). */
export interface CheckinRecord {
  duoId: string;
  role: Audience;
  /** 1…26, or 0 for the outcome question. */
  week: number;
  kind: 'weekly' | 'outcome';
  met: 'yes' | 'no' | 'remote' | null;
  notMetReason: string | null;
  notMetDetail: string | null;
  rating: number | null;
  note: string | null;
  survey: Record<string, string | number> | null;
  outcome: { situation: 'job' | 'training' | 'other' | 'none'; contractAtLeast3Months: boolean | null } | null;
  /** When the first answer came; null while nothing is answered. */
  answeredAt: string | null;
}

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
  /**
   * A flow that runs above the conversation's main flow (a check-in above the intake): started
   * by one of these job names, it receives the person's answers and its own jobs (`<id>.*`)
   * until it finishes; then the main flow goes on where it was.
   */
  overlay?: { opensOn: readonly string[] };
}

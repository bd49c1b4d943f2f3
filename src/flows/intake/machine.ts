import { assign, enqueueActions, setup } from 'xstate';
import type {
  ApplicationRecord,
  Audience,
  Effect,
  FlowDefinition,
  FlowEmitted,
  FlowEvent,
  FlowInput,
  SessionOption,
} from '../contract.js';
import type { ChoiceOption, MessageParams, OutboundMessage, TextParam } from '../message.js';
import { readYesNo } from '../../understanding/index.js';
import { asksWhen, isCorrection, suggestLanguage } from './detect.js';
import { leadAfterAnswer, leadAlone, roleLead, withLead } from './leads.js';
import { dataSummary } from './summary.js';
import { answerKindOf, unclearLine, type AnswerKind } from './unclear.js';
import type { IntakeRules, Referral } from './rules.js';
import {
  activeCities,
  askStep,
  hintFor,
  nextStep,
  placeOf,
  readAnswer,
  referralName,
  type AnswerValue,
  type Answers,
  type IneligibleReason,
  type NextStep,
  type StepId,
} from './steps.js';

export interface IntakeContext {
  languages: string[];
  language: string | null;
  consented: boolean;
  role: Audience | null;
  answers: Answers;
  step: StepId | null;
  /** Answers not understood in a row at the current question; cleared when the question is left. */
  misses: number;
  /** A human was just offered after too many misses: the next yes or no answers that offer. */
  offeringHuman: boolean;
  /** The question answered last, which a correction right after it changes. */
  lastStep: StepId | null;
  /** What the person wrote for their city, echoed when the place was read from something else than its name. */
  typedPlace: string | null;
  /**
   * A line said before the next question (the role as understood, an age read from a sentence, the
   * first name); absent in conversations saved before it existed, which reads as none.
   */
  lead?: TextParam | null;
  /** Going back to a question to read the message that brought the person back, without asking it again. */
  quiet: boolean;
  sessions: SessionOption[];
  chosenSessionId: string | null;
  booking: SessionOption | null;
  /** A seat offered from the waitlist, waiting for a yes. */
  offer: SessionOption | null;
  ineligible: { reason: IneligibleReason; params: Record<string, string | number>; referrals: Referral[] } | null;
}

export interface IntakeFlowOptions {
  rules: IntakeRules;
  /** Language used when a first message gives no clue. */
  defaultLanguage: string;
  /** Misses before a human is offered. */
  maxMisses?: number;
  /** Silence after the idle reminder before the conversation is put aside (7 days in all). */
  expireAfterReminderMs?: number;
}

type UserMessage = Extract<FlowEvent, { type: 'user.message' }>;
type JobDue = Extract<FlowEvent, { type: 'job.due' }>;
/** Raised inside the machine once a quiet return to the pending question is done. */
type IntakeEvent = FlowEvent | { type: 'intake.resumed' };

/** The actions that ask a state's question: its entry, and what is said again after a miss. */
type AskAction =
  | 'askLanguage'
  | 'askConsent'
  | 'askRole'
  | 'askStep'
  | 'askSession'
  | 'askNoneSuits'
  | 'sayNoSessions'
  | 'askAnotherDate'
  | 'askOffer'
  | 'askDelete';

/** Reasons a job service helps a young job seeker with; the others (a mentor, someone not looking for work, no work permit) get fitting advice. */
const JOB_SERVICE_REASONS: readonly IneligibleReason[] = ['area', 'tooYoung', 'tooOld', 'origin', 'availability'];

/** Questions whose answer is read strictly enough that a greeting cannot pass for one. */
const STRICT_STEPS: readonly StepId[] = ['city', 'age', 'experienceYears'];

const HOUR = 60 * 60 * 1000;
const say = (key: string, params?: MessageParams, choices?: ChoiceOption[]): FlowEmitted => ({
  type: 'say',
  message: { key, ...(params ? { params } : {}), ...(choices ? { choices } : {}) },
});
const sayMessage = (message: OutboundMessage): FlowEmitted => ({ type: 'say', message });
const effect = (request: Effect): FlowEmitted => ({ type: 'effect', effect: request });
const yesNo: ChoiceOption[] = [
  { id: 'yes', key: 'answers.yes', matchKeys: ['answers.yesWords'] },
  { id: 'no', key: 'answers.no', matchKeys: ['answers.noWords'] },
];
/** The pending question's choices stay readable after it: the next message may answer them. */
const STOP_CONFIRMED: OutboundMessage = { key: 'stop.confirmed', keepsChoices: true };
/** "Welcome back", with the first name once it is known. */
function welcome(context: IntakeContext, key: 'stop.welcomeBack' | 'idle.welcomeBack'): FlowEmitted {
  const name = context.answers.firstName;
  return typeof name === 'string' ? say(`${key}Named`, { name }) : say(key);
}
const isUserMessage = (event: IntakeEvent): event is UserMessage => event.type === 'user.message';
/**
 * The language a message names in words. A bare number ("2" years of experience) names none: at
 * the language menu its number is read as the choice on screen.
 */
const namedLanguage = (event: UserMessage): string | null => (/\p{L}/u.test(event.text) ? event.namedLanguage : null);
const isJob = (event: IntakeEvent, name: string): event is JobDue => event.type === 'job.due' && event.name === name;

/**
 * A reply the current state should read as its answer: not a command, and not the name of
 * another language (that switches language), except when the question asks for languages.
 */
function isAnswer(context: IntakeContext, event: IntakeEvent): event is UserMessage {
  if (!isUserMessage(event) || event.command !== null) return false;
  const named = namedLanguage(event);
  const switchesLanguage = named !== null && named !== context.language && context.languages.includes(named);
  return !switchesLanguage || context.step === 'spokenLanguages' || event.choiceId !== null;
}

/** A plain yes or no typed at a question that offers no yes and no: "ok" at the language menu. */
function plainYesNo(context: IntakeContext, event: IntakeEvent): 'yes' | 'no' | null {
  if (!isAnswer(context, event) || event.choiceId !== null) return null;
  const reading = readYesNo(event.text);
  return reading.ok && reading.value !== 'notSure' ? reading.value : null;
}

function languageMenu(context: IntakeContext, key = 'intake.languageMenu'): OutboundMessage {
  const current = context.language;
  const ordered = current ? [current, ...context.languages.filter((code) => code !== current)] : [...context.languages];
  return {
    key,
    choices: ordered.map((code) => ({
      id: code,
      key: 'meta.endonym',
      language: code,
      matchKeys: [`languages.${code}`],
    })),
  };
}

function sessionChoices(sessions: SessionOption[], rebooking: boolean): ChoiceOption[] {
  return [
    ...sessions.map((session) => ({
      id: session.id,
      key: 'booking.sessionChoice',
      params: {
        date: { kind: 'datetime' as const, iso: session.startsAt, timeZone: session.timeZone, style: 'short' as const },
        count: session.seatsLeft,
        lang: sessionLanguage(session),
      },
      descriptionKey: session.online ? 'booking.sessionDetailOnline' : 'booking.sessionDetail',
    })),
    {
      id: 'none',
      key: rebooking ? 'booking.keepCurrent' : 'booking.noneSuits',
      matchKeys: rebooking ? ['booking.keepCurrentWords'] : ['booking.noneSuitsWords'],
    },
  ];
}

/** "in French", "en français": the language a session is held in, as a word in the reader's language. */
function sessionLanguage(session: SessionOption): TextParam {
  return { kind: 'text', key: `sessionLanguages.${session.language}`, fallback: session.language.toUpperCase() };
}

function sessionParams(session: SessionOption): MessageParams {
  return {
    date: { kind: 'datetime', iso: session.startsAt, timeZone: session.timeZone },
    place: session.place,
    lang: sessionLanguage(session),
  };
}

/** Sessions in the person's language first, each group by date (the order they came in). */
function ownLanguageFirst(sessions: SessionOption[], language: string | null): SessionOption[] {
  return [
    ...sessions.filter((session) => session.language === language),
    ...sessions.filter((session) => session.language !== language),
  ];
}

function application(context: IntakeContext, status: ApplicationRecord['status']): ApplicationRecord {
  const place = placeOf(context.answers.city);
  const answers: ApplicationRecord['answers'] = { ...context.answers };
  return {
    role: context.role,
    city: place?.kind === 'served' ? place.cityId : null,
    answers,
    status,
    ineligibleReason: context.ineligible?.reason ?? null,
  };
}

/**
 * The applicant intake: language, consent, who is writing, eligibility one question at a time,
 * a short profile, then a seat in an information session, with reminders. At any moment the
 * person can say stop, ask for a human, restart, delete their data, or change language; the
 * conversation then goes on at the same question (deep history).
 */
export function createIntakeFlow(options: IntakeFlowOptions): FlowDefinition {
  const { rules } = options;
  const maxMisses = options.maxMisses ?? 3;
  const expireAfterReminderMs = options.expireAfterReminderMs ?? 7 * 24 * HOUR - 23 * HOUR;

  const evaluate = (context: IntakeContext, event: IntakeEvent): { value: AnswerValue; next: NextStep } | null => {
    if (!isUserMessage(event) || !context.step || !context.role) return null;
    const value = readAnswer({ step: context.step, reply: event, rules, language: context.language });
    if (value === null) return null;
    const answers = { ...context.answers, [context.step]: value };
    return { value, next: nextStep({ role: context.role, answers, rules }) };
  };

  /** The context once `value` is kept as the answer to `step`: the next question, or why the person is ruled out. */
  const settle = (input: { context: IntakeContext; step: StepId; value: AnswerValue; text: string }): IntakeContext => {
    const { context, step, value, text } = input;
    if (step === 'cityConfirmed' && value === false) {
      // Not the place meant: ask for it again.
      const { city: _city, cityConfirmed: _confirmed, ...others } = context.answers;
      return {
        ...context,
        answers: others,
        typedPlace: null,
        misses: 0,
        step: 'city',
        lastStep: null,
        lead: null,
        ineligible: null,
      };
    }
    const answers: Answers = { ...context.answers, [step]: value };
    let typedPlace = context.typedPlace;
    if (step === 'city') {
      typedPlace = text;
      delete answers.cityConfirmed;
      const place = placeOf(value);
      if (place?.kind === 'served' && rules.isCityName(place.cityId, text)) answers.cityConfirmed = true;
    }
    const next = context.role ? nextStep({ role: context.role, answers, rules }) : ({ kind: 'complete' } as const);
    return {
      ...context,
      answers,
      typedPlace,
      lastStep: step,
      lead: leadAfterAnswer({ step, value, text }),
      misses: 0,
      step: next.kind === 'ask' ? next.step : null,
      ineligible:
        next.kind === 'ineligible'
          ? { reason: next.reason, params: next.params, referrals: rules.referrals(next.place ?? { kind: 'unknown' }) }
          : null,
    };
  };

  /**
   * A new answer to the question just answered ("non attends, j'ai 25 ans"): read when the message
   * says it corrects, or when that answer has just ruled the person out.
   */
  const correction = (context: IntakeContext, event: IntakeEvent): AnswerValue | null => {
    if (!isAnswer(context, event) || !context.lastStep || !STRICT_STEPS.includes(context.lastStep)) return null;
    if (context.ineligible === null && !isCorrection(event.text)) return null;
    const value = readAnswer({ step: context.lastStep, reply: event, rules, language: context.language });
    return value === null || value === context.answers[context.lastStep] ? null : value;
  };

  /**
   * Transitions shared by every state that waits for an answer: the idle reminder re-enters the
   * state (so its question is asked again) and the idle expiry puts the conversation aside.
   */
  const waiting = (self: string) => ({
    'job.due': [
      {
        guard: ({ event }: { event: IntakeEvent }) => isJob(event, 'idle.remind'),
        target: self,
        reenter: true,
        actions: 'remindIdle' as const,
      },
      {
        guard: ({ event }: { event: IntakeEvent }) => isJob(event, 'idle.expire'),
        target: '#intake.expired',
      },
    ],
  });

  /**
   * Every question answers every message: after the state's own transitions, a message it cannot
   * read gets why (a range, a yes and a no, "maybe"…, else "not understood"), what kind of answer
   * works, and the question again with its options, and after `maxMisses` in a row, the offer of
   * a human (yes: staff; no: the question again). Misses are cleared when the state is left.
   */
  const attentive = <const Ask extends AskAction>(
    ask: Ask,
    notUnderstood: 'sayHint' | { type: 'sayUnclear'; params: { hint: string; kind: AnswerKind } },
  ) => ({
    first: [
      { guard: 'acceptsHuman' as const, target: '#intake.staff' },
      { guard: 'declinesHuman' as const, actions: ['resetAttention' as const, ask] },
    ],
    last: [
      { guard: 'tooManyMisses' as const, actions: 'offerHuman' as const },
      { guard: 'isAnswer' as const, actions: [notUnderstood, ask] },
    ],
  });

  /** What a re-ask adds after saying why: the kind of answer that works. */
  const reask = (hint: string, kind: AnswerKind) => ({ type: 'sayUnclear' as const, params: { hint, kind } });
  const languageHint = reask('intake.languageHint', 'other');
  const consentHint = reask('consent.hint', 'yesNo');
  const roleHint = reask('role.hint', 'other');
  const dateHint = reask('booking.chooseHint', 'other');
  const yesNoHint = reask('answers.yesNoHint', 'yesNo');

  const machine = setup({
    types: {
      context: {} as IntakeContext,
      events: {} as IntakeEvent,
      input: {} as FlowInput,
      emitted: {} as FlowEmitted,
    },
    guards: {
      isAnswer: ({ context, event }) => isAnswer(context, event),
      command: ({ event }, name: string) => isUserMessage(event) && event.command === name,
      chose: ({ context, event }, id: string) => isAnswer(context, event) && event.choiceId === id,
      rebookingChose: ({ context, event }, id: string) =>
        context.booking !== null && isAnswer(context, event) && event.choiceId === id,
      pickedLanguage: ({ context, event }) =>
        isUserMessage(event) && context.languages.includes(event.choiceId ?? namedLanguage(event) ?? ''),
      namedOtherLanguage: ({ context, event }) =>
        isUserMessage(event) &&
        namedLanguage(event) !== null &&
        namedLanguage(event) !== context.language &&
        context.languages.includes(namedLanguage(event) ?? ''),
      consented: ({ context }) => context.consented,
      keepsSuggestedLanguage: ({ context, event }) => context.language !== null && plainYesNo(context, event) === 'yes',
      declinesSuggestedLanguage: ({ context, event }) => plainYesNo(context, event) === 'no',
      tooManyMisses: ({ context, event }) => isAnswer(context, event) && context.misses + 1 >= maxMisses,
      acceptsHuman: ({ context, event }) => context.offeringHuman && isUserMessage(event) && event.choiceId === 'yes',
      declinesHuman: ({ context, event }) => context.offeringHuman && isUserMessage(event) && event.choiceId === 'no',
      resumesWithAnswer: ({ context, event }) => {
        if (!isUserMessage(event)) return false;
        if (event.command !== null) return event.command !== 'stop';
        if (!isAnswer(context, event)) return false;
        if (event.choiceId !== null) return true;
        return context.step !== null && STRICT_STEPS.includes(context.step) && evaluate(context, event) !== null;
      },
      answerRulesOut: ({ context, event }) =>
        isAnswer(context, event) && evaluate(context, event)?.next.kind === 'ineligible',
      answerCompletes: ({ context, event }) =>
        isAnswer(context, event) && evaluate(context, event)?.next.kind === 'complete',
      answerUnderstood: ({ context, event }) => isAnswer(context, event) && evaluate(context, event) !== null,
      correctsLastAnswer: ({ context, event }) => correction(context, event) !== null,
      asksWhen: ({ context, event }) => isAnswer(context, event) && asksWhen(event.text),
      ruledOut: ({ context }) => context.ineligible !== null,
      questionsDone: ({ context }) => context.step === null,
      choseOfferedSession: ({ context, event }) =>
        isUserMessage(event) && context.sessions.some((session) => session.id === event.choiceId),
      foundSessions: ({ event }) => event.type === 'sessions.found' && event.sessions.length > 0,
      reminderForBooking: ({ context, event }) =>
        isJob(event, 'booking.reminder') && context.booking !== null && event.payload.sessionId === context.booking.id,
      seatOpened: ({ event }) => isJob(event, 'seat.opened'),
    },
    actions: {
      greet: enqueueActions(({ context, event, enqueue }) => {
        if (!isUserMessage(event)) return;
        const language = suggestLanguage({
          text: event.text,
          namedLanguage: namedLanguage(event),
          languages: context.languages,
          fallback: options.defaultLanguage,
        });
        enqueue.assign({ language });
        enqueue.emit(effect({ kind: 'setLanguage', language }));
        enqueue.emit(say('intake.greeting'));
      }),
      askLanguage: enqueueActions(({ context, enqueue }) => {
        if (!context.quiet) enqueue.emit(sayMessage(languageMenu(context)));
      }),
      keepLanguage: enqueueActions(({ enqueue }) => enqueue.emit(say('intake.languageSet'))),
      offerLanguages: enqueueActions(({ context, enqueue }) =>
        enqueue.emit(sayMessage(languageMenu(context, 'intake.languagePick'))),
      ),
      switchLanguage: enqueueActions(({ event, enqueue }) => {
        if (!isUserMessage(event)) return;
        const language = event.choiceId ?? namedLanguage(event);
        if (!language) return;
        enqueue.assign({ language });
        enqueue.emit(effect({ kind: 'setLanguage', language }));
        enqueue.emit(say('intake.languageSet'));
      }),
      explainConsent: enqueueActions(({ enqueue }) => {
        enqueue.emit(say('consent.what'));
      }),
      askConsent: enqueueActions(({ context, enqueue }) => {
        if (!context.quiet) enqueue.emit(say('consent.ask', undefined, yesNo));
      }),
      recordConsent: enqueueActions(({ context, enqueue }) => {
        enqueue.assign({ consented: true });
        enqueue.emit(effect({ kind: 'recordApplication', application: application(context, 'in-progress') }));
      }),
      askRole: enqueueActions(({ context, enqueue }) => {
        if (context.quiet) return;
        enqueue.emit(
          say('role.ask', undefined, [
            { id: 'mentee', key: 'role.mentee', matchKeys: ['role.menteeWords'] },
            { id: 'mentor', key: 'role.mentor', matchKeys: ['role.mentorWords'] },
            { id: 'question', key: 'role.question', matchKeys: ['role.questionWords'] },
          ]),
        );
      }),
      chooseRole: assign(({ context, event }) => {
        const role: Audience = isUserMessage(event) && event.choiceId === 'mentor' ? 'mentor' : 'mentee';
        const next = nextStep({ role, answers: {}, rules });
        return {
          ...context,
          role,
          answers: {},
          lastStep: null,
          lead: roleLead(role),
          misses: 0,
          step: next.kind === 'ask' ? next.step : null,
        };
      }),
      askStep: enqueueActions(({ context, enqueue }) => {
        if (!context.step || !context.role || context.quiet) return;
        const question = askStep({
          step: context.step,
          role: context.role,
          answers: context.answers,
          typedPlace: context.typedPlace,
          rules,
        });
        enqueue.emit(sayMessage(withLead(context.lead ?? null, question)));
        enqueue.assign({ lead: null });
      }),
      keepAnswer: assign(({ context, event }) => {
        const result = evaluate(context, event);
        if (!result || !context.step || !isUserMessage(event)) return context;
        return settle({ context, step: context.step, value: result.value, text: event.text });
      }),
      applyCorrection: assign(({ context, event }) => {
        const value = correction(context, event);
        if (value === null || !context.lastStep || !isUserMessage(event)) return context;
        return settle({ context, step: context.lastStep, value, text: event.text });
      }),
      sayHint: enqueueActions(({ context, event, enqueue }) => {
        if (!isUserMessage(event)) return;
        enqueue.assign({ misses: context.misses + 1 });
        const kind = context.step ? answerKindOf(context.step) : 'other';
        const place = context.step === 'city' ? rules.matchPlace(event.text) : null;
        if (place?.kind === 'unknown' && place.twoPlaces === true) {
          // "Bruxelles ou Paris": two known places, not an unknown one
          enqueue.emit(say('intake.unclear.severalValues'));
          enqueue.emit(say(hintFor('city')));
          return;
        }
        enqueue.emit(say(unclearLine({ kind, text: event.text, at: event.at, language: context.language })));
        if (context.step === 'city') {
          // Perhaps a place outside the programme: say where it is active.
          enqueue.emit(say('steps.city.hintUnknown', { typed: event.text.slice(0, 60), cities: activeCities(rules) }));
        } else if (context.step) enqueue.emit(say(hintFor(context.step)));
      }),
      sayNotUnderstood: enqueueActions(({ context, enqueue }) => {
        enqueue.assign({ misses: context.misses + 1 });
        enqueue.emit(say('intake.notUnderstood'));
      }),
      sayUnclear: enqueueActions(({ context, event, enqueue }, params: { hint: string; kind: AnswerKind }) => {
        if (!isUserMessage(event)) return;
        enqueue.assign({ misses: context.misses + 1 });
        enqueue.emit(
          say(unclearLine({ kind: params.kind, text: event.text, at: event.at, language: context.language })),
        );
        enqueue.emit(say(params.hint));
      }),
      resetAttention: assign({ misses: 0, offeringHuman: false }),
      offerHuman: enqueueActions(({ enqueue }) => {
        enqueue.assign({ offeringHuman: true });
        enqueue.emit(say('intake.offerHuman', undefined, yesNo));
      }),
      explainIneligible: enqueueActions(({ context, enqueue }) => {
        const ineligible = context.ineligible;
        if (!ineligible || context.quiet) return;
        if (context.lead) enqueue.emit(sayMessage(leadAlone(context.lead)));
        enqueue.assign({ lead: null });
        enqueue.emit(say(`ineligible.${ineligible.reason}`, ineligible.params));
        if (ineligible.reason === 'area') enqueue.emit(say('ineligible.activeIn', { cities: activeCities(rules) }));
        if (context.role === 'mentor' && ineligible.reason === 'area') {
          // A job service is no help to a volunteer: thanks, and a way to help meanwhile.
          enqueue.emit(say('ineligible.advice.mentorArea'));
        } else if (JOB_SERVICE_REASONS.includes(ineligible.reason)) {
          for (const referral of ineligible.referrals) {
            enqueue.emit(say('ineligible.referral', { name: referralName(referral), url: referral.url }));
          }
        } else enqueue.emit(say(`ineligible.advice.${ineligible.reason}`));
        enqueue.emit(effect({ kind: 'recordApplication', application: application(context, 'ineligible') }));
      }),
      sayIneligibleAfter: enqueueActions(({ enqueue }) => enqueue.emit(say('ineligible.after'))),
      recordProgress: enqueueActions(({ context, enqueue }) =>
        enqueue.emit(effect({ kind: 'recordApplication', application: application(context, 'in-progress') })),
      ),
      recordEligible: enqueueActions(({ context, enqueue }) =>
        enqueue.emit(effect({ kind: 'recordApplication', application: application(context, 'eligible') })),
      ),
      findSessions: enqueueActions(({ context, enqueue }) => {
        const place = placeOf(context.answers.city);
        if (place?.kind !== 'served' || !context.role) return;
        enqueue.emit(
          effect({
            kind: 'findSessions',
            city: place.cityId,
            audience: context.role,
            language: context.language ?? options.defaultLanguage,
          }),
        );
      }),
      keepSessions: assign({
        sessions: ({ context, event }) =>
          event.type === 'sessions.found' ? ownLanguageFirst(event.sessions, context.language) : [],
      }),
      askSession: enqueueActions(({ context, enqueue }) => {
        if (context.quiet) return;
        const choices = sessionChoices(context.sessions, context.booking !== null);
        const name = context.answers.firstName;
        // The first name, once given, is used: here, where the questions end.
        if (typeof name === 'string' && context.booking === null)
          enqueue.emit(say('booking.chooseNamed', { name }, choices));
        else enqueue.emit(say('booking.choose', undefined, choices));
      }),
      chooseSession: assign({
        chosenSessionId: ({ event }) => (isUserMessage(event) ? event.choiceId : null),
      }),
      chooseOffer: assign({ chosenSessionId: ({ context }) => context.offer?.id ?? null }),
      bookSeat: enqueueActions(({ context, enqueue }) => {
        if (context.chosenSessionId) enqueue.emit(effect({ kind: 'bookSeat', sessionId: context.chosenSessionId }));
      }),
      confirmBooking: enqueueActions(({ context, event, enqueue }) => {
        if (event.type !== 'booking.booked') return;
        const session = event.session;
        const bookedAt = Date.parse(event.at);
        enqueue.assign({ booking: session, offer: null, chosenSessionId: null, sessions: [] });
        enqueue.emit(say(session.online ? 'booking.confirmedOnline' : 'booking.confirmed', sessionParams(session)));
        const startsAt = Date.parse(session.startsAt);
        for (const [which, before] of [
          ['day', 24 * HOUR],
          ['hours', 2 * HOUR],
        ] as const) {
          const at = startsAt - before;
          const key = `reminder.${which}`;
          if (at > bookedAt) {
            enqueue.emit(
              effect({
                kind: 'schedule',
                key,
                name: 'booking.reminder',
                at: new Date(at).toISOString(),
                payload: { sessionId: session.id, which },
              }),
            );
          } else enqueue.emit(effect({ kind: 'cancelSchedule', key }));
        }
        enqueue.emit(
          effect({ kind: 'recordApplication', application: application({ ...context, booking: session }, 'booked') }),
        );
      }),
      answerWhenChoosing: enqueueActions(({ context, enqueue }) =>
        enqueue.emit(say('booking.whenChoose', undefined, sessionChoices(context.sessions, context.booking !== null))),
      ),
      answerWhenOffered: enqueueActions(({ context, enqueue }) => {
        if (context.offer) enqueue.emit(say('booking.whenOffer', sessionParams(context.offer), yesNo));
      }),
      answerWhenWaitlisting: enqueueActions(({ enqueue }) =>
        enqueue.emit(say('booking.whenWaitlist', undefined, yesNo)),
      ),
      sayFull: enqueueActions(({ enqueue }) => enqueue.emit(say('booking.full'))),
      sayNoSessions: enqueueActions(({ context, enqueue }) => {
        if (!context.quiet) enqueue.emit(say('booking.noSessions', undefined, yesNo));
      }),
      askNoneSuits: enqueueActions(({ context, enqueue }) => {
        if (!context.quiet) enqueue.emit(say('booking.noneSuitsOffer', undefined, yesNo));
      }),
      sayKeptDate: enqueueActions(({ context, enqueue }) => {
        if (context.booking) enqueue.emit(say('booking.keptDate', sessionParams(context.booking)));
      }),
      remind: enqueueActions(({ context, event, enqueue }) => {
        if (!context.booking || event.type !== 'job.due') return;
        const params = sessionParams(context.booking);
        if (event.payload.which === 'day') enqueue.emit(say('booking.reminderDay', params));
        else {
          const { startsAt: iso, timeZone } = context.booking;
          enqueue.emit(
            say('booking.reminderHours', { ...params, time: { kind: 'datetime', iso, timeZone, style: 'time' } }),
          );
        }
      }),
      sayBookedInfo: enqueueActions(({ context, enqueue }) => {
        if (context.booking) enqueue.emit(say('booking.info', sessionParams(context.booking)));
      }),
      cancelBooking: enqueueActions(({ enqueue }) => enqueue.emit(effect({ kind: 'cancelBooking' }))),
      confirmCancellation: enqueueActions(({ enqueue }) => {
        enqueue.assign({ booking: null });
        enqueue.emit(effect({ kind: 'cancelSchedule', key: 'reminder.day' }));
        enqueue.emit(effect({ kind: 'cancelSchedule', key: 'reminder.hours' }));
        enqueue.emit(say('booking.cancelled'));
      }),
      askAnotherDate: enqueueActions(({ context, enqueue }) => {
        if (!context.quiet) enqueue.emit(say('booking.anotherDate', undefined, yesNo));
      }),
      joinWaitlist: enqueueActions(({ context, enqueue }) => {
        const place = placeOf(context.answers.city);
        if (place?.kind !== 'served' || !context.role) return;
        enqueue.emit(
          effect({
            kind: 'joinWaitlist',
            city: place.cityId,
            audience: context.role,
            language: context.language ?? options.defaultLanguage,
          }),
        );
        enqueue.emit(say('booking.waitlisted'));
        enqueue.emit(effect({ kind: 'recordApplication', application: application(context, 'waitlisted') }));
      }),
      leaveWaitlist: enqueueActions(({ enqueue }) => {
        enqueue.emit(effect({ kind: 'leaveWaitlist' }));
        enqueue.emit(say('booking.leftWaitlist'));
      }),
      sayWaitlistInfo: enqueueActions(({ enqueue }) => enqueue.emit(say('booking.waitlistInfo'))),
      keepOffer: assign({
        offer: ({ event }) => {
          if (event.type !== 'job.due') return null;
          const session: unknown = event.payload.session;
          return isSessionOption(session) ? session : null;
        },
      }),
      askOffer: enqueueActions(({ context, enqueue }) => {
        if (context.offer && !context.quiet)
          enqueue.emit(say('booking.seatOpened', sessionParams(context.offer), yesNo));
      }),
      sayClosedInfo: enqueueActions(({ context, enqueue }) => {
        if (!context.quiet) enqueue.emit(say('intake.closedInfo'));
      }),
      handOff: enqueueActions(({ context, event, enqueue }) => {
        const question = isUserMessage(event) && event.choiceId === 'question' && !context.offeringHuman;
        enqueue.assign({ misses: 0, offeringHuman: false });
        enqueue.emit(effect({ kind: 'handoff', reason: question ? 'question' : 'asked-for-help' }));
        enqueue.emit(say(question ? 'staff.question' : 'staff.waiting'));
      }),
      showData: enqueueActions(({ context, enqueue }) =>
        enqueue.emit(
          sayMessage(dataSummary({ role: context.role, answers: context.answers, booking: context.booking, rules })),
        ),
      ),
      leaveHandoff: enqueueActions(({ enqueue }) => enqueue.emit(effect({ kind: 'releaseHandoff' }))),
      handBack: enqueueActions(({ enqueue }) => {
        enqueue.emit(effect({ kind: 'releaseHandoff' }));
        enqueue.emit(say('staff.back'));
      }),
      optOut: enqueueActions(({ enqueue }) => {
        enqueue.emit(effect({ kind: 'optOut' }));
        enqueue.emit(sayMessage(STOP_CONFIRMED));
      }),
      sayStopConfirmed: enqueueActions(({ enqueue }) => enqueue.emit(sayMessage(STOP_CONFIRMED))),
      optIn: enqueueActions(({ context, enqueue }) => {
        enqueue.emit(effect({ kind: 'optIn' }));
        if (context.booking) enqueue.emit(say('stop.welcomeBackBooked', sessionParams(context.booking)));
        else enqueue.emit(welcome(context, 'stop.welcomeBack'));
      }),
      /** Back at the pending question without asking it again: the message that brought the person back answers it. */
      resumeWithAnswer: enqueueActions(({ context, event, enqueue }, key: 'stop.welcomeBack' | 'idle.welcomeBack') => {
        if (!isUserMessage(event)) return;
        if (key === 'stop.welcomeBack') enqueue.emit(effect({ kind: 'optIn' }));
        enqueue.emit(welcome(context, key));
        enqueue.assign({ quiet: true });
        enqueue.raise({ type: 'intake.resumed' });
        enqueue.raise(event);
      }),
      endQuiet: assign({ quiet: false }),
      askDelete: enqueueActions(({ context, enqueue }) => {
        if (!context.quiet) enqueue.emit(say('delete.ask', undefined, yesNo));
      }),
      eraseAll: enqueueActions(({ enqueue }) => {
        enqueue.emit(say('delete.done'));
        enqueue.emit(effect({ kind: 'eraseData', keepRefusal: false }));
      }),
      sayKept: enqueueActions(({ enqueue }) => enqueue.emit(say('delete.kept'))),
      refuse: enqueueActions(({ enqueue }) => {
        enqueue.emit(say('consent.refused'));
        enqueue.emit(effect({ kind: 'eraseData', keepRefusal: true }));
      }),
      restart: enqueueActions(({ enqueue }) => {
        enqueue.assign({
          role: null,
          answers: {},
          step: null,
          misses: 0,
          offeringHuman: false,
          typedPlace: null,
          lastStep: null,
          lead: null,
          sessions: [],
          chosenSessionId: null,
          offer: null,
          ineligible: null,
        });
        enqueue.emit(say('intake.restarted'));
      }),
      remindIdle: enqueueActions(({ event, enqueue }) => {
        if (event.type !== 'job.due') return;
        enqueue.emit(say('idle.reminder'));
        enqueue.emit(
          effect({
            kind: 'schedule',
            key: 'idle',
            name: 'idle.expire',
            at: new Date(Date.parse(event.at) + expireAfterReminderMs).toISOString(),
            payload: {},
          }),
        );
      }),
      welcomeBack: enqueueActions(({ context, enqueue }) => enqueue.emit(welcome(context, 'idle.welcomeBack'))),
    },
  }).createMachine({
    id: 'intake',
    context: ({ input }) => ({
      languages: input.languages,
      language: input.language,
      consented: false,
      role: null,
      answers: {},
      step: null,
      misses: 0,
      offeringHuman: false,
      quiet: false,
      typedPlace: null,
      lastStep: null,
      lead: null,
      sessions: [],
      chosenSessionId: null,
      booking: null,
      offer: null,
      ineligible: null,
    }),
    initial: 'start',
    on: {
      'intake.resumed': { actions: 'endQuiet' },
      'user.message': [
        { guard: { type: 'command', params: 'stop' }, target: '#intake.optedOut' },
        { guard: { type: 'command', params: 'help' }, target: '#intake.staff' },
        { guard: { type: 'command', params: 'delete' }, target: '#intake.confirmDelete' },
        { guard: { type: 'command', params: 'language' }, target: '#intake.languageMenu' },
        {
          guard: { type: 'command', params: 'showData' },
          target: '#intake.active.hist',
          reenter: true,
          actions: 'showData',
        },
        {
          guard: { type: 'command', params: 'restart' },
          target: '#intake.active.restarting',
          reenter: true,
          actions: 'restart',
        },
        { guard: 'namedOtherLanguage', target: '#intake.active.hist', reenter: true, actions: 'switchLanguage' },
        { target: '#intake.active.hist', reenter: true, actions: 'sayNotUnderstood' },
      ],
    },
    states: {
      start: {
        on: { 'user.message': { target: 'active.language', actions: 'greet' } },
      },
      active: {
        initial: 'language',
        states: {
          hist: { type: 'history', history: 'deep', target: 'language' },
          restarting: {
            always: [{ guard: 'consented', target: 'role' }, { target: 'consent' }],
          },
          language: {
            entry: 'askLanguage',
            exit: 'resetAttention',
            on: {
              ...waiting('language'),
              'user.message': [
                ...attentive('askLanguage', languageHint).first,
                { guard: 'pickedLanguage', target: 'consent', actions: 'switchLanguage' },
                { guard: 'keepsSuggestedLanguage', target: 'consent', actions: 'keepLanguage' },
                { guard: 'declinesSuggestedLanguage', actions: 'offerLanguages' },
                ...attentive('askLanguage', languageHint).last,
              ],
            },
          },
          consent: {
            initial: 'explaining',
            states: {
              explaining: { entry: 'explainConsent', always: 'asking' },
              asking: {
                entry: 'askConsent',
                exit: 'resetAttention',
                on: {
                  ...waiting('asking'),
                  'user.message': [
                    ...attentive('askConsent', consentHint).first,
                    {
                      guard: { type: 'chose', params: 'yes' },
                      target: '#intake.active.role',
                      actions: 'recordConsent',
                    },
                    { guard: { type: 'chose', params: 'no' }, target: '#intake.refused' },
                    ...attentive('askConsent', consentHint).last,
                  ],
                },
              },
            },
          },
          role: {
            entry: 'askRole',
            exit: 'resetAttention',
            on: {
              ...waiting('role'),
              'user.message': [
                ...attentive('askRole', roleHint).first,
                { guard: { type: 'chose', params: 'question' }, target: '#intake.staff' },
                {
                  guard: { type: 'chose', params: 'mentee' },
                  target: 'questions',
                  actions: ['chooseRole', 'recordProgress'],
                },
                {
                  guard: { type: 'chose', params: 'mentor' },
                  target: 'questions',
                  actions: ['chooseRole', 'recordProgress'],
                },
                ...attentive('askRole', roleHint).last,
              ],
            },
          },
          questions: {
            entry: 'askStep',
            exit: 'resetAttention',
            on: {
              ...waiting('questions'),
              'user.message': [
                ...attentive('askStep', 'sayHint').first,
                { guard: 'correctsLastAnswer', target: 'settling', actions: ['applyCorrection', 'recordProgress'] },
                { guard: 'answerRulesOut', target: 'ineligible', actions: 'keepAnswer' },
                { guard: 'answerCompletes', target: 'booking', actions: ['keepAnswer', 'recordEligible'] },
                {
                  guard: 'answerUnderstood',
                  target: 'questions',
                  reenter: true,
                  actions: ['keepAnswer', 'recordProgress'],
                },
                ...attentive('askStep', 'sayHint').last,
              ],
            },
          },
          ineligible: {
            entry: 'explainIneligible',
            on: {
              'user.message': [
                { guard: 'correctsLastAnswer', target: 'settling', actions: ['applyCorrection', 'recordProgress'] },
                { guard: 'isAnswer', actions: 'sayIneligibleAfter' },
              ],
            },
          },
          /** After a corrected answer: on to whatever the answers now lead to. */
          settling: {
            always: [
              { guard: 'ruledOut', target: 'ineligible' },
              { guard: 'questionsDone', target: 'booking', actions: 'recordEligible' },
              { target: 'questions' },
            ],
          },
          booking: {
            initial: 'searching',
            states: {
              searching: {
                entry: 'findSessions',
                on: {
                  'sessions.found': [
                    { guard: 'foundSessions', target: 'choosing', actions: 'keepSessions' },
                    { target: 'noneAvailable' },
                  ],
                },
              },
              choosing: {
                entry: 'askSession',
                exit: 'resetAttention',
                on: {
                  ...waiting('choosing'),
                  'user.message': [
                    ...attentive('askSession', dateHint).first,
                    { guard: 'choseOfferedSession', target: 'reserving', actions: 'chooseSession' },
                    // "oui mais c'est quand ?": the dates again, not a choice
                    { guard: 'asksWhen', actions: 'answerWhenChoosing' },
                    {
                      // Changing one's mind while rebooking keeps the seat one had.
                      guard: { type: 'rebookingChose', params: 'none' },
                      target: '#intake.active.booked',
                      actions: 'sayKeptDate',
                    },
                    { guard: { type: 'chose', params: 'none' }, target: 'noneSuits' },
                    ...attentive('askSession', dateHint).last,
                  ],
                },
              },
              noneSuits: {
                entry: 'askNoneSuits',
                exit: 'resetAttention',
                on: {
                  ...waiting('noneSuits'),
                  'user.message': [
                    ...attentive('askNoneSuits', yesNoHint).first,
                    { guard: 'asksWhen', actions: 'answerWhenWaitlisting' },
                    {
                      guard: { type: 'chose', params: 'yes' },
                      target: '#intake.active.waitlisted',
                      actions: 'joinWaitlist',
                    },
                    { guard: { type: 'chose', params: 'no' }, target: '#intake.active.closed' },
                    ...attentive('askNoneSuits', yesNoHint).last,
                  ],
                },
              },
              reserving: {
                entry: 'bookSeat',
                on: {
                  'booking.booked': { target: '#intake.active.booked', actions: 'confirmBooking' },
                  'booking.failed': { target: 'searching', actions: 'sayFull' },
                },
              },
              noneAvailable: {
                entry: 'sayNoSessions',
                exit: 'resetAttention',
                on: {
                  ...waiting('noneAvailable'),
                  'user.message': [
                    ...attentive('sayNoSessions', yesNoHint).first,
                    { guard: 'asksWhen', actions: 'answerWhenWaitlisting' },
                    {
                      guard: { type: 'chose', params: 'yes' },
                      target: '#intake.active.waitlisted',
                      actions: 'joinWaitlist',
                    },
                    { guard: { type: 'chose', params: 'no' }, target: '#intake.active.closed' },
                    ...attentive('sayNoSessions', yesNoHint).last,
                  ],
                },
              },
            },
          },
          booked: {
            on: {
              'job.due': { guard: 'reminderForBooking', actions: 'remind' },
              'user.message': [
                { guard: { type: 'command', params: 'cancel' }, actions: 'cancelBooking' },
                { guard: { type: 'command', params: 'rebook' }, target: 'booking' },
                { guard: 'isAnswer', actions: 'sayBookedInfo' },
              ],
              'booking.cancelled': { target: 'afterCancel', actions: 'confirmCancellation' },
            },
          },
          afterCancel: {
            entry: 'askAnotherDate',
            exit: 'resetAttention',
            on: {
              ...waiting('afterCancel'),
              'user.message': [
                ...attentive('askAnotherDate', yesNoHint).first,
                { guard: { type: 'chose', params: 'yes' }, target: 'booking' },
                { guard: { type: 'chose', params: 'no' }, target: 'closed' },
                ...attentive('askAnotherDate', yesNoHint).last,
              ],
            },
          },
          waitlisted: {
            initial: 'waiting',
            states: {
              waiting: {
                on: {
                  'job.due': { guard: 'seatOpened', target: 'offered', actions: 'keepOffer' },
                  'user.message': [
                    {
                      guard: { type: 'command', params: 'cancel' },
                      target: '#intake.active.closed',
                      actions: 'leaveWaitlist',
                    },
                    { guard: 'isAnswer', actions: 'sayWaitlistInfo' },
                  ],
                },
              },
              offered: {
                entry: 'askOffer',
                exit: 'resetAttention',
                on: {
                  'user.message': [
                    ...attentive('askOffer', yesNoHint).first,
                    { guard: 'asksWhen', actions: 'answerWhenOffered' },
                    {
                      guard: { type: 'chose', params: 'yes' },
                      target: '#intake.active.booking.reserving',
                      actions: 'chooseOffer',
                    },
                    { guard: { type: 'chose', params: 'no' }, target: 'waiting', actions: 'sayWaitlistInfo' },
                    ...attentive('askOffer', yesNoHint).last,
                  ],
                },
              },
            },
          },
          closed: {
            entry: 'sayClosedInfo',
            on: {
              'user.message': [
                { guard: { type: 'command', params: 'rebook' }, target: 'booking' },
                { guard: 'isAnswer', actions: 'sayClosedInfo' },
              ],
            },
          },
        },
      },
      languageMenu: {
        entry: 'askLanguage',
        exit: 'resetAttention',
        on: {
          'user.message': [
            ...attentive('askLanguage', languageHint).first,
            { guard: 'pickedLanguage', target: 'active.hist', actions: 'switchLanguage' },
            { guard: 'keepsSuggestedLanguage', target: 'active.hist', actions: 'keepLanguage' },
            { guard: 'declinesSuggestedLanguage', actions: 'offerLanguages' },
            ...attentive('askLanguage', languageHint).last,
          ],
        },
      },
      staff: {
        entry: 'handOff',
        on: {
          // While staff have the conversation the assistant stays silent; the transcript keeps what is said.
          'user.message': [
            { guard: { type: 'command', params: 'stop' }, target: 'optedOut', actions: 'leaveHandoff' },
            { guard: { type: 'command', params: 'delete' }, target: 'confirmDelete' },
            {
              guard: { type: 'command', params: 'restart' },
              target: '#intake.active.restarting',
              actions: ['leaveHandoff', 'restart'],
            },
            { actions: [] },
          ],
          'staff.handBack': { target: 'active.hist', actions: 'handBack' },
        },
      },
      optedOut: {
        entry: 'optOut',
        on: {
          'user.message': [
            { guard: { type: 'command', params: 'stop' }, actions: 'sayStopConfirmed' },
            {
              guard: 'resumesWithAnswer',
              target: 'active.hist',
              actions: { type: 'resumeWithAnswer', params: 'stop.welcomeBack' },
            },
            { target: 'active.hist', actions: 'optIn' },
          ],
          'job.due': { actions: [] },
        },
      },
      confirmDelete: {
        entry: 'askDelete',
        exit: 'resetAttention',
        on: {
          'user.message': [
            ...attentive('askDelete', yesNoHint).first,
            { guard: { type: 'chose', params: 'yes' }, target: 'erased', actions: 'eraseAll' },
            { guard: { type: 'chose', params: 'no' }, target: 'active.hist', actions: 'sayKept' },
            ...attentive('askDelete', yesNoHint).last,
          ],
        },
      },
      expired: {
        on: {
          'user.message': [
            {
              guard: 'resumesWithAnswer',
              target: 'active.hist',
              actions: { type: 'resumeWithAnswer', params: 'idle.welcomeBack' },
            },
            { target: 'active.hist', actions: 'welcomeBack' },
          ],
        },
      },
      refused: { entry: 'refuse', type: 'final' },
      erased: { type: 'final' },
    },
  });

  return { id: 'intake', version: 2, machine };
}

function isSessionOption(value: unknown): value is SessionOption {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string' &&
    'startsAt' in value &&
    typeof value.startsAt === 'string' &&
    'timeZone' in value &&
    typeof value.timeZone === 'string'
  );
}

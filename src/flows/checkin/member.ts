import { enqueueActions, setup } from 'xstate';
import type { Effect, FlowDefinition, FlowEmitted, FlowEvent, FlowInput } from '../contract.js';
import type { ChoiceOption, OutboundMessage } from '../message.js';

/**
 * The main flow of a duo member who never went through the intake (a mentor registered by
 * staff): the check-ins run above it; between them it says what this chat is for and obeys the
 * commands every conversation has (stop, help, delete my data, language).
 */
export const DUO_MEMBER_FLOW = { id: 'duo-member', version: 1 } as const;

interface MemberContext {
  language: string | null;
  languages: string[];
}

type UserMessage = Extract<FlowEvent, { type: 'user.message' }>;

const say = (message: OutboundMessage): FlowEmitted => ({ type: 'say', message });
const effect = (request: Effect): FlowEmitted => ({ type: 'effect', effect: request });
const isUserMessage = (event: FlowEvent): event is UserMessage => event.type === 'user.message';
const commandOf = (event: FlowEvent): string | null => (isUserMessage(event) ? event.command : null);

const ABOUT: OutboundMessage = { key: 'checkin.member.about' };
const yesNo: ChoiceOption[] = [
  { id: 'yes', key: 'answers.yes', matchKeys: ['answers.yesWords'] },
  { id: 'no', key: 'answers.no', matchKeys: ['answers.noWords'] },
];

function languageMenu(context: MemberContext): OutboundMessage {
  const current = context.language;
  const ordered = current ? [current, ...context.languages.filter((code) => code !== current)] : context.languages;
  return {
    key: 'intake.languageMenu',
    choices: ordered.map((code) => ({ id: code, key: 'meta.endonym', language: code })),
  };
}

/** The language the person picked from the menu or named in a message, when the assistant speaks it. */
function pickedLanguage(context: MemberContext, event: FlowEvent): string | null {
  if (!isUserMessage(event)) return null;
  const picked = event.choiceId ?? event.namedLanguage;
  return picked !== null && context.languages.includes(picked) ? picked : null;
}

export function createDuoMemberFlow(): FlowDefinition {
  const machine = setup({
    types: {
      context: {} as MemberContext,
      events: {} as FlowEvent,
      input: {} as FlowInput,
      emitted: {} as FlowEmitted,
    },
    guards: {
      command: ({ event }, name: string) => commandOf(event) === name,
      namesLanguage: ({ context, event }) =>
        isUserMessage(event) && event.namedLanguage !== null && pickedLanguage(context, event) !== null,
      picksLanguage: ({ context, event }) => pickedLanguage(context, event) !== null,
      chose: ({ event }, id: string) => isUserMessage(event) && event.choiceId === id,
    },
    actions: {
      sayAbout: enqueueActions(({ enqueue }) => enqueue.emit(say(ABOUT))),
      switchLanguage: enqueueActions(({ context, event, enqueue }) => {
        const language = pickedLanguage(context, event);
        if (language === null) return;
        enqueue.assign({ language });
        enqueue.emit(effect({ kind: 'setLanguage', language }));
        enqueue.emit(say(ABOUT));
      }),
      askLanguage: enqueueActions(({ context, enqueue }) => enqueue.emit(say(languageMenu(context)))),
      optOut: enqueueActions(({ enqueue }) => {
        enqueue.emit(effect({ kind: 'optOut' }));
        enqueue.emit(say({ key: 'stop.confirmed' }));
      }),
      sayStopConfirmed: enqueueActions(({ enqueue }) => enqueue.emit(say({ key: 'stop.confirmed' }))),
      optIn: enqueueActions(({ enqueue }) => {
        enqueue.emit(effect({ kind: 'optIn' }));
        enqueue.emit(say(ABOUT));
      }),
      handOff: enqueueActions(({ enqueue }) => {
        enqueue.emit(effect({ kind: 'handoff', reason: 'asked-for-help' }));
        enqueue.emit(say({ key: 'staff.waiting' }));
      }),
      leaveHandoff: enqueueActions(({ enqueue }) => enqueue.emit(effect({ kind: 'releaseHandoff' }))),
      handBack: enqueueActions(({ enqueue }) => {
        enqueue.emit(effect({ kind: 'releaseHandoff' }));
        enqueue.emit(say({ key: 'staff.back' }));
      }),
      askDelete: enqueueActions(({ enqueue }) => enqueue.emit(say({ key: 'delete.ask', choices: yesNo }))),
      eraseAll: enqueueActions(({ enqueue }) => {
        enqueue.emit(say({ key: 'delete.done' }));
        enqueue.emit(effect({ kind: 'eraseData', keepRefusal: false }));
      }),
      sayKept: enqueueActions(({ enqueue }) => enqueue.emit(say({ key: 'delete.kept' }))),
    },
  }).createMachine({
    id: DUO_MEMBER_FLOW.id,
    context: ({ input }) => ({ language: input.language, languages: input.languages }),
    initial: 'listening',
    states: {
      listening: {
        on: {
          'user.message': [
            { guard: { type: 'command', params: 'stop' }, target: 'optedOut' },
            { guard: { type: 'command', params: 'help' }, target: 'staff' },
            { guard: { type: 'command', params: 'delete' }, target: 'confirmDelete' },
            { guard: 'namesLanguage', actions: 'switchLanguage' },
            { guard: { type: 'command', params: 'language' }, target: 'choosingLanguage' },
            { actions: 'sayAbout' },
          ],
        },
      },
      choosingLanguage: {
        entry: 'askLanguage',
        on: {
          'user.message': [
            { guard: 'picksLanguage', target: 'listening', actions: 'switchLanguage' },
            { guard: { type: 'command', params: 'stop' }, target: 'optedOut' },
            { actions: 'askLanguage' },
          ],
        },
      },
      optedOut: {
        entry: 'optOut',
        on: {
          'user.message': [
            { guard: { type: 'command', params: 'stop' }, actions: 'sayStopConfirmed' },
            { target: 'listening', actions: 'optIn' },
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
            { actions: [] },
          ],
          'staff.handBack': { target: 'listening', actions: 'handBack' },
        },
      },
      confirmDelete: {
        entry: 'askDelete',
        on: {
          'user.message': [
            { guard: { type: 'chose', params: 'yes' }, target: 'erased', actions: 'eraseAll' },
            { guard: { type: 'chose', params: 'no' }, target: 'listening', actions: 'sayKept' },
            { actions: 'askDelete' },
          ],
        },
      },
      erased: { type: 'final' },
    },
  });
  return { id: DUO_MEMBER_FLOW.id, version: DUO_MEMBER_FLOW.version, machine };
}

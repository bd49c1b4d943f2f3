import { assign, emit, setup } from 'xstate';
import type { FlowDefinition, FlowEmitted, FlowEvent, FlowInput } from '../contract.js';
import type { ChoiceOption, OutboundMessage } from '../message.js';

interface WelcomeContext {
  language: string | null;
  languages: string[];
}

function languageChoices(languages: string[]): ChoiceOption[] {
  return languages.map((code) => ({
    id: code,
    key: 'meta.endonym',
    language: code,
    matchKeys: [`languages.${code}`],
  }));
}

const askLanguage = (context: WelcomeContext): OutboundMessage => ({
  key: 'welcome.chooseLanguage',
  choices: languageChoices(context.languages),
});

const say = (message: OutboundMessage): FlowEmitted => ({ type: 'say', message });

/**
 * The first conversation: a greeting, the language menu, a confirmation in the chosen language.
 * The language menu can be asked for again at any time with the `language` command.
 */
export const welcomeMachine = setup({
  types: {
    context: {} as WelcomeContext,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    emitted: {} as FlowEmitted,
  },
  guards: {
    pickedLanguage: ({ context, event }) =>
      event.type === 'user.message' && context.languages.includes(event.choiceId ?? event.namedLanguage ?? ''),
    askedForLanguageMenu: ({ event }) => event.type === 'user.message' && event.command === 'language',
  },
  actions: {
    greet: emit(() => say({ key: 'welcome.greeting' })),
    askLanguage: emit(({ context }) => say(askLanguage(context))),
    rememberLanguage: assign({
      language: ({ event }) => (event.type === 'user.message' ? (event.choiceId ?? event.namedLanguage) : null),
    }),
    applyLanguage: emit(({ context }): FlowEmitted => ({
      type: 'effect',
      effect: { kind: 'setLanguage', language: context.language ?? '' },
    })),
    confirmLanguage: emit(() => say({ key: 'welcome.languageSet' })),
    sayNotUnderstood: emit(() => say({ key: 'welcome.notUnderstood' })),
    sayReady: emit(() => say({ key: 'welcome.ready' })),
  },
}).createMachine({
  id: 'welcome',
  context: ({ input }) => ({ language: input.language, languages: input.languages }),
  initial: 'start',
  states: {
    start: {
      on: {
        'user.message': [
          {
            guard: 'pickedLanguage',
            target: 'ready',
            actions: ['rememberLanguage', 'applyLanguage', 'confirmLanguage'],
          },
          { target: 'choosingLanguage', actions: ['greet', 'askLanguage'] },
        ],
      },
    },
    choosingLanguage: {
      on: {
        'user.message': [
          {
            guard: 'pickedLanguage',
            target: 'ready',
            actions: ['rememberLanguage', 'applyLanguage', 'confirmLanguage'],
          },
          { actions: ['sayNotUnderstood', 'askLanguage'] },
        ],
      },
    },
    ready: {
      on: {
        'user.message': [
          { guard: 'askedForLanguageMenu', target: 'choosingLanguage', actions: 'askLanguage' },
          {
            guard: 'pickedLanguage',
            actions: ['rememberLanguage', 'applyLanguage', 'confirmLanguage'],
          },
          { actions: 'sayReady' },
        ],
      },
    },
  },
});

export const welcomeFlow: FlowDefinition = { id: 'welcome', version: 1, machine: welcomeMachine };

import { describe, expect, it } from 'vitest';
import type { RenderedMessage } from '../../../src/flows/message.js';
import {
  toGraphMessages,
  toTemplateMessage,
  toTemplateParameter,
} from '../../../src/bot/channels/whatsapp-cloud/convert-outbound.js';
import type { GraphMessage } from '../../../src/bot/channels/whatsapp-cloud/graph-message.js';
import { isRecord, parseSample } from './helpers.js';

/** Fails unless every part of every message respects Meta's limits, counted in characters and in UTF-16 units. */
function expectWithinWhatsAppLimits(messages: GraphMessage[]): void {
  const within = (text: string, max: number) => {
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text.length).toBeLessThanOrEqual(max);
    expect(Array.from(text).length).toBeLessThanOrEqual(max);
  };
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    if (message.type === 'text') within(message.text.body, 4096);
    if (message.type === 'template') {
      for (const parameter of message.template.components.flatMap((component) => component.parameters)) {
        within(parameter.text, 1024);
        expect(parameter.text).not.toMatch(/[\n\t]| {5}/);
      }
    }
    if (message.type !== 'interactive') continue;
    const { interactive } = message;
    if (interactive.type === 'button') {
      within(interactive.body.text, 1024);
      expect(interactive.action.buttons.length).toBeLessThanOrEqual(3);
      for (const button of interactive.action.buttons) within(button.reply.title, 20);
    } else {
      within(interactive.body.text, 4096);
      within(interactive.action.button, 20);
      const rows = interactive.action.sections.flatMap((section) => section.rows);
      expect(rows.length).toBeLessThanOrEqual(10);
      for (const row of rows) {
        within(row.title, 24);
        if (row.description !== undefined) within(row.description, 72);
      }
    }
  }
}

/** Every title the person can pick, wherever WhatsApp shows it: buttons, list rows or numbered lines. */
function shownTitles(messages: GraphMessage[]): string[] {
  return messages.flatMap((message) => {
    if (message.type === 'interactive') {
      return message.interactive.type === 'button'
        ? message.interactive.action.buttons.map((button) => button.reply.title)
        : message.interactive.action.sections.flatMap((section) => section.rows.map((row) => row.title));
    }
    if (message.type === 'text') {
      return [...message.text.body.matchAll(/^\d+\. (.+)$/gm)].map((match) => match[1] ?? '');
    }
    return [];
  });
}

function layoutOf(messages: GraphMessage[]): string {
  const last = messages.at(-1);
  if (last?.type === 'interactive') return last.interactive.type === 'button' ? 'buttons' : 'list';
  return last?.type ?? 'none';
}

function question(text: string, titles: string[]): RenderedMessage {
  return { text, choices: titles.map((title, index) => ({ id: `choice-${index + 1}`, title })) };
}

interface LanguageCase {
  language: string;
  three: RenderedMessage;
  threeLayout: string;
  seven: RenderedMessage;
  sevenLayout: string;
}

const LANGUAGE_CASES: LanguageCase[] = [
  {
    language: 'fr',
    three: question('Avez-vous un diplôme reconnu en Belgique ?', [
      'Oui, il est reconnu',
      'Demande en cours',
      'Non, pas encore',
    ]),
    threeLayout: 'buttons',
    seven: question("Quel est votre niveau d'études le plus élevé ?", [
      'Aucun diplôme',
      'Enseignement primaire',
      'Secondaire inférieur',
      "Diplôme de l'enseignement secondaire supérieur",
      'Bachelier ou graduat',
      'Master ou ingénieur',
      'Doctorat',
    ]),
    sevenLayout: 'text',
  },
  {
    language: 'nl',
    three: question('Heb je een diploma dat in België erkend is?', ['Ja, erkend', 'Erkenning aangevraagd', 'Nog niet']),
    threeLayout: 'list',
    seven: question('Wat is je hoogste diploma?', [
      'Geen diploma',
      'Lager onderwijs',
      'Lager secundair onderwijs',
      'Hoger secundair onderwijs (diploma)',
      'Bachelor of graduaat',
      'Master',
      'Doctoraat',
    ]),
    sevenLayout: 'text',
  },
  {
    language: 'en',
    three: question('Which language would you like to continue in?', ['Français', 'Nederlands', 'English']),
    threeLayout: 'buttons',
    seven: question('What is the highest level of education you have completed?', [
      'No diploma',
      'Primary school',
      'Lower secondary',
      'Upper secondary diploma',
      "Bachelor's degree",
      "Master's degree",
      'Doctorate (PhD)',
    ]),
    sevenLayout: 'list',
  },
  {
    language: 'ar',
    three: question('هل لديك شهادة معترف بها في بلجيكا؟', ['نعم، معترف به', 'طلب الاعتراف قيد الدراسة', 'لا']),
    threeLayout: 'list',
    seven: question('ما هو أعلى مستوى تعليمي حصلت عليه؟', [
      'بدون شهادة',
      'التعليم الابتدائي',
      'التعليم الثانوي الأدنى',
      'شهادة التعليم الثانوي العالي',
      'بكالوريوس',
      'ماجستير',
      'دكتوراه',
    ]),
    sevenLayout: 'text',
  },
];

describe('toGraphMessages', () => {
  for (const { language, three, threeLayout, seven, sevenLayout } of LANGUAGE_CASES) {
    it(`renders a 3-choice question within limits and with every title whole when the reader speaks ${language}`, () => {
      const messages = toGraphMessages({ rendered: three, language });
      expectWithinWhatsAppLimits(messages);
      expect(layoutOf(messages)).toBe(threeLayout);
      expect(shownTitles(messages)).toEqual(three.choices.map((choice) => choice.title));
    });

    it(`renders a 7-choice question within limits and with every title whole when the reader speaks ${language}`, () => {
      const messages = toGraphMessages({ rendered: seven, language });
      expectWithinWhatsAppLimits(messages);
      expect(layoutOf(messages)).toBe(sevenLayout);
      expect(shownTitles(messages)).toEqual(seven.choices.map((choice) => choice.title));
    });
  }

  it('sends a plain text message without link preview when there are no choices', () => {
    expect(
      toGraphMessages({ rendered: { text: 'Bienvenue chez DUO for a JOB !', choices: [] }, language: 'fr' }),
    ).toEqual([{ type: 'text', text: { body: 'Bienvenue chez DUO for a JOB !', preview_url: false } }]);
  });

  it('builds reply buttons shaped like Meta’s sample when three short choices are offered', () => {
    const [message] = toGraphMessages({
      rendered: question('Which language would you like to continue in?', ['Français', 'Nederlands', 'English']),
      language: 'en',
    });
    const sample = parseSample('send/interactive_buttons.json');
    expect(message?.type).toBe('interactive');
    if (message?.type !== 'interactive' || !isRecord(sample)) throw new Error('expected an interactive message');
    expect(Object.keys(message.interactive).sort()).toEqual(Object.keys(sample).sort());
    expect(message.interactive).toEqual({
      type: 'button',
      body: { text: 'Which language would you like to continue in?' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'choice-1', title: 'Français' } },
          { type: 'reply', reply: { id: 'choice-2', title: 'Nederlands' } },
          { type: 'reply', reply: { id: 'choice-3', title: 'English' } },
        ],
      },
    });
  });

  it('labels the list button in the reader’s language when seven choices are offered', () => {
    const languages = question('…', ['Français', 'Nederlands', 'English', 'العربية', 'Türkçe', 'Español', 'Русский']);
    const labels = ['fr', 'nl', 'en', 'ar', 'de'].map((language) => {
      const [message] = toGraphMessages({ rendered: languages, language });
      return message?.type === 'interactive' && message.interactive.type === 'list'
        ? message.interactive.action.button
        : null;
    });
    expect(labels).toEqual(['Choisir', 'Kiezen', 'Choose', 'اختر', 'Choose']);
  });

  it('uses a list that shows descriptions when short choices carry one', () => {
    const rendered: RenderedMessage = {
      text: 'Quelle séance d’information vous convient ?',
      choices: [
        { id: 'session-1', title: 'Mardi 14 mai, 10:00', description: 'Bruxelles, rue de la Loi 42' },
        { id: 'session-2', title: 'Jeudi 16 mai, 18:30', description: 'En ligne (Teams)' },
      ],
    };
    const [message] = toGraphMessages({ rendered, language: 'fr' });
    expect(message?.type === 'interactive' && message.interactive.type).toBe('list');
  });

  it('shortens a long description on a grapheme boundary with an ellipsis', () => {
    const description = 'Centre-ville, au premier étage, accès par l’ascenseur à gauche de l’accueil 👩‍👩‍👧‍👦 bienvenue';
    const rendered: RenderedMessage = { text: 'Où ?', choices: [{ id: 'a', title: 'Bruxelles', description }] };
    const [message] = toGraphMessages({ rendered, language: 'fr' });
    const row =
      message?.type === 'interactive' && message.interactive.type === 'list'
        ? message.interactive.action.sections[0]?.rows[0]
        : undefined;
    expect(row?.description?.endsWith('…')).toBe(true);
    expect(row?.description?.length).toBeLessThanOrEqual(72);
    expect(description.startsWith(row?.description?.slice(0, -1).trimEnd() ?? '')).toBe(true);
    expect(row?.description).not.toMatch(/[\uD800-\uDBFF]…$|\u200D…$/);
  });

  it('falls back to numbered text when more than ten choices are offered', () => {
    const titles = Array.from({ length: 11 }, (_, index) => `Ville ${index + 1}`);
    const messages = toGraphMessages({ rendered: question('Dans quelle ville ?', titles), language: 'fr' });
    expect(layoutOf(messages)).toBe('text');
    expect(shownTitles(messages)).toEqual(titles);
  });

  it('splits a long text on paragraph breaks into parts of at most 4096 characters, in order', () => {
    const paragraphs = Array.from({ length: 12 }, (_, index) =>
      `${index + 1}. ${'Lorem ipsum dolor sit amet. '.repeat(40)}`.trim(),
    );
    const messages = toGraphMessages({ rendered: { text: paragraphs.join('\n\n'), choices: [] }, language: 'fr' });
    expect(messages.length).toBeGreaterThan(1);
    expectWithinWhatsAppLimits(messages);
    const bodies = messages.map((message) => (message.type === 'text' ? message.text.body : ''));
    expect(bodies.join('\n\n')).toBe(paragraphs.join('\n\n'));
  });

  it('keeps the buttons on the last part when a long question has short choices', () => {
    const text = `${'Voici comment se passe un duo. '.repeat(60)}\n\nÊtes-vous intéressé·e ?`;
    const messages = toGraphMessages({ rendered: question(text, ['Oui', 'Non']), language: 'fr' });
    expectWithinWhatsAppLimits(messages);
    expect(messages.map((message) => message.type)).toEqual(['text', 'interactive']);
    expect(layoutOf(messages)).toBe('buttons');
  });
});

describe('toTemplateMessage', () => {
  const template = {
    name: 'duo_reengagement',
    languages: [
      { language: 'fr', code: 'fr' },
      { language: 'nl', code: 'nl' },
      { language: 'en', code: 'en_US' },
    ],
  };

  it('puts the flattened message in the single body parameter with the reader’s template language', () => {
    const message = toTemplateMessage({
      template,
      rendered: question('Bonjour !\nVotre séance approche.', ['Je viens', 'Je ne peux pas']),
      language: 'en',
    });
    expect(message.template).toEqual({
      name: 'duo_reengagement',
      language: { policy: 'deterministic', code: 'en_US' },
      components: [
        {
          type: 'body',
          parameters: [{ type: 'text', text: 'Bonjour ! · Votre séance approche. · 1. Je viens · 2. Je ne peux pas' }],
        },
      ],
    });
  });

  it('falls back to the first configured language when the reader’s has no translation', () => {
    const message = toTemplateMessage({ template, rendered: question('مرحبا', []), language: 'ar' });
    expect(message.template.language.code).toBe('fr');
  });

  it('keeps the parameter to one line of at most 900 characters when the text is long', () => {
    const parameter = toTemplateParameter(`${'Une longue phrase.\t'.repeat(100)}\n\n\nFin`);
    expect(parameter.length).toBeLessThanOrEqual(900);
    expect(parameter).not.toMatch(/[\n\t]| {5}/);
    expect(parameter.endsWith('…')).toBe(true);
  });
});

import type { RenderedChoice, RenderedMessage } from '../../../flows/message.js';
import type { ReengagementTemplate } from './config.js';
import {
  GRAPH_LIMITS,
  type GraphInteractiveMessage,
  type GraphMessage,
  type GraphTemplateMessage,
  type GraphTextMessage,
} from './graph-message.js';
import { fitsWithin, splitText, truncateText } from './text-limits.js';

/** The label of the button that opens a list, in the reader's language. */
const LIST_BUTTON_LABELS = new Map([
  ['fr', 'Choisir'],
  ['nl', 'Kiezen'],
  ['en', 'Choose'],
  ['ar', 'اختر'],
]);
const DEFAULT_LIST_BUTTON_LABEL = 'Choose';

/** Room for the template's fixed words around its single parameter, well under Meta's body limit. */
export const TEMPLATE_PARAMETER_MAX_LENGTH = 900;

export interface ToGraphMessagesOptions {
  rendered: RenderedMessage;
  /** The reader's language, for the list button's label. */
  language: string;
}

type ChoiceLayout = 'buttons' | 'list' | 'numbered';

/**
 * What WhatsApp shows for one rendered message, in sending order: reply buttons for up to three
 * short choices, a list for up to ten, numbered text otherwise; a choice's title is never cut.
 * Long text is split at paragraph or line breaks, the choices coming with the last part.
 */
export function toGraphMessages(options: ToGraphMessagesOptions): GraphMessage[] {
  const { rendered, language } = options;
  const { choices } = rendered;
  if (choices.length === 0) return toTextMessages(rendered.text);
  const layout = chooseLayout(choices);
  if (layout === 'numbered') return toTextMessages(toNumberedText(rendered));

  const bodyLimit = layout === 'buttons' ? GRAPH_LIMITS.buttonBody : GRAPH_LIMITS.listBody;
  const { leading, body } = splitForBody({ text: rendered.text, bodyLimit, fallback: listButtonLabel(language) });
  const interactive: GraphInteractiveMessage =
    layout === 'buttons'
      ? {
          type: 'interactive',
          interactive: {
            type: 'button',
            body: { text: body },
            action: {
              buttons: choices.map((choice) => ({ type: 'reply', reply: { id: choice.id, title: choice.title } })),
            },
          },
        }
      : {
          type: 'interactive',
          interactive: {
            type: 'list',
            body: { text: body },
            action: {
              button: listButtonLabel(language),
              sections: [{ rows: choices.map(toListRow) }],
            },
          },
        };
  return [...leading.map(toTextMessage), interactive];
}

function chooseLayout(choices: readonly RenderedChoice[]): ChoiceLayout {
  const ids = new Set(choices.map((choice) => choice.id));
  const titles = new Set(choices.map((choice) => choice.title));
  const distinct = ids.size === choices.length && titles.size === choices.length;
  const nonEmpty = choices.every((choice) => choice.id !== '' && choice.title.trim() !== '');
  if (!distinct || !nonEmpty) return 'numbered';
  // Buttons cannot show a description; a list can, so choices that have one go to a list.
  const fitButtons =
    choices.length <= GRAPH_LIMITS.buttonCount &&
    choices.every(
      (choice) =>
        choice.description === undefined &&
        fitsWithin(choice.title, GRAPH_LIMITS.buttonTitle) &&
        fitsWithin(choice.id, GRAPH_LIMITS.buttonId),
    );
  if (fitButtons) return 'buttons';
  const fitList =
    choices.length <= GRAPH_LIMITS.listRowCount &&
    choices.every(
      (choice) => fitsWithin(choice.title, GRAPH_LIMITS.listRowTitle) && fitsWithin(choice.id, GRAPH_LIMITS.listRowId),
    );
  return fitList ? 'list' : 'numbered';
}

function toListRow(choice: RenderedChoice): { id: string; title: string; description?: string } {
  if (choice.description === undefined || choice.description.trim() === '')
    return { id: choice.id, title: choice.title };
  // The title carries the meaning and is never cut; a description is a hint and may be.
  return {
    id: choice.id,
    title: choice.title,
    description: truncateText(choice.description, GRAPH_LIMITS.listRowDescription),
  };
}

function listButtonLabel(language: string): string {
  const label = LIST_BUTTON_LABELS.get(language) ?? LIST_BUTTON_LABELS.get(language.split('-')[0] ?? '');
  return label ?? DEFAULT_LIST_BUTTON_LABEL;
}

/** The part of the text that goes into the interactive body (within its limit), and what must go before it. */
function splitForBody(options: { text: string; bodyLimit: number; fallback: string }): {
  leading: string[];
  body: string;
} {
  const parts = splitText(options.text, GRAPH_LIMITS.textBody);
  const last = parts.pop() ?? '';
  const lastParts = splitText(last, options.bodyLimit);
  const body = lastParts.pop();
  // An interactive message needs a body; a question without words still gets one.
  return { leading: [...parts, ...lastParts], body: body ?? options.fallback };
}

export function toNumberedText(rendered: RenderedMessage): string {
  const lines = rendered.choices.map((choice, index) => {
    const description = choice.description?.trim();
    return `${index + 1}. ${choice.title}${description ? ` — ${description}` : ''}`;
  });
  return [rendered.text.trim(), lines.join('\n')].filter((block) => block !== '').join('\n\n');
}

function toTextMessages(text: string): GraphTextMessage[] {
  return splitText(text, GRAPH_LIMITS.textBody).map(toTextMessage);
}

function toTextMessage(body: string): GraphTextMessage {
  return { type: 'text', text: { body, preview_url: false } };
}

export interface ToTemplateMessageOptions {
  template: ReengagementTemplate;
  rendered: RenderedMessage;
  language: string;
}

/**
 * The approved re-engagement template, the only thing WhatsApp delivers after 24 hours of
 * silence; the rendered message (choices numbered, so a typed number still answers) goes into its
 * single body parameter, on one line as Meta requires of parameters.
 */
export function toTemplateMessage(options: ToTemplateMessageOptions): GraphTemplateMessage {
  const { template, rendered, language } = options;
  const code =
    template.languages.find((entry) => entry.language === language)?.code ??
    template.languages.find((entry) => entry.language === language.split('-')[0])?.code ??
    template.languages[0]?.code ??
    language;
  return {
    type: 'template',
    template: {
      name: template.name,
      language: { policy: 'deterministic', code },
      components: [
        {
          type: 'body',
          parameters: [{ type: 'text', text: toTemplateParameter(toNumberedText(rendered)) }],
        },
      ],
    },
  };
}

/** Meta refuses parameters with line breaks, tabs or more than four spaces in a row. */
export function toTemplateParameter(text: string): string {
  const oneLine = text
    .split(/\s*\n+\s*/)
    .filter((line) => line !== '')
    .join(' · ')
    .replace(/\s+/g, ' ')
    .trim();
  return truncateText(oneLine === '' ? '…' : oneLine, TEMPLATE_PARAMETER_MAX_LENGTH);
}

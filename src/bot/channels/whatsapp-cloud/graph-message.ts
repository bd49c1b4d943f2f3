/*
 * The message objects duo-bot posts to `/<phone number id>/messages`, without the envelope
 * (`messaging_product`, `recipient_type`, `to`, `biz_opaque_callback_data`) that the sender adds.
 */

export interface GraphTextMessage {
  type: 'text';
  text: { body: string; preview_url: boolean };
}

export interface GraphReplyButton {
  type: 'reply';
  reply: { id: string; title: string };
}

export interface GraphListRow {
  id: string;
  title: string;
  description?: string;
}

export interface GraphInteractiveMessage {
  type: 'interactive';
  interactive:
    | { type: 'button'; body: { text: string }; action: { buttons: GraphReplyButton[] } }
    | { type: 'list'; body: { text: string }; action: { button: string; sections: { rows: GraphListRow[] }[] } };
}

export interface GraphTemplateMessage {
  type: 'template';
  template: {
    name: string;
    language: { policy: 'deterministic'; code: string };
    components: { type: 'body'; parameters: { type: 'text'; text: string }[] }[];
  };
}

export type GraphMessage = GraphTextMessage | GraphInteractiveMessage | GraphTemplateMessage;

/** Meta's documented limits, in characters. */
export const GRAPH_LIMITS = {
  textBody: 4096,
  buttonBody: 1024,
  buttonCount: 3,
  buttonTitle: 20,
  buttonId: 256,
  listBody: 4096,
  listButton: 20,
  listRowCount: 10,
  listRowTitle: 24,
  listRowDescription: 72,
  listRowId: 200,
} as const;

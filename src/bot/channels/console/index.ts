import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Channel, InboundSink } from '../../channel.js';
import { toConsoleText } from './convert.js';

export interface ConsoleChannelOptions {
  sink: InboundSink;
  /** Called when a message could not be handled; the message stays in the inbox and is retried at the next start. */
  onError: (error: unknown) => void;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Who is typing: one person per name, kept across runs in the data folder. */
  user: string;
  /** Prompts and spacing for a person at a keyboard; plain lines for a script. */
  interactive: boolean;
}

export interface ConsoleChannel {
  readonly channel: Channel;
  /** Reads lines until the end of input; each line is one message, answered before the next is read. */
  run(): Promise<void>;
}

export const CONSOLE_CHANNEL = 'console';

export function createConsoleChannel(options: ConsoleChannelOptions): ConsoleChannel {
  const { sink, input, output, interactive } = options;
  const write = (text: string): void => {
    output.write(text);
  };
  const channel: Channel = {
    name: CONSOLE_CHANNEL,
    send({ message }) {
      const text = toConsoleText(message.rendered);
      write(interactive ? `\nduo-bot › ${text.replace(/\n/g, '\n          ')}\n` : `${text}\n`);
      return Promise.resolve({ ok: true, providerMessageId: `console-out-${randomUUID()}` });
    },
  };
  return {
    channel,
    async run() {
      const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
      if (interactive) write('\nyou › ');
      for await (const line of lines) {
        try {
          await sink.handle({
            channel: CONSOLE_CHANNEL,
            address: options.user,
            providerMessageId: `console-${randomUUID()}`,
            sentAt: new Date(),
            content: { type: 'text', text: line },
          });
        } catch (error) {
          options.onError(error);
        }
        if (interactive) write('\nyou › ');
      }
      if (interactive) write('\n');
    },
  };
}

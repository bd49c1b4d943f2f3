import type { Channel, SendRequest, SendResult } from '../../src/bot/channel.js';

export interface RecordingChannel extends Channel {
  readonly sent: SendRequest[];
  /** Texts sent to one address, each with its numbered choices, as a person would read them. */
  textsTo(address: string): string[];
  /** Makes the next sends fail with these results, one per send. */
  failNext(...results: SendResult[]): void;
}

export function createRecordingChannel(name = 'test'): RecordingChannel {
  const sent: SendRequest[] = [];
  const failures: SendResult[] = [];
  let counter = 0;
  return {
    name,
    sent,
    send(request) {
      const failure = failures.shift();
      if (failure) return Promise.resolve(failure);
      sent.push(request);
      counter += 1;
      return Promise.resolve({ ok: true, providerMessageId: `${name}-out-${counter}` });
    },
    textsTo(address) {
      return sent
        .filter((request) => request.address === address)
        .map(({ message }) =>
          [message.rendered.text, ...message.rendered.choices.map((c, i) => `${i + 1}. ${c.title}`)].join('\n'),
        );
    },
    failNext(...results) {
      failures.push(...results);
    },
  };
}

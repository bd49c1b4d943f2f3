import type { SendRequest } from '../../src/bot/channel.js';
import { createHarness, type Harness } from '../support/harness.js';
import type { DuoBotOptions } from '../../src/app.js';
import type { ManualClock } from '../../src/bot/clock.js';

export const MENTEE = '+32470100001';
export const MENTOR = '+32470100002';

export interface DuoHarness extends Harness {
  duoId: string;
  /** Every message sent to the address, with the locale key it came from and when it went out. */
  sentTo(address: string): { key: string; lead: string | null; text: string; at: Date; choices: string[] }[];
  /** Moves the clock job by job up to `until`, running each due job (and answering with `reply`). */
  runUntil(until: Date, reply?: (address: string, sent: SendRequest) => string | null): Promise<void>;
  answer(address: string, text: string): Promise<string[]>;
  tap(address: string, choiceId: string): Promise<void>;
}

let tapCounter = 0;

/** A duo-bot with one duo: a mentee writing French and a mentor writing Dutch, in Brussels. */
export async function createDuoHarness(
  options: {
    startDate?: string;
    city?: string;
    menteeLanguage?: string;
    mentorLanguage?: string;
    dataDir?: string;
    clock?: ManualClock;
  } & Partial<Pick<DuoBotOptions, 'instanceId'>> = {},
): Promise<DuoHarness> {
  const harness = await createHarness({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const sentAt = new Map<SendRequest, Date>();
  const originalSend = harness.channel.send.bind(harness.channel);
  harness.channel.send = (request) => {
    sentAt.set(request, harness.clock.now());
    return originalSend(request);
  };
  const created = await harness.bot.duos.createDuo({
    mentee: { channel: 'test', address: MENTEE, language: options.menteeLanguage ?? 'fr' },
    mentor: { channel: 'test', address: MENTOR, language: options.mentorLanguage ?? 'nl' },
    city: options.city ?? 'brussels',
    referentId: 'staff-anna',
    startDate: options.startDate ?? '2031-03-03',
  });
  if (!created.ok) throw new Error(created.reason);
  const sentTo = (address: string) =>
    harness.channel.sent
      .filter((request) => request.address === address)
      .map((request) => ({
        key: request.message.message.key,
        lead: typeof request.message.message.params?.lead === 'string' ? request.message.message.params.lead : null,
        text: request.message.rendered.text,
        at: sentAt.get(request) ?? harness.clock.now(),
        choices: request.message.rendered.choices.map((choice) => choice.id),
      }));
  const tap = async (address: string, choiceId: string): Promise<void> => {
    tapCounter += 1;
    await harness.bot.engine.handle({
      channel: 'test',
      address,
      providerMessageId: `tap-${tapCounter}`,
      sentAt: harness.clock.now(),
      content: { type: 'choice', id: choiceId, title: choiceId },
    });
  };
  return {
    ...harness,
    duoId: created.duo._id,
    sentTo,
    answer: (address, text) => harness.say(address, text),
    tap,
    async runUntil(until, reply) {
      for (;;) {
        const due = await harness.bot.store.jobs.nextDueAt();
        if (!due || due > until) break;
        if (due > harness.clock.now()) harness.clock.set(due);
        let seen = harness.channel.sent.length;
        await harness.bot.scheduler.runDue();
        if (!reply) continue;
        // Answers each new message as it comes, the questions that follow an answer included.
        while (seen < harness.channel.sent.length) {
          const request = harness.channel.sent[seen];
          seen += 1;
          const answer = request ? reply(request.address, request) : null;
          if (request && answer !== null) await tap(request.address, answer);
        }
      }
      if (harness.clock.now() < until) harness.clock.set(until);
    },
  };
}

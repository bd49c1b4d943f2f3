/**
 * `npm run bench:peer`: the peer figure for `npm run bench -- --store memory`.
 * The same 16-message intake script, at the same concurrency, through botbuilder-dialogs (a
 * waterfall of text prompts, 20 replies) with botbuilder's MemoryStorage, which keeps nothing
 * on disk. Its messages per second are what `--peer` takes.
 *
 *   npm run bench:peer -- --conversations 2000 --concurrency 200 --warmup 200 [--rate 2000]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  ActivityTypes,
  BotAdapter,
  ConversationState,
  MemoryStorage,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type WaterfallStep } from 'botbuilder-dialogs';
import { INTAKE_SCRIPT, drive, round, sampleRss, summarise } from '../intake-script.js';

const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '200' },
    rate: { type: 'string' },
    warmup: { type: 'string', default: '200' },
  },
});
const conversations = Number(values.conversations);
const concurrency = Number(values.concurrency);
const rate = values.rate === undefined ? undefined : Number(values.rate);
const warmup = Number(values.warmup);

let replies = 0;
/** Accepts every reply at once, as the duo-bot benchmark's channel does. */
class BenchAdapter extends BotAdapter {
  sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    replies += activities.length;
    return Promise.resolve(activities.map(() => ({ id: `reply-${replies}` })));
  }
  updateActivity(): Promise<void> {
    return Promise.resolve();
  }
  deleteActivity(): Promise<void> {
    return Promise.resolve();
  }
  continueConversation(_reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) {
    return logic(new TurnContext(this, {}));
  }
  process(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    return this.runMiddleware(new TurnContext(this, activity), logic);
  }
}

const conversationState = new ConversationState(new MemoryStorage());
const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
dialogs.add(new TextPrompt('text'));
const steps: WaterfallStep[] = INTAKE_SCRIPT.map((_, index) => async (step) => {
  if (index === INTAKE_SCRIPT.length - 1) {
    // The last answer books the session: a confirmation in several messages, as the intake sends.
    for (const line of ['Réservé.', 'Lieu et heure.', 'Rappel la veille.', 'Merci.'])
      await step.context.sendActivity(line);
    return step.endDialog();
  }
  return step.prompt('text', `Question ${index + 1}`);
});
dialogs.add(new WaterfallDialog('intake', steps));

const adapter = new BenchAdapter();
const send = (conversation: number, step: number, text: string) =>
  adapter.process(
    {
      type: ActivityTypes.Message,
      id: `in-${conversation}-${step}`,
      text,
      channelId: 'bench',
      from: { id: `user-${conversation}`, name: 'user' },
      recipient: { id: 'bot', name: 'bot' },
      conversation: { id: `conversation-${conversation}`, isGroup: false, conversationType: 'personal', name: '' },
      serviceUrl: 'http://localhost',
    },
    async (context) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('intake');
      await conversationState.saveChanges(context);
    },
  );
if (warmup > 0) await drive({ conversations: warmup, concurrency, firstConversation: conversations, send });
const repliesBeforeRun = replies;
const rss = sampleRss();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const latencies = await drive({ conversations, concurrency, rate, send });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const peakRss = rss.stop();
latencies.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify(
    {
      peer: 'botbuilder-dialogs + MemoryStorage',
      conversations,
      concurrency,
      loop: rate === undefined ? 'closed loop' : `open loop at ${rate}/s`,
      warmupIntakes: warmup,
      inboundMessages: latencies.length,
      outboundMessages: replies - repliesBeforeRun,
      inboundPerSecond: Math.round(latencies.length / seconds),
      cpuMsPerInbound: round((cpu.user + cpu.system) / 1000 / latencies.length),
      latencyMs: summarise(latencies),
      ...(rate === undefined ? { littlesLawMeanMs: round((concurrency / (latencies.length / seconds)) * 1000) } : {}),
      peakRssMiB: Math.round(peakRss / 1024 / 1024),
      loadAverage: loadavg().map(round),
    },
    null,
    2,
  )}\n`,
);

import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import express from 'express';
import { z } from 'zod';
import type { Channel, InboundSink, SendResult } from '../../channel.js';
import { systemClock, type Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import type { DocumentCollection } from '../../../store/collection.js';
import type { BotFrameworkConfig } from './config.js';
import {
  BOTFRAMEWORK_CHANNEL,
  toBotFrameworkActivity,
  toBotFrameworkAddress,
  toBotFrameworkSendFailure,
  toInboundsFromActivity,
} from './convert.js';
import { createReferenceBook, type BotFrameworkReferenceDoc } from './references.js';

export interface BotFrameworkChannelOptions {
  config: BotFrameworkConfig;
  sink: InboundSink;
  logger: Logger;
  /** The `botframework_references` collection of the storage engine. */
  references: DocumentCollection<BotFrameworkReferenceDoc>;
  clock?: Clock;
}

export interface BotFrameworkChannel {
  readonly channel: Channel;
  /** Serves `POST /api/messages`, the endpoint the Bot Connector (or the Emulator) calls. */
  readonly router: express.Router;
}

/** What every activity the channel reads must have; botbuilder itself checks only `type`. */
const activityEnvelope = z.looseObject({
  type: z.string().min(1),
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1) }),
});

function createAdapter(config: BotFrameworkConfig): CloudAdapter {
  const settings = {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    ...(config.tenantId === null ? {} : { MicrosoftAppTenantId: config.tenantId }),
  };
  // The credential factory is built from the same settings. With an empty app id and password it
  // reports authentication disabled: no token is fetched or checked, as the Emulator (and the
  // tests, on loopback) need.
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings));
}

export function createBotFrameworkChannel(options: BotFrameworkChannelOptions): BotFrameworkChannel {
  const { config, sink } = options;
  const log = options.logger.child({ channel: BOTFRAMEWORK_CHANNEL });
  const clock = options.clock ?? systemClock;
  const adapter = createAdapter(config);
  const references = createReferenceBook(options.references, () => clock.now());

  const onTurn = async (context: TurnContext): Promise<void> => {
    const { activity } = context;
    if (activity.type === 'message' || activity.type === 'conversationUpdate') {
      await references.remember(toBotFrameworkAddress(activity), TurnContext.getConversationReference(activity));
    }
    const result = toInboundsFromActivity(activity, clock.now());
    if (!result.ok) {
      log.debug({ activityType: activity.type, reason: result.reason }, 'botframework: activity ignored');
      return;
    }
    try {
      for (const inbound of result.inbounds) await sink.handle(inbound);
    } catch (error) {
      log.error(
        { error: error instanceof Error ? error.message : String(error) },
        'botframework: an activity could not be handled',
      );
      // Fails the request with HTTP 500 (botbuilder puts this message in the body, so it says
      // nothing internal): the connector may deliver again, and the engine drops what it has seen.
      throw new Error('the activity could not be handled');
    }
  };

  const router = express.Router();
  router.post('/api/messages', express.json({ limit: '256kb' }), async (req, res) => {
    const envelope = activityEnvelope.safeParse(req.body);
    if (!envelope.success) {
      res
        .status(400)
        .type('application/problem+json')
        .json({
          title: 'Not a Bot Framework activity',
          status: 400,
          detail: `missing or invalid: ${envelope.error.issues.map((issue) => issue.path.join('.')).join(', ')}`,
        });
      return;
    }
    await adapter.process(req, res, onTurn);
  });

  const channel: Channel = {
    name: BOTFRAMEWORK_CHANNEL,
    async send({ address, message }): Promise<SendResult> {
      const reference = await references.find(address);
      if (!reference) {
        return {
          ok: false,
          retryable: false,
          code: 'no_conversation_reference',
          detail: 'no Bot Framework conversation is known for this address',
        };
      }
      let providerMessageId: string | undefined;
      try {
        await adapter.continueConversationAsync(config.appId, reference, async (context) => {
          const response = await context.sendActivity(
            toBotFrameworkActivity(message.rendered, reference.channelId ?? ''),
          );
          providerMessageId = response?.id;
        });
      } catch (error) {
        const failure = toBotFrameworkSendFailure(error);
        log.warn({ code: failure.code, retryable: failure.retryable }, 'botframework: send failed');
        return failure;
      }
      // Some channels (the Emulator among them) answer without an id: the outbox id still names it.
      return { ok: true, providerMessageId: providerMessageId ?? `botframework-${message.id}` };
    },
  };

  return { channel, router };
}

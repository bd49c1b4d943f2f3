import type { Activity, CloudAdapter, InvokeResponse, TurnContext } from 'botbuilder';
import express from 'express';
import { createProblemHandler, sendProblem, sendUnavailable } from '../../../http/problem.js';
import type { Channel, InboundSink, SendResult } from '../../channel.js';
import { systemClock, type Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import type { DocumentCollection } from '../../../store/collection.js';
import { readActivity } from './activity.js';
import type { BotFrameworkConfig } from './config.js';
import {
  BOTFRAMEWORK_CHANNEL,
  toBotFrameworkActivity,
  toBotFrameworkAddress,
  toBotFrameworkSendFailure,
  toInboundsFromActivity,
} from './convert.js';
import { createReferenceBook, type BotFrameworkReferenceDoc } from './references.js';
import { isAllowedServiceUrl, isLoopbackAddress } from './service-url.js';

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export interface BotFrameworkChannelOptions {
  config: BotFrameworkConfig;
  sink: InboundSink;
  logger: Logger;
  /** The `botframework_references` collection of the storage engine. */
  references: DocumentCollection<BotFrameworkReferenceDoc>;
  clock?: Clock;
  /** The largest activity accepted, in bytes; larger ones are answered 413. */
  maxBodyBytes?: number;
}

export interface BotFrameworkChannel {
  readonly channel: Channel;
  /** Serves `POST /api/messages`, the endpoint the Bot Connector (or the Emulator) calls. */
  readonly router: express.Router;
}

/** botbuilder's adapter with its turn processing opened up, so that duo-bot writes every HTTP answer itself. */
interface GuardedAdapter {
  /** Authenticates the request (when there is an app id) and runs the turn; throws AuthenticationError. */
  run(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined>;
  continueConversationAsync: CloudAdapter['continueConversationAsync'];
  conversationReference(activity: Partial<Activity>): ReturnType<typeof TurnContext.getConversationReference>;
}

/**
 * botbuilder and the Azure libraries it pulls in take half a second and more to load: they are
 * imported only when Bot Framework is enabled (this channel created), not by every start.
 */
async function createAdapter(config: BotFrameworkConfig): Promise<GuardedAdapter> {
  const { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } = await import('botbuilder');
  class Guarded extends CloudAdapter implements GuardedAdapter {
    run(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
      return this.processActivity(authHeader, activity, logic);
    }
    conversationReference(activity: Partial<Activity>) {
      return TurnContext.getConversationReference(activity);
    }
  }
  const settings = {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    ...(config.tenantId === null ? {} : { MicrosoftAppTenantId: config.tenantId }),
  };
  // The credential factory is built from the same settings. With an empty app id and password it
  // reports authentication disabled: no token is fetched or checked, as the Emulator (and the
  // tests, on loopback) need.
  return new Guarded(new ConfigurationBotFrameworkAuthentication(settings));
}

/** The sink could not take an activity: the connector gets a 503 and may deliver it again. */
class SinkUnavailableError extends Error {
  override readonly name = 'SinkUnavailableError';
}

export function createBotFrameworkChannel(options: BotFrameworkChannelOptions): BotFrameworkChannel {
  const { config, sink } = options;
  const log = options.logger.child({ channel: BOTFRAMEWORK_CHANNEL });
  const clock = options.clock ?? systemClock;
  const adapterLoading = createAdapter(config);
  // Awaited by the first request or send; a failed import is reported there, not as an unhandled rejection.
  adapterLoading.catch(() => undefined);
  const references = createReferenceBook(options.references, () => clock.now());
  const anonymous = config.appId === '';
  const servicePolicy = { hosts: config.serviceHosts, requireHttps: !anonymous };

  const onTurn = async (context: TurnContext): Promise<void> => {
    const { activity } = context;
    try {
      await handleActivity(activity);
    } catch (error) {
      throw new SinkUnavailableError('the activity could not be handled', { cause: error });
    }
  };

  /** Remembers where to reply and hands the activity on; what throws here is the store or the engine. */
  const handleActivity = async (activity: Activity): Promise<void> => {
    const address = toBotFrameworkAddress(activity);
    // A conversation already known has been greeted (or has spoken first): no second welcome.
    const known = activity.type === 'conversationUpdate' && (await references.find(address)) !== null;
    if (activity.type === 'message' || activity.type === 'conversationUpdate') {
      const adapter = await adapterLoading;
      await references.remember(address, adapter.conversationReference(activity));
    }
    const result = known
      ? { ok: false as const, reason: 'already-welcomed' }
      : toInboundsFromActivity(activity, clock.now());
    if (!result.ok) {
      log.debug({ activityType: activity.type, reason: result.reason }, 'botframework: activity ignored');
      return;
    }
    for (const inbound of result.inbounds) await sink.handle(inbound);
  };

  const router = express.Router();
  router.post(
    '/api/messages',
    (req, res, next) => {
      if (anonymous && !isLoopbackAddress(req.socket.remoteAddress)) {
        // Without an app id nothing is authenticated: only this machine (the Emulator) may talk to the bot.
        log.warn('botframework: request from another machine refused (no app id: loopback only)');
        sendProblem(res, { status: 403, detail: 'this bot has no app id and accepts requests from this machine only' });
        return;
      }
      if (!req.is('application/json')) {
        sendProblem(res, { status: 415, detail: 'expected Content-Type: application/json' });
        return;
      }
      next();
    },
    express.json({ limit: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, inflate: false }),
    async (req, res) => {
      const checked = readActivity(req.body);
      if (!checked.ok) {
        sendProblem(res, {
          status: 400,
          detail: `missing or invalid: ${checked.fields.join(', ')}`,
        });
        return;
      }
      const { activity } = checked;
      if (!isAllowedServiceUrl(activity.serviceUrl, servicePolicy)) {
        log.warn({ activityType: activity.type }, 'botframework: serviceUrl outside the allowed hosts refused');
        sendProblem(res, { status: 403, detail: 'the serviceUrl is not a Bot Framework host this bot answers' });
        return;
      }
      if (activity.type === 'invoke') {
        // botbuilder would answer 501 for an invoke nobody handles; duo-bot uses no cards or sign-in that invoke.
        sendProblem(res, { status: 400, detail: 'this bot does not handle invoke activities' });
        return;
      }
      try {
        const adapter = await adapterLoading;
        const invokeResponse = await adapter.run(req.get('authorization') ?? '', activity, onTurn);
        res.status(invokeResponse?.status ?? 200);
        if (invokeResponse?.body === undefined) res.end();
        else res.json(invokeResponse.body);
      } catch (error) {
        if (isAuthenticationFailure(error)) {
          log.warn('botframework: request not authenticated');
          sendProblem(res, { status: 401, detail: 'missing or invalid Bot Framework token' });
        } else if (error instanceof SinkUnavailableError) {
          sendUnavailable({ res, logger: log, error, what: 'botframework: an activity could not be handled' });
        } else {
          throw error;
        }
      }
    },
  );
  router.use('/api/messages', createProblemHandler(log));

  const channel: Channel = {
    name: BOTFRAMEWORK_CHANNEL,
    async send({ address, message }): Promise<SendResult> {
      const reference = await references.find(address);
      if (reference?.serviceUrl !== undefined && !isAllowedServiceUrl(reference.serviceUrl, servicePolicy)) {
        return {
          ok: false,
          retryable: false,
          code: 'service_url_not_allowed',
          detail: 'the conversation names a connector outside BOTFRAMEWORK_SERVICE_HOSTS',
        };
      }
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
        const adapter = await adapterLoading;
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

/** botbuilder's AuthenticationError (in a package duo-bot does not import) carries a 4xx statusCode. */
function isAuthenticationFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return false;
  return typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500;
}

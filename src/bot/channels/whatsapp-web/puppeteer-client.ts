import type { MongoClient } from 'mongodb';
import type { WhatsAppWebClientFactory } from './client.js';
import type { WhatsAppWebConfig } from './config.js';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

export interface PuppeteerClientFactory {
  create: WhatsAppWebClientFactory;
  /** Closes what outlives one client: the MongoDB connection of remote auth. */
  close(): Promise<void>;
}

/**
 * Real whatsapp-web.js clients driving Chromium. The library (and puppeteer with it) is imported
 * on first use, so a process without this channel, and every test, never loads it.
 */
export function createPuppeteerClientFactory(config: WhatsAppWebConfig): PuppeteerClientFactory {
  let mongo: MongoClient | null = null;
  return {
    async create() {
      // whatsapp-web.js is CommonJS: its module.exports arrives as the default export under ESM.
      const { default: wwebjs } = await import('whatsapp-web.js');
      const { auth } = config;
      let authStrategy;
      if (auth.kind === 'remote') {
        const [{ MongoClient }, { createGridFsSessionStore }] = await Promise.all([
          import('mongodb'),
          import('./gridfs-session-store.js'),
        ]);
        mongo ??= new MongoClient(auth.mongodbUri);
        const db = auth.database === null ? mongo.db() : mongo.db(auth.database);
        authStrategy = new wwebjs.RemoteAuth({
          store: createGridFsSessionStore({ db, dataPath: auth.dataPath }),
          dataPath: auth.dataPath,
          backupSyncIntervalMs: auth.backupSyncIntervalMs,
        });
      } else {
        authStrategy = new wwebjs.LocalAuth({ dataPath: auth.dataPath });
      }
      return new wwebjs.Client({
        authStrategy,
        puppeteer: { executablePath: config.chromiumPath, headless: true, args: CHROMIUM_ARGS },
      });
    },
    async close() {
      await mongo?.close();
      mongo = null;
    },
  };
}

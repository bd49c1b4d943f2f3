import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { GridFSBucket, type Db, type ObjectId } from 'mongodb';

/** whatsapp-web.js's RemoteAuth store contract (its `Store` interface). */
export interface WhatsAppWebSessionStore {
  sessionExists(options: { session: string }): Promise<boolean>;
  /** Uploads `<dataPath>/<session>.zip`, which RemoteAuth has just written. */
  save(options: { session: string }): Promise<void>;
  /** Writes the newest saved zip to `path`. */
  extract(options: { session: string; path: string }): Promise<void>;
  delete(options: { session: string }): Promise<void>;
}

export interface GridFsSessionStoreOptions {
  db: Db;
  /** RemoteAuth's dataPath: it writes the zip there and passes only the session name to `save`. */
  dataPath: string;
  bucketName?: string;
}

export const DEFAULT_SESSION_BUCKET = 'whatsapp_web_sessions';

export function createGridFsSessionStore(options: GridFsSessionStoreOptions): WhatsAppWebSessionStore {
  const bucket = new GridFSBucket(options.db, { bucketName: options.bucketName ?? DEFAULT_SESSION_BUCKET });
  const fileName = (session: string) => `${session}.zip`;
  const savedIds = async (session: string): Promise<ObjectId[]> =>
    (await bucket.find({ filename: fileName(session) }).toArray()).map((file) => file._id);
  const deleteAll = async (ids: ObjectId[]) => {
    for (const id of ids) {
      // Another instance may have removed it already; what matters is that it is gone.
      await bucket.delete(id).catch(() => undefined);
    }
  };

  return {
    async sessionExists({ session }) {
      return (
        (
          await bucket
            .find({ filename: fileName(session) })
            .limit(1)
            .toArray()
        ).length > 0
      );
    },
    async save({ session }) {
      const previous = await savedIds(session);
      await pipeline(
        createReadStream(join(options.dataPath, fileName(session))),
        bucket.openUploadStream(fileName(session)),
      );
      // Older copies go only once the new one is complete: a crash mid-upload keeps a usable session.
      await deleteAll(previous);
    },
    async extract({ session, path }) {
      // Without a revision, GridFS streams the most recent upload of that name.
      await pipeline(bucket.openDownloadStreamByName(fileName(session)), createWriteStream(path));
    },
    async delete({ session }) {
      await deleteAll(await savedIds(session));
    },
  };
}

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { rememberRecent } from '../../remember-recent.js';

/**
 * A flow snapshot as stored: its JSON text deflated against a preset dictionary of the field
 * names and values every snapshot repeats (XState's envelope, the intake's and the check-in's
 * context), behind a prefix that names the dictionary. A snapshot of about 900 characters is
 * kept in about 250. The dictionary must never change once documents were written with it: a
 * new one takes a new prefix, and the old one stays to read what it wrote.
 */
const PREFIX = 'z1:';

// Deflate looks back at most 32 KB, and finds the end of the dictionary soonest: the commonest text is last.
const DICTIONARY = Buffer.from(
  [
    '{"opening":{"duoId":"","week":,"kind":"weekly","survey":null},"answers":{"met":null,"notMetReason":null,',
    '"notMetDetail":null,"rating":null,"note":null,"survey":{},"situation":null,"contractAtLeast3Months":null},',
    '"answeredAt":null}',
    '"ineligible":{"reason":"area","params":{},"referrals":[{"id":"","name":"","url":""}]}',
    '"lead":["t","role.chosen.mentor",0],"lead":["t","steps.thanksName",{"name":""}]',
    '{"id":"","city":"","audience":"mentor","language":"nl","startsAt":"20',
    'T17:00:00.000Z","timeZone":"Europe/Paris","place":"DUO for a JOB, ","online":true,"seatsLeft":}',
    '"answers":{"city":"","cityConfirmed":true,"age":,"origin":"self","lookingForWork":true,"allowedToWork":"yes",',
    '"weeklyAvailability":true,"firstName":"","project":"","education":"","spokenLanguages":["fr","ar"],',
    '"heardFrom":"friend"},',
    '{"status":"active","value":{"active":"booked"},"historyValue":{},"context":{"languages":["fr","nl","en","ar"],',
    '"language":"fr","consented":true,"role":"mentee",',
    '"step":null,"misses":0,"offeringHuman":false,"quiet":false,"typedPlace":null,"lastStep":null,"lead":null,',
    '"sessions":[],"chosenSessionId":null,"booking":{"id":"","city":"","audience":"mentee","language":"fr",',
    '"startsAt":"20T18:00:00.000Z","timeZone":"Europe/Brussels","place":"DUO for a JOB, Rue ",',
    '"online":false,"seatsLeft":},"offer":null,"ineligible":null},"children":{}}',
  ].join(''),
);

/**
 * The texts of the snapshots packed or unpacked last, by their stored form: a conversation's next
 * turn reads back the snapshot its previous turn wrote, and finds its text here instead of
 * inflating it again (about 0.04 ms a read). Packing is lossless, so an entry is always what
 * inflating would give. Bounded: the conversations in flight, about 1 KB each.
 */
const REMEMBERED_TEXTS = 256;
const textsByStored = new Map<string, string>();

function remember(stored: string, text: string): void {
  rememberRecent(textsByStored, stored, text, REMEMBERED_TEXTS);
}

/** The snapshot's JSON text as it is stored. */
export function packSnapshot(text: string): string {
  const stored = `${PREFIX}${deflateRawSync(text, { dictionary: DICTIONARY, level: 9 }).toString('base64url')}`;
  remember(stored, text);
  return stored;
}

/**
 * The JSON text `packSnapshot` stored; text written before snapshots were packed is returned as
 * it is. Stored text that cannot be inflated is returned as it is too: the flow runner then
 * cannot read it and restarts the person at a safe step, as for any unreadable snapshot.
 */
export function unpackSnapshot(stored: string): string {
  if (!stored.startsWith(PREFIX)) return stored;
  const known = textsByStored.get(stored);
  if (known !== undefined) return known;
  try {
    const text = inflateRawSync(Buffer.from(stored.slice(PREFIX.length), 'base64url'), {
      dictionary: DICTIONARY,
    }).toString('utf8');
    remember(stored, text);
    return text;
  } catch {
    return stored;
  }
}

import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;
const COST = { N: 16_384, r: 8, p: 1 };

function derive(secret: string, salt: Buffer, cost: typeof COST): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_LENGTH, { ...cost, maxmem: 64 * 1024 * 1024 }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** `scrypt$N$r$p$salt$hash` (base64url): the cost travels with the hash, so it can be raised later. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(secret, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** An access key names its staff member, so a check costs one scrypt, not one per account. */
export function newAccessKey(staffId: string): string {
  return `duo.${staffId}.${randomBytes(24).toString('base64url')}`;
}

export function staffIdOfKey(key: string): string | null {
  const match = /^duo\.([0-9a-f-]{36})\.[A-Za-z0-9_-]{32}$/.exec(key);
  return match?.[1] ?? null;
}

/** For random tokens (login cookies), whose entropy makes a slow hash unnecessary. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

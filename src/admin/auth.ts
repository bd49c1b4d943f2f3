import type { Request } from 'express';
import type { Clock } from '../bot/clock.js';
import type { StaffDoc, StaffRepository } from '../store/repositories/staff.js';
import { newToken, sha256, staffIdOfKey, verifySecret } from './secrets.js';

export const LOGIN_COOKIE = 'duo_admin';
const LOGIN_HOURS = 8;

export interface Caller {
  staff: StaffDoc;
  /** How the caller proved who they are: an API key header, or the page's login cookie. */
  via: 'key' | 'cookie';
}

export interface Authenticator {
  /** The signed-in caller, or null (no credentials, a wrong or revoked key, an expired login). */
  identify(request: Request): Promise<Caller | null>;
  /** Checks an access key and opens a login; the cookie token is returned once. */
  login(key: string): Promise<{ staff: StaffDoc; token: string; maxAgeSeconds: number } | null>;
  logout(request: Request): Promise<void>;
}

export function createAuthenticator(options: { staff: StaffRepository; clock: Clock }): Authenticator {
  const { staff, clock } = options;
  // A key that passed scrypt once is remembered by its SHA-256, so each API call does not pay scrypt again.
  const verified = new Map<string, string>();

  async function staffForKey(key: string): Promise<StaffDoc | null> {
    const staffId = staffIdOfKey(key);
    if (!staffId) return null;
    const member = await staff.get(staffId);
    if (!member || member.disabledAt !== null) return null;
    const digest = sha256(key);
    if (verified.get(digest) === member.keyHash) return member;
    if (!(await verifySecret(key, member.keyHash))) return null;
    verified.set(digest, member.keyHash);
    return member;
  }

  function cookieToken(request: Request): string | null {
    const header = request.headers.cookie ?? '';
    for (const part of header.split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === LOGIN_COOKIE) return value.join('=') || null;
    }
    return null;
  }

  return {
    async identify(request) {
      const authorization = request.headers.authorization ?? '';
      const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      if (bearer) {
        const member = await staffForKey(bearer);
        return member ? { staff: member, via: 'key' } : null;
      }
      const token = cookieToken(request);
      if (!token) return null;
      const login = await staff.findLogin(sha256(token), clock.now());
      if (!login) return null;
      const member = await staff.get(login.staffId);
      return member && member.disabledAt === null ? { staff: member, via: 'cookie' } : null;
    },
    async login(key) {
      const member = await staffForKey(key);
      if (!member) return null;
      const token = newToken();
      const now = clock.now();
      await staff.openLogin({
        _id: sha256(token),
        staffId: member._id,
        createdAt: now,
        purgeAt: new Date(now.getTime() + LOGIN_HOURS * 3_600_000),
      });
      return { staff: member, token, maxAgeSeconds: LOGIN_HOURS * 3600 };
    },
    async logout(request) {
      const token = cookieToken(request);
      if (token) await staff.closeLogin(sha256(token));
    },
  };
}

/**
 * Where duo-bot may send Bot Framework replies. An activity's `serviceUrl` names the host that
 * replies are POSTed to, with the bot's token: a host outside this list would make duo-bot an
 * open relay (and hand its token to a stranger).
 */

/** The Bot Connector hosts of Azure's public and government clouds and of Teams. */
export const DEFAULT_SERVICE_HOSTS = [
  '*.botframework.com',
  'smba.trafficmanager.net',
  '*.botframework.azure.us',
  '*.teams.microsoft.com',
] as const;

/** With no app id there is no token to check: only a connector on this machine (the Emulator) is reachable. */
export const LOOPBACK_SERVICE_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

export interface ServiceUrlPolicy {
  /** Exact host names, or `*.domain` for any subdomain of it (not the domain itself). */
  hosts: readonly string[];
  /** Plain http only makes sense for a connector on loopback. */
  requireHttps: boolean;
}

/** True when `serviceUrl` is an absolute URL on an allowed host (and https when required). */
export function isAllowedServiceUrl(serviceUrl: string, policy: ServiceUrlPolicy): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && (policy.requireHttps || url.protocol !== 'http:')) return false;
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname.toLowerCase();
  return policy.hosts.some((pattern) => matchesHost(host, pattern.toLowerCase()));
}

function matchesHost(host: string, pattern: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const suffix = pattern.slice(1);
  return host.endsWith(suffix) && host.length > suffix.length;
}

/** Loopback addresses as a socket reports them (IPv4, IPv6 and IPv4-mapped IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

/** Loopback host names and addresses a server may be told to listen on. */
export function isLoopbackHost(host: string): boolean {
  const plain = host.replace(/^\[|\]$/g, '').toLowerCase();
  return plain === 'localhost' || isLoopbackAddress(plain);
}

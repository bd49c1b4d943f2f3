import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';

describe('config', () => {
  it('runs with nothing configured on the embedded store in ./data', () => {
    const result = readConfig({});
    expect(result.ok && result.config.DUO_DATA_DIR).toBe('./data');
    expect(result.ok && result.config.MONGODB_URI).toBeUndefined();
  });

  it('names the variable and the expected form when a value is wrong', () => {
    const result = readConfig({ DUO_OUTBOX_MAX_ATTEMPTS: 'many', DUO_TIME_ZONE: 'Mars/Olympus' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('DUO_OUTBOX_MAX_ATTEMPTS: expected a whole number from 1 to 50 (got "many")');
    expect(result.errors).toContain(
      'DUO_TIME_ZONE: expected an IANA time zone such as Europe/Brussels (got "Mars/Olympus")',
    );
  });

  it('never echoes a secret value back', () => {
    const result = readConfig({ MONGODB_URI: 'postgres://user:hunter2@host/db' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toContain('MONGODB_URI');
    expect(result.errors.join('\n')).not.toContain('hunter2');
  });
});

// Unit tests for the configuration: defaults, derived folders, and bad values named in the message.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authOptionsFrom } from '../../server/auth/auth.options';
import { ConfigError, loadConfig } from '../../server/config';

describe('loadConfig', () => {
  it('has defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      NEO4J_BOLT_PORT: 7687,
      NEO4J_HEAP: '1g',
      NEO4J_PAGECACHE: '512m',
    });
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.neo4jDataDir).toBe(path.resolve('.data', 'neo4j'));
    expect(config.uploadsDir).toBe(path.resolve('.data', 'uploads'));
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      SEMIS_DATA_DIR: '/tmp/semis-b',
      NEO4J_BOLT_PORT: '7688',
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'me',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'semis',
      SEMIS_NO_DEMO: 'true',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      HOST: '0.0.0.0',
      NEO4J_BOLT_PORT: 7688,
      NEO4J_DATABASE: 'semis',
      SEMIS_NO_DEMO: true,
    });
    expect(config.neo4jDataDir).toBe('/tmp/semis-b/neo4j');
  });

  it('reads the photo settings: uploads folder and limits', () => {
    expect(loadConfig({})).toMatchObject({
      SEMIS_PHOTO_MAX_BYTES: 10_000_000,
      SEMIS_PHOTO_MAX_PIXELS: 40_000_000,
    });
    const config = loadConfig({
      SEMIS_DATA_DIR: '/tmp/semis-c',
      SEMIS_PHOTO_MAX_BYTES: '5000000',
      SEMIS_PHOTO_MAX_PIXELS: '1000000',
    });
    expect(config).toMatchObject({ SEMIS_PHOTO_MAX_BYTES: 5_000_000, SEMIS_PHOTO_MAX_PIXELS: 1_000_000 });
    expect(config.uploadsDir).toBe('/tmp/semis-c/uploads');
    expect(loadConfig({ SEMIS_UPLOADS_DIR: '/srv/semis-photos' }).uploadsDir).toBe('/srv/semis-photos');
    expect(() => loadConfig({ SEMIS_PHOTO_MAX_BYTES: 'ten' })).toThrow(/SEMIS_PHOTO_MAX_BYTES:/);
  });

  it('reads the accounts settings', () => {
    const config = loadConfig({
      SEMIS_ADMIN_EMAILS: ' Ada@Example.org, bob@example.org ,',
      SEMIS_SECURE_COOKIES: 'true',
      SEMIS_SESSION_IDLE_HOURS: '2',
      SEMIS_SESSION_MAX_DAYS: '7',
      SEMIS_PUBLIC_ORIGIN: 'https://semis.example.org/some/path',
      SEMIS_DEV_ORIGINS: 'http://localhost:5173,http://127.0.0.1:5173',
      SEMIS_AUTH_RATE_LIMIT: '5',
    });
    expect(authOptionsFrom(config)).toMatchObject({
      adminEmails: ['ada@example.org', 'bob@example.org'],
      secureCookies: true,
      idleMs: 2 * 3_600_000,
      maxAgeMs: 7 * 24 * 3_600_000,
      extraOrigins: ['https://semis.example.org', 'http://localhost:5173', 'http://127.0.0.1:5173'],
      rateLimit: 5,
    });
    expect(authOptionsFrom(loadConfig({}))).toMatchObject({
      adminEmails: [],
      secureCookies: false,
      rateLimit: 10,
    });
    expect(() => loadConfig({ SEMIS_PUBLIC_ORIGIN: 'semis.example.org' })).toThrow(/SEMIS_PUBLIC_ORIGIN/);
  });

  it('reads SEMIS_TRUST_PROXY: unset trusts nothing; hops, names, addresses and subnets', () => {
    expect(loadConfig({}).SEMIS_TRUST_PROXY).toBeUndefined();
    expect(loadConfig({ SEMIS_TRUST_PROXY: '' }).SEMIS_TRUST_PROXY).toBeUndefined();
    expect(loadConfig({ SEMIS_TRUST_PROXY: '1' }).SEMIS_TRUST_PROXY).toBe(1);
    expect(loadConfig({ SEMIS_TRUST_PROXY: 'loopback' }).SEMIS_TRUST_PROXY).toEqual(['loopback']);
    expect(
      loadConfig({ SEMIS_TRUST_PROXY: ' loopback, 10.0.0.0/8 ,203.0.113.7, fd00::/8, ::1' })
        .SEMIS_TRUST_PROXY,
    ).toEqual(['loopback', '10.0.0.0/8', '203.0.113.7', 'fd00::/8', '::1']);
    for (const bad of [
      'true',
      '0',
      '33',
      'yes',
      '10.0.0.0/33',
      '0.0.0.0/0',
      '::/0',
      '::1/129',
      '10.0.0/8',
      'loopback,,',
      '1.2.3.4/8/8',
    ]) {
      expect(() => loadConfig({ SEMIS_TRUST_PROXY: bad }), bad).toThrow(
        /SEMIS_TRUST_PROXY: a number of hops/,
      );
    }
    expect(() => loadConfig({ SEMIS_TRUST_PROXY: 'loopback, proxy.local' })).toThrow(/not 'proxy.local'/);
  });

  it('reads SEMIS_TRACE_HALF_LIFE_DAYS: 7 days by default, a positive number of days, else named', () => {
    expect(loadConfig({}).SEMIS_TRACE_HALF_LIFE_DAYS).toBe(7);
    expect(loadConfig({ SEMIS_TRACE_HALF_LIFE_DAYS: '2.5' }).SEMIS_TRACE_HALF_LIFE_DAYS).toBe(2.5);
    for (const bad of ['0', '-1', 'une semaine'])
      expect(() => loadConfig({ SEMIS_TRACE_HALF_LIFE_DAYS: bad })).toThrow(/SEMIS_TRACE_HALF_LIFE_DAYS/);
  });

  it('names every bad variable', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', NEO4J_HEAP: 'lots' }),
    ).toThrow(ConfigError);
    const bad = () => loadConfig({ PORT: '70000', NEO4J_URI: 'http://localhost:7474' });
    expect(bad).toThrow(/PORT:/);
    expect(bad).toThrow(/NEO4J_URI: a Bolt URI/);
  });
});

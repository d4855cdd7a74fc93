import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discordCredentials, loadConfig } from '../src/config.js';

const APP_ID = '123456789012345678';

describe('loadConfig', () => {
  it('gives defaults for everything optional: no token means console mode', () => {
    expect(loadConfig({})).toEqual({
      ok: true,
      config: {
        logLevel: 'info',
        knowledgeDir: 'knowledge',
        cooldownSeconds: 3,
        shareDedupMinutes: 5,
        siteDir: 'site',
        dataDir: './data',
        knowledgeSyncSeconds: 5,
        pinRefreshLeaseSeconds: 30,
        port: 3000,
      },
    });
  });

  it('treats empty values, as copied from .env.example, as unset', () => {
    const loaded = loadConfig({
      DISCORD_TOKEN: '',
      DISCORD_APPLICATION_ID: '',
      LOG_LEVEL: '',
      PORT: ' ',
    });
    expect(loaded.ok && loaded.config).toMatchObject({ logLevel: 'info', port: 3000 });
    expect(loaded.ok && loaded.config.discordToken).toBeUndefined();
  });

  it('reads every variable', () => {
    const loaded = loadConfig({
      DISCORD_TOKEN: 'token',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_PUBLIC_KEY: 'AB'.repeat(32),
      LOG_LEVEL: 'debug',
      KNOWLEDGE_DIR: 'kb',
      COOLDOWN_SECONDS: '0',
      SHARE_DEDUP_MINUTES: '10',
      DATA_DIR: '/var/lib/bot',
      PORT: '8080',
      CORRECTIONS_URL: 'https://github.com/example/repo/issues',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api',
      DATABASE_URL: 'postgres://bot:secret@db.example:5432/sanctuary?sslmode=require',
      DATABASE_POOL_SIZE: '8',
      DATABASE_CONNECT_TIMEOUT_SECONDS: '3',
      KNOWLEDGE_SYNC_SECONDS: '2',
      PIN_REFRESH_LEASE_SECONDS: '4',
    });
    expect(loaded).toEqual({
      ok: true,
      config: {
        discordToken: 'token',
        applicationId: APP_ID,
        guildId: '223456789012345678',
        publicKey: 'ab'.repeat(32),
        logLevel: 'debug',
        knowledgeDir: 'kb',
        cooldownSeconds: 0,
        shareDedupMinutes: 10,
        siteDir: 'site',
        dataDir: '/var/lib/bot',
        port: 8080,
        correctionsUrl: 'https://github.com/example/repo/issues',
        discordApiUrl: 'http://127.0.0.1:9999/api',
        database: {
          url: 'postgres://bot:secret@db.example:5432/sanctuary?sslmode=require',
          poolSize: 8,
          connectTimeoutSeconds: 3,
        },
        knowledgeSyncSeconds: 2,
        pinRefreshLeaseSeconds: 4,
      },
    });
  });

  it('names a missing application id and where to find it when a token is set', () => {
    const loaded = loadConfig({ DISCORD_TOKEN: 'token' });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.message).toContain('DISCORD_APPLICATION_ID');
    expect(loaded.message).toContain(
      'Developer Portal > your application > General Information > Application ID',
    );
  });

  it('names each invalid variable and what it should be', () => {
    const loaded = loadConfig({
      DISCORD_GUILD_ID: 'my server',
      COOLDOWN_SECONDS: '-1',
      LOG_LEVEL: 'loud',
    });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.message).toMatch(/DISCORD_GUILD_ID .*Copy Server ID/);
    expect(loaded.message).toMatch(/COOLDOWN_SECONDS .*whole number/);
    expect(loaded.message).toMatch(/LOG_LEVEL .*one of/);
  });

  it('never puts the token in an error message', () => {
    const loaded = loadConfig({ DISCORD_TOKEN: 'secret-token-value', PORT: 'x' });
    expect(!loaded.ok && loaded.message).not.toContain('secret-token-value');
  });
});

describe('discordCredentials', () => {
  it('names the token and where to reset it when it is missing', () => {
    const loaded = loadConfig({});
    if (!loaded.ok) throw new Error(loaded.message);
    const credentials = discordCredentials(loaded.config);
    expect(credentials.ok).toBe(false);
    expect(!credentials.ok && credentials.message).toMatch(/DISCORD_TOKEN .*Bot > Reset Token/);
  });

  it('returns the token and application id when both are set', () => {
    const loaded = loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP_ID });
    if (!loaded.ok) throw new Error(loaded.message);
    expect(discordCredentials(loaded.config)).toEqual({
      ok: true,
      token: 't',
      applicationId: APP_ID,
    });
  });
});

describe('.env.example', () => {
  it('documents every variable the configuration reads', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const source = readFileSync(new URL('../src/config.ts', import.meta.url), 'utf8');
    const variables = [...source.matchAll(/^ {2}([A-Z_]+): /gm)].map((m) => m[1]);
    expect(variables.length).toBeGreaterThanOrEqual(11);
    for (const name of new Set(variables)) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});

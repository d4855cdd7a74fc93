import { OverwriteType, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  channelPermissions,
  mayManagePins,
  missingBotPermissions,
  parsePermissions,
} from '../../src/pins/permissions.js';
import { realCommands } from '../interactions/context.js';
import { repoRoot } from '../support/run-cli.js';

const GUILD = '1';
const BOT = '10';
const ROLE = '20';
const OTHER_ROLE = '21';
const bits = (...flags: bigint[]) => String(flags.reduce((a, b) => a | b, 0n));

const base = {
  guildId: GUILD,
  ownerId: '99',
  roles: [
    { id: GUILD, permissions: bits(P.ViewChannel) },
    { id: ROLE, permissions: bits(P.SendMessages, P.EmbedLinks, P.PinMessages) },
    { id: OTHER_ROLE, permissions: '0' },
  ],
  member: { userId: BOT, roleIds: [ROLE, OTHER_ROLE] },
  overwrites: [],
};

describe('channelPermissions', () => {
  it('adds up @everyone and the member’s roles', () => {
    expect(channelPermissions(base)).toBe(
      P.ViewChannel | P.SendMessages | P.EmbedLinks | P.PinMessages,
    );
  });

  it('applies @everyone, then the roles together, then the member, each deny before allow', () => {
    const overwrites = [
      { id: GUILD, type: OverwriteType.Role, allow: '0', deny: bits(P.ViewChannel) },
      { id: ROLE, type: OverwriteType.Role, allow: bits(P.ViewChannel), deny: bits(P.PinMessages) },
      { id: OTHER_ROLE, type: OverwriteType.Role, allow: bits(P.PinMessages), deny: '0' },
      { id: BOT, type: OverwriteType.Member, allow: '0', deny: bits(P.EmbedLinks) },
    ];
    const result = channelPermissions({ ...base, overwrites });
    // Role overwrites combine: one role's allow beats another role's deny.
    expect(result).toBe(P.ViewChannel | P.SendMessages | P.PinMessages);
  });

  it('ignores a member overwrite that happens to share a role’s id, and vice versa', () => {
    const overwrites = [
      { id: ROLE, type: OverwriteType.Member, allow: '0', deny: bits(P.SendMessages) },
    ];
    expect(channelPermissions({ ...base, overwrites }) & P.SendMessages).toBe(P.SendMessages);
  });

  it('gives everything to an Administrator and to the owner, whatever the overwrites', () => {
    const deny = [{ id: GUILD, type: OverwriteType.Role, allow: '0', deny: bits(P.ViewChannel) }];
    const admin = {
      ...base,
      roles: [...base.roles, { id: '30', permissions: bits(P.Administrator) }],
    };
    const asAdmin = channelPermissions({
      ...admin,
      member: { userId: BOT, roleIds: ['30'] },
      overwrites: deny,
    });
    expect(missingBotPermissions(asAdmin)).toEqual([]);
    const asOwner = channelPermissions({ ...base, ownerId: BOT, overwrites: deny });
    expect(asOwner & P.ViewChannel).toBe(P.ViewChannel);
  });
});

describe('missingBotPermissions', () => {
  it('names what is missing as Discord shows it', () => {
    expect(missingBotPermissions(0n)).toEqual([
      'View Channel',
      'Send Messages',
      'Embed Links',
      'Pin Messages',
    ]);
  });

  it('takes Pin Messages or the older Manage Messages for pinning', () => {
    const rest = P.ViewChannel | P.SendMessages | P.EmbedLinks;
    expect(missingBotPermissions(rest | P.PinMessages)).toEqual([]);
    expect(missingBotPermissions(rest | P.ManageMessages)).toEqual([]);
  });

  it('asks for Send Messages in Threads in a thread', () => {
    const inThread = P.ViewChannel | P.SendMessages | P.EmbedLinks | P.PinMessages;
    expect(missingBotPermissions(inThread, { thread: true })).toEqual(['Send Messages in Threads']);
  });
});

describe('who may use /explainer', () => {
  /** Discord shows a command to a member who holds every bit of its default_member_permissions. */
  const discordShows = (definition: bigint, member: bigint) =>
    (member & P.Administrator) === P.Administrator || (member & definition) === definition;

  it('is the same for the command definition and the check when it runs', async () => {
    const explainer = (await realCommands()).slash('explainer');
    const definition = BigInt(explainer?.data.default_member_permissions ?? '0');
    for (const member of [
      0n,
      P.SendMessages | P.EmbedLinks,
      P.ManageMessages,
      P.PinMessages,
      P.ManageMessages | P.PinMessages,
      P.Administrator,
      P.ManageGuild,
    ]) {
      expect({ member, runs: mayManagePins(member) }).toEqual({
        member,
        runs: discordShows(definition, member),
      });
    }
  });

  it('is what the README tells moderators', async () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const line = /`\/explainer` is shown only to members with ([^.]+)\./.exec(readme)?.[1] ?? '';
    expect(line).toMatch(/\*\*Pin Messages\*\*/);
    expect(line).not.toMatch(/Manage Messages|\bor\b/);
  });
});

describe('mayManagePins', () => {
  it('lets Pin Messages or Administrator through, nobody else', () => {
    expect(mayManagePins(P.PinMessages)).toBe(true);
    expect(mayManagePins(P.ManageMessages | P.PinMessages)).toBe(true);
    expect(mayManagePins(P.Administrator)).toBe(true);
    expect(mayManagePins(P.ManageMessages)).toBe(false);
    expect(mayManagePins(P.SendMessages | P.EmbedLinks)).toBe(false);
    expect(mayManagePins(parsePermissions('not a number'))).toBe(false);
  });
});

import { OverwriteType, PermissionFlagsBits as P } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import {
  channelPermissions,
  mayManagePins,
  missingBotPermissions,
  parsePermissions,
} from '../../src/pins/permissions.js';

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

describe('mayManagePins', () => {
  it('lets Manage Messages, Pin Messages or Administrator through, nobody else', () => {
    expect(mayManagePins(P.PinMessages)).toBe(true);
    expect(mayManagePins(P.ManageMessages)).toBe(true);
    expect(mayManagePins(P.Administrator)).toBe(true);
    expect(mayManagePins(P.SendMessages | P.EmbedLinks)).toBe(false);
    expect(mayManagePins(parsePermissions('not a number'))).toBe(false);
  });
});

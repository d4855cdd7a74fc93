import {
  ChannelType,
  OverwriteType,
  PermissionFlagsBits,
  type APIOverwrite,
  type APIRole,
} from 'discord-api-types/v10';

const ALL = (1n << 64n) - 1n;

const THREADS: ReadonlySet<ChannelType> = new Set([
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
]);

/** In a thread, posting takes Send Messages in Threads, and the parent's overwrites apply. */
export const isThread = (type: ChannelType): boolean => THREADS.has(type);

/** A permission set as Discord sends it: a decimal string of bits. Garbage reads as none. */
export function parsePermissions(bits: string | undefined): bigint {
  if (bits === undefined || !/^\d+$/.test(bits)) return 0n;
  return BigInt(bits);
}

const has = (permissions: bigint, bit: bigint) => (permissions & bit) === bit;

/**
 * Who may post, list and remove pinned explainers: members with Pin Messages, the permission for
 * what the command does (Discord split it out of Manage Messages in 2025 and gave it to the roles
 * that had Manage Messages), and Administrators, who hold every permission. It is the command's
 * `default_member_permissions` too: Discord shows a command only to members holding every bit
 * listed there, so listing a second permission would hide it from members the check lets in.
 */
export const MODERATOR_PERMISSIONS = PermissionFlagsBits.PinMessages;

export function mayManagePins(memberPermissions: bigint): boolean {
  return (
    has(memberPermissions, PermissionFlagsBits.Administrator) ||
    has(memberPermissions, MODERATOR_PERMISSIONS)
  );
}

/** What the bot needs in a channel to post and pin an explainer, by the names Discord shows. */
const BOT_NEEDS: readonly { name: string; thread?: string; anyOf: readonly bigint[] }[] = [
  { name: 'View Channel', anyOf: [PermissionFlagsBits.ViewChannel] },
  {
    name: 'Send Messages',
    thread: 'Send Messages in Threads',
    anyOf: [PermissionFlagsBits.SendMessages],
  },
  { name: 'Embed Links', anyOf: [PermissionFlagsBits.EmbedLinks] },
  // Discord accepts either for pinning while servers move to the split permission.
  {
    name: 'Pin Messages',
    anyOf: [PermissionFlagsBits.PinMessages, PermissionFlagsBits.ManageMessages],
  },
];

/** The names of the permissions the bot lacks to post and pin there; empty when it has them all. */
export function missingBotPermissions(
  permissions: bigint,
  options: { thread?: boolean } = {},
): string[] {
  if (has(permissions, PermissionFlagsBits.Administrator)) return [];
  return BOT_NEEDS.flatMap((need) => {
    const anyOf =
      options.thread && need.thread ? [PermissionFlagsBits.SendMessagesInThreads] : need.anyOf;
    if (anyOf.some((bit) => has(permissions, bit))) return [];
    return [options.thread && need.thread ? need.thread : need.name];
  });
}

export interface PermissionInputs {
  guildId: string;
  ownerId: string;
  roles: readonly Pick<APIRole, 'id' | 'permissions'>[];
  member: { userId: string; roleIds: readonly string[] };
  /** The channel's overwrites (a thread's are its parent's). */
  overwrites: readonly Pick<APIOverwrite, 'id' | 'type' | 'allow' | 'deny'>[];
}

/**
 * A member's permissions in a channel, computed as Discord documents it (topics/permissions,
 * "Permission Overwrites"): @everyone and the member's roles; Administrator or ownership grant
 * everything; then the channel's @everyone overwrite, the role overwrites together, and the
 * member's own overwrite, each denying before it allows.
 */
export function channelPermissions(inputs: PermissionInputs): bigint {
  const { guildId, ownerId, roles, member, overwrites } = inputs;
  if (member.userId === ownerId) return ALL;
  const roleBits = (id: string) => parsePermissions(roles.find((r) => r.id === id)?.permissions);
  let permissions = roleBits(guildId);
  for (const id of member.roleIds) permissions |= roleBits(id);
  if (has(permissions, PermissionFlagsBits.Administrator)) return ALL;

  const apply = (allow: bigint, deny: bigint) => {
    permissions = (permissions & ~deny) | allow;
  };
  const everyone = overwrites.find((o) => o.id === guildId);
  if (everyone) apply(parsePermissions(everyone.allow), parsePermissions(everyone.deny));
  let allow = 0n;
  let deny = 0n;
  for (const o of overwrites) {
    if (o.type === OverwriteType.Role && o.id !== guildId && member.roleIds.includes(o.id)) {
      allow |= parsePermissions(o.allow);
      deny |= parsePermissions(o.deny);
    }
  }
  apply(allow, deny);
  const own = overwrites.find((o) => o.type === OverwriteType.Member && o.id === member.userId);
  if (own) apply(parsePermissions(own.allow), parsePermissions(own.deny));
  return permissions;
}

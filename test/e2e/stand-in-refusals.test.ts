/**
 * The stand-in refuses what Discord refuses: a table of invalid requests, each answered with
 * 400 and Discord's form error body (code 50035, an `errors` tree naming the bad field), never
 * a 500; and valid requests of the same kinds accepted, so the table cannot pass by refusing
 * everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIInteraction } from 'discord-api-types/v10';
import { loadCommands } from '../../src/commands/load-commands.js';
import {
  APPLICATION_ID,
  CHANNEL_ID,
  makeInteraction,
  startStandIn,
  type StandIn,
} from './discord-stand-in/index.js';

type Target = 'command' | 'autocomplete' | 'button' | 'original' | 'follow-up' | 'channel';
type Path = (string | number)[];

interface Case {
  /** What is wrong, as Discord's documentation would say it. */
  kind: string;
  /** Where it is sent: an interaction's callback, its webhook, a channel, or elsewhere. */
  to: Target | { method: string; path: string };
  body: unknown;
  /** The field the error tree must name. */
  at: Path;
}

const NO_PINGS = { allowed_mentions: { parse: [] } };
const message = (data: Record<string, unknown>) => ({ type: 4, data: { ...NO_PINGS, ...data } });
const embed = (fields: Record<string, unknown>) => message({ embeds: [fields] });
const button = (fields: Record<string, unknown> = {}) => ({
  type: 2,
  style: 2,
  custom_id: 'b',
  label: 'Press',
  ...fields,
});
const row = (...components: unknown[]) => ({ type: 1, components });
const withComponents = (...components: unknown[]) => message({ content: 'x', components });
const select = (options: number) => ({
  type: 3,
  custom_id: 's',
  options: Array.from({ length: options }, (_, i) => ({ label: `o${i}`, value: `o${i}` })),
});
const choices = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
const modal = (fields: Record<string, unknown>) => ({
  type: 9,
  data: {
    custom_id: 'm',
    title: 'Tell us',
    components: [{ type: 1, components: [{ type: 4, custom_id: 't', style: 1, label: 'Text' }] }],
    ...fields,
  },
});

const COMMANDS = `/applications/${APPLICATION_ID}/commands`;
const spanishOf = (name: string, description: string) => ({
  name_localizations: { 'es-ES': name, 'es-419': name },
  description_localizations: { 'es-ES': description, 'es-419': description },
});
const commands = (...list: Record<string, unknown>[]) => ({
  to: { method: 'PUT', path: COMMANDS },
  body: list,
});
const chatInput = (fields: Record<string, unknown> = {}) => ({
  name: 'ask',
  description: 'Ask a question',
  ...fields,
});
const option = (fields: Record<string, unknown> = {}) => ({
  type: 3,
  name: 'question',
  description: 'What to ask',
  ...fields,
});

// One row per kind, so the table reads as a list.
// prettier-ignore
const INVALID: Case[] = [
  // Interaction responses to a slash command.
  { kind: 'content over 2,000', to: 'command', body: message({ content: 'x'.repeat(2001) }), at: ['data', 'content'] },
  { kind: 'six buttons in a row', to: 'command', body: withComponents(row(...[1, 2, 3, 4, 5, 6].map((i) => button({ custom_id: `b${i}` })))), at: ['data', 'components', 0, 'components'] },
  { kind: 'type 7 answering a slash command', to: 'command', body: { type: 7, data: { content: 'x', ...NO_PINGS } }, at: ['type'] },
  { kind: 'type 6 answering a slash command', to: 'command', body: { type: 6 }, at: ['type'] },
  { kind: 'an unknown response type', to: 'command', body: { type: 99 }, at: ['type'] },
  { kind: 'type 4 without data', to: 'command', body: { type: 4 }, at: ['data'] },
  { kind: 'allowed_mentions missing', to: 'command', body: { type: 4, data: { content: 'x' } }, at: ['data', 'allowed_mentions'] },
  { kind: 'allowed_mentions parse: ["all"]', to: 'command', body: message({ content: 'x', allowed_mentions: { parse: ['all'] } }), at: ['data', 'allowed_mentions', 'parse', 0] },
  { kind: 'parse users together with users[]', to: 'command', body: message({ content: 'x', allowed_mentions: { parse: ['users'], users: ['1'] } }), at: ['data', 'allowed_mentions', 'users'] },
  { kind: 'a disallowed flag', to: 'command', body: message({ content: 'x', flags: 2 }), at: ['data', 'flags'] },
  { kind: 'flags as a string', to: 'command', body: message({ content: 'x', flags: '64' }), at: ['data', 'flags'] },
  { kind: 'content not a string', to: 'command', body: message({ content: 42 }), at: ['data', 'content'] },
  { kind: 'tts not a boolean', to: 'command', body: message({ content: 'x', tts: 'yes' }), at: ['data', 'tts'] },
  { kind: 'embeds not an array', to: 'command', body: message({ embeds: { title: 'x' } }), at: ['data', 'embeds'] },
  { kind: 'an empty field name', to: 'command', body: embed({ fields: [{ name: '', value: 'v' }] }), at: ['data', 'embeds', 0, 'fields', 0, 'name'] },
  { kind: 'a blank field name', to: 'command', body: embed({ fields: [{ name: ' \n', value: 'v' }] }), at: ['data', 'embeds', 0, 'fields', 0, 'name'] },
  { kind: 'an empty field value', to: 'command', body: embed({ fields: [{ name: 'n', value: '' }] }), at: ['data', 'embeds', 0, 'fields', 0, 'value'] },
  { kind: 'a blank field value', to: 'command', body: embed({ fields: [{ name: 'n', value: '   ' }] }), at: ['data', 'embeds', 0, 'fields', 0, 'value'] },
  { kind: 'a field without a value', to: 'command', body: embed({ fields: [{ name: 'n' }] }), at: ['data', 'embeds', 0, 'fields', 0, 'value'] },
  { kind: 'colour above 0xFFFFFF', to: 'command', body: embed({ title: 't', color: 0x1000000 }), at: ['data', 'embeds', 0, 'color'] },
  { kind: 'an embed url that is not one', to: 'command', body: embed({ title: 't', url: 'not a link' }), at: ['data', 'embeds', 0, 'url'] },
  { kind: 'an embed timestamp that is not one', to: 'command', body: embed({ title: 't', timestamp: 'yesterday' }), at: ['data', 'embeds', 0, 'timestamp'] },
  { kind: 'a footer without text', to: 'command', body: embed({ title: 't', footer: { icon_url: 'https://example.com/i.png' } }), at: ['data', 'embeds', 0, 'footer', 'text'] },
  { kind: 'an author without a name', to: 'command', body: embed({ title: 't', author: { url: 'https://example.com' } }), at: ['data', 'embeds', 0, 'author', 'name'] },
  { kind: 'an empty embed', to: 'command', body: embed({}), at: ['data', 'embeds', 0] },
  { kind: 'more than 6,000 characters across embeds', to: 'command', body: message({ embeds: [1, 2].map(() => ({ description: 'x'.repeat(3001) })) }), at: ['data', 'embeds'] },
  { kind: 'a button without a style', to: 'command', body: withComponents(row({ type: 2, custom_id: 'b', label: 'B' })), at: ['data', 'components', 0, 'components', 0, 'style'] },
  { kind: 'a button with style 9', to: 'command', body: withComponents(row(button({ style: 9 }))), at: ['data', 'components', 0, 'components', 0, 'style'] },
  { kind: 'a button with an empty custom_id', to: 'command', body: withComponents(row(button({ custom_id: '' }))), at: ['data', 'components', 0, 'components', 0, 'custom_id'] },
  { kind: 'a button without a custom_id (not a link)', to: 'command', body: withComponents(row({ type: 2, style: 1, label: 'B' })), at: ['data', 'components', 0, 'components', 0, 'custom_id'] },
  { kind: 'a button with neither label nor emoji', to: 'command', body: withComponents(row({ type: 2, style: 1, custom_id: 'b' })), at: ['data', 'components', 0, 'components', 0, 'label'] },
  { kind: 'a link button with a bad url', to: 'command', body: withComponents(row({ type: 2, style: 5, label: 'L', url: 'see the docs' })), at: ['data', 'components', 0, 'components', 0, 'url'] },
  { kind: 'a link button with a 513-character url', to: 'command', body: withComponents(row({ type: 2, style: 5, label: 'L', url: `https://example.com/${'a'.repeat(493)}` })), at: ['data', 'components', 0, 'components', 0, 'url'] },
  { kind: 'duplicate custom ids', to: 'command', body: withComponents(row(button(), button())), at: ['data', 'components', 0, 'components', 1, 'custom_id'] },
  { kind: 'an empty action row', to: 'command', body: withComponents(row()), at: ['data', 'components', 0, 'components'] },
  { kind: 'a bare button at top level', to: 'command', body: withComponents(button()), at: ['data', 'components', 0, 'type'] },
  { kind: 'a Components V2 component without its flag', to: 'command', body: message({ components: [{ type: 10, content: 'Hello' }] }), at: ['data', 'components', 0, 'type'] },
  { kind: 'a select sharing a row', to: 'command', body: withComponents(row(select(2), button())), at: ['data', 'components', 0, 'components', 0] },
  { kind: '26 select options', to: 'command', body: withComponents(row(select(26))), at: ['data', 'components', 0, 'components', 0, 'options'] },
  { kind: 'autocomplete answering a slash command', to: 'command', body: { type: 8, data: { choices: choices(1) } }, at: ['type'] },
  { kind: 'a modal title over 45', to: 'command', body: modal({ title: 'x'.repeat(46) }), at: ['data', 'title'] },
  { kind: 'a modal custom_id over 100', to: 'command', body: modal({ custom_id: 'x'.repeat(101) }), at: ['data', 'custom_id'] },
  // Interaction responses to autocomplete (a string option is focused).
  { kind: 'autocomplete without data', to: 'autocomplete', body: { type: 8 }, at: ['data'] },
  { kind: 'autocomplete with an integer value for a string option', to: 'autocomplete', body: { type: 8, data: { choices: [{ name: 'one', value: 1 }] } }, at: ['data', 'choices', 0, 'value'] },
  { kind: 'autocomplete with a blank name', to: 'autocomplete', body: { type: 8, data: { choices: [{ name: '  ', value: 'v' }] } }, at: ['data', 'choices', 0, 'name'] },
  { kind: 'autocomplete with 26 choices', to: 'autocomplete', body: { type: 8, data: { choices: choices(26) } }, at: ['data', 'choices'] },
  { kind: 'autocomplete with a 101-character string value', to: 'autocomplete', body: { type: 8, data: { choices: [{ name: 'n', value: 'v'.repeat(101) }] } }, at: ['data', 'choices', 0, 'value'] },
  { kind: 'a modal answering autocomplete', to: 'autocomplete', body: modal({}), at: ['type'] },
  // A button press, and the interaction's webhook after a deferral.
  { kind: 'an update (type 7) setting the ephemeral flag', to: 'button', body: { type: 7, data: { content: 'x', flags: 64, ...NO_PINGS } }, at: ['data', 'flags'] },
  { kind: 'type 7 without data', to: 'button', body: { type: 7 }, at: ['data'] },
  { kind: 'an edit of @original carrying flags 64', to: 'original', body: { content: 'x', flags: 64, ...NO_PINGS }, at: ['flags'] },
  { kind: 'an edit of @original with content over 2,000', to: 'original', body: { content: 'x'.repeat(2001), ...NO_PINGS }, at: ['content'] },
  { kind: 'a follow-up without allowed_mentions', to: 'follow-up', body: { content: 'x' }, at: ['allowed_mentions'] },
  { kind: 'a follow-up with a blank field value', to: 'follow-up', body: { embeds: [{ fields: [{ name: 'n', value: ' ' }] }], ...NO_PINGS }, at: ['embeds', 0, 'fields', 0, 'value'] },
  // Channel messages and pins.
  { kind: 'a channel message setting the ephemeral flag', to: 'channel', body: { content: 'x', flags: 64, ...NO_PINGS }, at: ['flags'] },
  { kind: 'a channel message with embeds not an array', to: 'channel', body: { embeds: 'x', ...NO_PINGS }, at: ['embeds'] },
  { kind: 'a pin of a message id that is not a snowflake', to: { method: 'PUT', path: `/channels/${CHANNEL_ID}/messages/pins/latest` }, body: undefined, at: ['message_id'] },
  { kind: 'an edit of a channel message whose id is not a snowflake', to: { method: 'PATCH', path: `/channels/${CHANNEL_ID}/messages/abc` }, body: { content: 'x', ...NO_PINGS }, at: ['message_id'] },
  // Command registration.
  { kind: 'an uppercase command name', ...commands(chatInput({ name: 'Ask' })), at: [0, 'name'] },
  { kind: 'a spaced command name', ...commands(chatInput({ name: 'ask me' })), at: [0, 'name'] },
  { kind: 'a 33-character command name', ...commands(chatInput({ name: 'a'.repeat(33) })), at: [0, 'name'] },
  { kind: 'an empty description', ...commands(chatInput({ description: '' })), at: [0, 'description'] },
  { kind: 'a 101-character description', ...commands(chatInput({ description: 'd'.repeat(101) })), at: [0, 'description'] },
  { kind: '26 options', ...commands(chatInput({ options: Array.from({ length: 26 }, (_, i) => option({ name: `o${i}` })) })), at: [0, 'options'] },
  { kind: 'a required option after an optional one', ...commands(chatInput({ options: [option({ name: 'a' }), option({ name: 'b', required: true })] })), at: [0, 'options', 1, 'required'] },
  { kind: 'autocomplete together with choices', ...commands(chatInput({ options: [option({ autocomplete: true, choices: choices(2) })] })), at: [0, 'options', 0, 'autocomplete'] },
  { kind: '26 choices', ...commands(chatInput({ options: [option({ choices: choices(26) })] })), at: [0, 'options', 0, 'choices'] },
  { kind: 'an option without a description', ...commands(chatInput({ options: [{ type: 3, name: 'question' }] })), at: [0, 'options', 0, 'description'] },
  { kind: 'option type 99', ...commands(chatInput({ options: [option({ type: 99 })] })), at: [0, 'options', 0, 'type'] },
  { kind: 'an uppercase option name', ...commands(chatInput({ options: [option({ name: 'Question' })] })), at: [0, 'options', 0, 'name'] },
  { kind: 'two options with one name', ...commands(chatInput({ options: [option(), option()] })), at: [0, 'options', 1, 'name'] },
  { kind: 'a message command with options', ...commands({ type: 3, name: 'Find sources', options: [option()] }), at: [0, 'options'] },
  { kind: 'contexts: [7]', ...commands(chatInput({ contexts: [7] })), at: [0, 'contexts', 0] },
  { kind: 'integration_types: [5]', ...commands(chatInput({ integration_types: [5] })), at: [0, 'integration_types', 0] },
  { kind: 'default_member_permissions: "abc"', ...commands(chatInput({ default_member_permissions: 'abc' })), at: [0, 'default_member_permissions'] },
  { kind: 'default_member_permissions as a number', ...commands(chatInput({ default_member_permissions: 8192 })), at: [0, 'default_member_permissions'] },
  { kind: 'a command over 4,000 characters', ...commands(chatInput({ options: Array.from({ length: 5 }, (_, i) => option({ name: `o${i}`, choices: Array.from({ length: 25 }, (_, c) => ({ name: `${'n'.repeat(30)}${c}`, value: `${'v'.repeat(30)}${c}` })) })) })), at: [0] },
  { kind: 'duplicate command names', ...commands(chatInput(), chatInput()), at: [1, 'name'] },
  { kind: 'an uppercase Spanish command name', ...commands(chatInput({ name_localizations: { 'es-419': 'Preguntar' } })), at: [0, 'name_localizations', 'es-419'] },
  { kind: 'a spaced Spanish option name', ...commands(chatInput({ options: [option({ name_localizations: { 'es-ES': 'su pregunta' } })] })), at: [0, 'options', 0, 'name_localizations', 'es-ES'] },
  { kind: 'a 101-character Spanish description', ...commands(chatInput({ description_localizations: { 'es-ES': 'd'.repeat(101) } })), at: [0, 'description_localizations', 'es-ES'] },
  { kind: 'a blank Spanish option description', ...commands(chatInput({ options: [option({ description_localizations: { 'es-419': ' ' } })] })), at: [0, 'options', 0, 'description_localizations', 'es-419'] },
  { kind: 'an unknown locale', ...commands(chatInput({ name_localizations: { 'es-MX': 'preguntar' } })), at: [0, 'name_localizations', 'es-MX'] },
  { kind: 'over 4,000 characters once translated', ...commands(chatInput({ options: Array.from({ length: 4 }, (_, i) => option({ name: `o${i}`, description: 'd'.repeat(90), ...spanishOf(`o${i}`, 'd'.repeat(100)), choices: Array.from({ length: 10 }, (_, c) => ({ name: `n${c}`, value: `v${c}`, name_localizations: { 'es-ES': `${'n'.repeat(40)}${c}`, 'es-419': `${'n'.repeat(40)}${c}` } })) })) })), at: [0] },
  { kind: 'a body that is not an array', to: { method: 'PUT', path: COMMANDS }, body: { name: 'ask', description: 'Ask' }, at: [] },
];

// prettier-ignore
const VALID: Omit<Case, 'at'>[] = [
  { kind: 'a private reply with an embed and buttons', to: 'command', body: message({ content: 'hi', flags: 64, embeds: [{ title: 't', description: 'd', url: 'https://example.com', timestamp: '2026-01-15T12:00:00Z', color: 0xffffff, footer: { text: 'f' }, author: { name: 'a' }, fields: [{ name: 'n', value: 'v', inline: true }] }], components: [row(button({ custom_id: 'one' }), { type: 2, style: 5, label: 'Docs', url: 'https://example.com' })] }) },
  { kind: 'a deferral, private', to: 'command', body: { type: 5, data: { flags: 64 } } },
  { kind: 'a modal', to: 'command', body: modal({}) },
  { kind: 'a select alone in its row', to: 'command', body: withComponents(row(select(25))) },
  { kind: 'autocomplete choices', to: 'autocomplete', body: { type: 8, data: { choices: choices(25) } } },
  { kind: 'an update of the pressed message', to: 'button', body: { type: 7, data: { components: [row(button({ disabled: true }))], ...NO_PINGS } } },
  { kind: 'a deferred update', to: 'button', body: { type: 6 } },
  { kind: 'an edit of @original', to: 'original', body: { content: 'Answer', ...NO_PINGS } },
  { kind: 'a private follow-up', to: 'follow-up', body: { content: 'More', flags: 64, ...NO_PINGS } },
  { kind: 'a channel message', to: 'channel', body: { content: 'Explainer', ...NO_PINGS } },
  { kind: 'commands named and described in Spanish', ...commands(chatInput({ ...spanishOf('preguntar', 'Pregunte algo'), options: [option({ ...spanishOf('pregunta', 'Su pregunta'), required: true }), option({ name: 'idioma', choices: [{ name: 'English', value: 'en', name_localizations: { 'es-ES': 'Inglés', 'es-419': 'Inglés' } }] })] }), { type: 3, name: 'Find sources', name_localizations: { 'es-419': 'Buscar fuentes' } }) },
  { kind: 'commands with options, choices and permissions', ...commands(chatInput({ options: [option({ required: true }), option({ name: 'topic', choices: choices(25) })], default_member_permissions: '2251799813685248', contexts: [0, 1, 2], integration_types: [0, 1] }), { type: 3, name: 'Find sources' }) },
];

describe('the stand-in refuses what Discord refuses', () => {
  let standIn: StandIn;
  const api = () => `${standIn.restUrl}/v10`;

  beforeAll(async () => {
    // No deadline pressure: one table row may wait behind the validator's first compile.
    standIn = await startStandIn({ responseDeadlineMs: 60_000 });
  });
  afterAll(async () => {
    await standIn?.close();
  });

  const track = (interaction: APIInteraction) => {
    standIn.trackInteraction(interaction);
    return interaction;
  };

  const send = async (method: string, path: string, body: unknown, auth = false) => {
    const response = await fetch(`${api()}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(auth ? { authorization: `Bot ${standIn.token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };

  /** Sends `body` where `to` says, first making whatever it needs (an acknowledged interaction). */
  async function deliver(to: Case['to'], body: unknown) {
    if (typeof to === 'object') return send(to.method, to.path, body, true);
    if (to === 'channel') return send('POST', `/channels/${CHANNEL_ID}/messages`, body, true);
    const interaction = track(
      to === 'autocomplete'
        ? makeInteraction.autocomplete('explain', { name: 'topic', value: 'det' })
        : to === 'button'
          ? makeInteraction.button('feedback:helpful:abcdefg')
          : makeInteraction.chatInput('ask', { question: 'What is a detainer?' }),
    );
    const callback = `/interactions/${interaction.id}/${interaction.token}/callback`;
    if (to === 'command' || to === 'autocomplete' || to === 'button') {
      return send('POST', callback, body);
    }
    const deferred = await send('POST', callback, { type: 5, data: { flags: 64 } });
    expect(deferred.status).toBe(204);
    const webhook = `/webhooks/${APPLICATION_ID}/${interaction.token}`;
    return to === 'original'
      ? send('PATCH', `${webhook}/messages/@original`, body)
      : send('POST', webhook, body);
  }

  /** The `_errors` the tree holds at `path`, or undefined when it names nothing there. */
  const errorsAt = (tree: unknown, path: Path): unknown =>
    path.reduce<unknown>(
      (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
      tree,
    ) as { _errors?: unknown } | undefined;

  it('has at least the 59 kinds of invalid payload Discord is known to refuse', () => {
    expect(INVALID.length).toBeGreaterThanOrEqual(59);
    expect(new Set(INVALID.map((c) => c.kind)).size).toBe(INVALID.length);
  });

  it.each(INVALID)('refuses $kind with 400, code 50035 and the field named', async (row) => {
    const { status, body } = await deliver(row.to, row.body);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
    const errors = (body as { errors: unknown }).errors;
    expect(errorsAt(errors, row.at), JSON.stringify(errors)).toMatchObject({
      _errors: expect.arrayContaining([
        expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
      ]),
    });
  });

  it.each(VALID)('accepts $kind', async (row) => {
    const { status, body } = await deliver(row.to, row.body);
    expect(status, JSON.stringify(body)).toBeLessThan(300);
  });

  it('accepts the bot’s own command definitions', async () => {
    const registry = await loadCommands();
    const { status, body } = await send('PUT', COMMANDS, registry.json(), true);
    expect(status, JSON.stringify(body)).toBe(200);
  });
});

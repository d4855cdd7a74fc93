import { MessageFlags } from 'discord-api-types/v10';
import { messagesEn as en } from '../../src/i18n/messages-en.js';
import { messagesEs as es } from '../../src/i18n/messages-es.js';
import { describe, expect, it } from 'vitest';
import {
  alreadySharedNotice,
  cooldownNotice,
  errorNotice,
  renderNotice,
  unknownCommandNotice,
  unknownTopicNotice,
} from '../../src/discord/render-notice.js';
import { validatePayload } from '../../src/discord/validate-payload.js';

describe('notices', () => {
  it('are short, private and never ping', () => {
    for (const notice of [
      errorNotice(en),
      unknownCommandNotice(en),
      cooldownNotice(en, 3),
      renderNotice('Hi'),
    ]) {
      expect(notice.flags).toBe(MessageFlags.Ephemeral);
      expect(notice.allowed_mentions).toEqual({ parse: [] });
      expect(validatePayload(notice)).toEqual([]);
    }
  });

  it('tell a person how long to wait, in whole seconds', () => {
    expect(cooldownNotice(en, 2.2).content).toContain('try again in 3 seconds');
    expect(cooldownNotice(en, 0).content).toContain('try again in 1 second.');
    expect(cooldownNotice(en, Number.NaN).content).toContain('1 second.');
  });

  it('speak the reader’s language, naming the commands as their app does', () => {
    expect(cooldownNotice(es, 1).content).toContain('en 1 segundo.');
    expect(cooldownNotice(es, 4).content).toContain('en 4 segundos.');
    expect(unknownTopicNotice(es, 'x', 'term', []).content).toContain('ningún término llamado “x”');
    expect(unknownCommandNotice(es).content).toContain('`/preguntar`');
  });

  it('echo an unknown topic escaped, with topics that exist and /ask', () => {
    const notice = unknownTopicNotice(en, '@everyone **x**', 'topic', [
      { id: 'how-detainers-work', title: 'How detainers work', kind: 'explainer' },
    ]);
    expect(notice.content).toBe(
      [
        'No topic called “@\u200Beveryone \\*\\*x\\*\\*” in the knowledge base.',
        'Perhaps one of these:\n• How detainers work: `/explain topic:how-detainers-work`',
        'Or search everything with `/ask`.',
      ].join('\n\n'),
    );
  });

  it('link to an earlier share only when the link is a plain https address', () => {
    expect(alreadySharedNotice(en, 'https://discord.com/channels/1/2/3').content).toContain(
      'https://discord.com/channels/1/2/3',
    );
    expect(alreadySharedNotice(en, '[x](javascript:1)').content).toBe(
      'This was shared here a few minutes ago.',
    );
  });
});

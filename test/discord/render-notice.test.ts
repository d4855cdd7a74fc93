import { MessageFlags } from 'discord-api-types/v10';
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
      errorNotice(),
      unknownCommandNotice(),
      cooldownNotice(3),
      renderNotice('Hi'),
    ]) {
      expect(notice.flags).toBe(MessageFlags.Ephemeral);
      expect(notice.allowed_mentions).toEqual({ parse: [] });
      expect(validatePayload(notice)).toEqual([]);
    }
  });

  it('tell a person how long to wait, in whole seconds', () => {
    expect(cooldownNotice(2.2).content).toContain('try again in 3 seconds');
    expect(cooldownNotice(0).content).toContain('try again in 1 second.');
    expect(cooldownNotice(Number.NaN).content).toContain('1 second.');
  });

  it('echo an unknown topic escaped, with topics that exist and /ask', () => {
    const notice = unknownTopicNotice('@everyone **x**', 'topic', [
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
    expect(alreadySharedNotice('https://discord.com/channels/1/2/3').content).toContain(
      'https://discord.com/channels/1/2/3',
    );
    expect(alreadySharedNotice('[x](javascript:1)').content).toBe(
      'This was shared here a few minutes ago.',
    );
  });
});

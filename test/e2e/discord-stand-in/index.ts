export { standInClientOptions } from './client-options.js';
export {
  APPLICATION_ID,
  BOT_USER,
  CHANNEL_ID,
  GUILD_ID,
  MEMBER_USER,
  STAND_IN_TOKEN,
  testGuild,
  textChannel,
} from './fixtures.js';
export { botMessage, guildMember, makeInteraction } from './interactions.js';
export type { FaultOptions, RecordedRequest } from './rest-server.js';
export { StandIn, startStandIn } from './stand-in.js';
export type { StandInOptions } from './stand-in.js';
export { refereeCommands, refereeResponse, refereeWebhookMessage } from './referee.js';

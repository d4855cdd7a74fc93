import type { EntryKind, Source } from '../knowledge/schema.js';
import { plural } from './plural.js';

/**
 * Every fixed string a reader sees, in English: the shape every other language's catalog must
 * match (`Messages`), so a missing translation fails the type check rather than showing English.
 * Arguments arrive escaped and cut by the renderer; the catalog only words them.
 */
export const messagesEn = {
  /** Command and option names as a reader's Discord client shows them, for hints in replies. */
  commands: {
    ask: 'ask',
    explain: 'explain',
    define: 'define',
    jurisdiction: 'jurisdiction',
    sources: 'sources',
    about: 'about',
    explainer: 'explainer',
    findSources: 'Find sources',
  },
  options: {
    question: 'question',
    topic: 'topic',
    term: 'term',
    place: 'place',
    channel: 'channel',
    pin: 'pin',
    language: 'language',
  },
  subcommands: { post: 'post', list: 'list', remove: 'remove', reload: 'reload' },

  notLegalAdvice: 'General information from public sources, not legal advice.',
  knowledgeVersion: (version: string) => `knowledge ${version}`,
  asOf: (date: string) => `As of ${date}`,
  asOfInline: (date: string) => `as of ${date}`,
  datesLine: (asOf: string, reviewed: string) => `As of ${asOf} · reviewed ${reviewed}`,
  kinds: {
    explainer: 'Explainer',
    glossary: 'Glossary',
    jurisdiction: 'Jurisdiction',
    law: 'Law',
    case: 'Court case',
    document: 'Document',
    news: 'News',
    statute: 'Statute',
    regulation: 'Regulation',
    'executive-order': 'Executive order',
    'court-opinion': 'Court opinion',
    'agency-document': 'Agency document',
    report: 'Report',
  } satisfies Record<EntryKind | Source['kind'], string>,
  sharedBy: (mention: string) => `Shared by ${mention}`,
  sharedByMember: 'Shared by a member of this conversation',
  andMore: (count: number, where: string) => `… and ${count} more: ${where}`,
  continued: (name: string) => `${name} (continued)`,
  sourcesHeading: 'Sources',
  relatedHeading: 'Related',

  answer: {
    youAsked: (question: string) => `You asked: ${question}`,
    oldRule: (date: string, title: string, command: string) =>
      `**Old rule.** Replaced on ${date} by ${title}: ${command}`,
    oldRuleNoLonger: '**Old rule.** This describes a rule that is no longer in force.',
    placeNotCovered: (where: string) =>
      `The sources here cover Connecticut and federal law. Nothing here is about ${where} in particular; federal rules apply everywhere.`,
    thatPlace: 'that place',
    legalHelp: (title: string, command: string) => `**Facing ICE now?** ${title}: ${command}`,
    notTranslated: 'This entry is not translated yet; it is shown in its original English.',
    staleTranslation: (date: string) =>
      `Translation of ${date}: the English original has changed since.`,
    noAnswerTitle: 'No sourced answer',
    noAnswerText:
      "Nothing in the knowledge base answers this well enough to quote, and this bot does not guess. It covers ICE detainers, sharing information with ICE, Section 1373, 287(g), Connecticut's Trust Act and the court cases about them.",
    closestExplainers: '**Closest explainers**',
    browseWith: (command: string) => `Browse the explainers with ${command}.`,
    tryOtherWords: (command: string) =>
      `Try other words, or see ${command} to suggest a topic or a correction.`,
    emptyTitle: 'Ask a question in words',
    forExample: 'For example:',
    orStartWith: 'Or start with an explainer:',
    examples: [
      'What is an ICE detainer?',
      'Does Connecticut honor ICE detainers?',
      'What does 8 U.S.C. § 1373 require?',
    ],
    relatedMenu: 'Open a related explainer',
  },

  entry: {
    row: (n: number) => `Row ${n}`,
    sideBySide: 'Side by side',
    fullText: 'the full text',
    continuedNote: (fullText: string, sources: string, ask: string) =>
      `… *(continued: ${fullText}every source with ${sources}, or ${ask} about a part)*`,
  },

  sources: {
    title: (title: string) => `Sources: ${title}`,
    at: (pinpoint: string) => `at ${pinpoint}`,
    noneListed: 'No sources are listed.',
    page: (page: number, count: number) => ` · page ${page} of ${count}`,
    noAnswerTitle: 'No sources to show',
    noAnswerText:
      'There was no sourced answer to that question, so there are no sources behind it.',
    overviewTitle: (count: number) => `The ${count} sources behind this bot`,
    overviewIntro:
      'Every answer quotes its sources and numbers them [1], [2]…, with links, kinds and dates.',
    overviewOne: (command: string) => `See the sources behind one topic, e.g. ${command}`,
  },

  buttons: {
    share: 'Share to channel',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    thanks: 'thanks',
    previous: '◂ Previous',
    next: 'Next ▸',
    readFull: 'Read the full explainer',
  },

  notices: {
    error: 'Sorry, something went wrong on our side. Please try again in a moment.',
    unknownCommand: (ask: string, about: string) =>
      `Sorry, this bot does not know that command (it may have been renamed). Try ${ask} or ${about}.`,
    cooldown: (seconds: number) =>
      `You are asking faster than this bot can keep up with. Please try again in ${seconds} ${plural(seconds, 'second', 'seconds')}.`,
    unknownTopic: (option: string, typed: string) =>
      `No ${option} called “${typed}” in the knowledge base.`,
    perhaps: 'Perhaps one of these:',
    searchEverything: (ask: string) => `Or search everything with ${ask}.`,
    alreadySharedAt: (url: string) => `This was shared here a few minutes ago: ${url}`,
    alreadyShared: 'This was shared here a few minutes ago.',
    shareUnavailable:
      'That reply can no longer be shared: the knowledge base has changed since. Please ask again.',
    buttonGone: 'Sorry, that button no longer works. Please run the command again.',
    feedbackGone: 'Sorry, that button no longer works. Please ask again.',
    feedbackThanks: 'Thanks: curators read these counts to fix weak answers.',
    entryGone: (explain: string) =>
      `That explainer is no longer in the knowledge base. Browse them with ${explain}.`,
    listGone: (sources: string) =>
      `That list is no longer in the knowledge base. Try ${sources} again.`,
    noMessageText: 'That message has no text to search (only attachments or embeds).',
  },

  about: {
    title: 'About this bot',
    description:
      'Plain-language, cited answers about US “sanctuary” immigration policies: ICE detainers, ' +
      'information sharing under 8 U.S.C. § 1373, and state and local laws such as Connecticut’s ' +
      'Trust Act. Every answer quotes a curated knowledge base and links its public sources. ' +
      'It is general information, not legal advice: for your own situation, talk to an immigration lawyer.',
    knowledgeName: 'Knowledge',
    knowledge: (version: string, reviewed: string, entries: number, sources: number) =>
      `Version ${version}, last reviewed ${reviewed}: ${entries} entries citing ${sources} sources. Each answer shows the date it is true as of.`,
    storesName: 'What it stores',
    stores: (keepsQuestions: boolean) =>
      'Nothing personal. No message history, and no user id or server id is saved with ' +
      'anything you ask. Replies are private to you unless you press “Share to channel”. ' +
      'For its curators it keeps counts only: which topics were asked about each day, and ' +
      'how often an answer was marked helpful or not. ' +
      (keepsQuestions
        ? 'A question it could not answer is kept as text (numbers, emails and links removed) with the day, so the gap can be filled. '
        : 'Questions are not kept. ') +
      'In memory only: a salted hash of your user id for a few seconds (a cooldown), and ' +
      'for a few minutes which answer was shared in which channel.',
    commandsName: 'Commands',
    commandList: (commands: string, findSources: string) =>
      `${commands}, and “${findSources}” on any message (Apps menu).`,
    languages:
      'Answers come in English or Spanish: the language of your question, or else of your Discord app.',
    correctionsName: 'Suggest a correction',
    correctionsAt: (url: string) =>
      `Open an issue at ${url} naming the entry (its id is under every answer) and the source that says otherwise.`,
    corrections:
      'Open an issue in the project’s repository (see its README), naming the entry (its id is under every answer) and the source that says otherwise.',
  },

  pinned: {
    updatedOn: (date: string) => `*Updated on ${date}: the knowledge base changed.*`,
    withdrawnTitle: 'This explainer was withdrawn',
    withdrawn: (topic: string, explain: string, remove: string) =>
      `The topic ${topic} is no longer in the knowledge base, so this message no longer shows it.\n\nSee ${explain} for the current explainers. A moderator can remove this pin with ${remove}.`,
  },

  moderation: {
    status: {
      current: 'current',
      stale: 'update pending',
      withdrawn: 'topic withdrawn from the knowledge base',
      orphaned: 'message or channel deleted; no longer updated',
    },
    thisChannel: 'this channel',
    channelEnding: (digits: string) => `channel …${digits}`,
    cannotFind: (where: string) => `I cannot find ${where}.`,
    missingAccess: (where: string) =>
      `I cannot see ${where} (Missing Access). Give my role View Channel there and try again.`,
    missingPermission: (where: string) =>
      `Discord refused: I lack a permission in ${where}. Check the channel's permission overwrites for my role.`,
    pinFailed: (why: string) =>
      `I posted the explainer but could not pin it (${why}), so I deleted it again. Please try again.`,
    notAccepted: (why: string) =>
      `Discord did not accept that (${why}). Please try again in a moment.`,
    discordError: (code: number) => `Discord error ${code}`,
    posted: (title: string, where: string, link: string) =>
      `Pinned ${title} in ${where}: ${link}\nI will edit it in place whenever its sources or wording change.`,
    alreadyPinned: (title: string, where: string, link: string) =>
      `${title} is already pinned in ${where}: ${link}\nIt is kept current; there is no need to post it again.`,
    unknownTopic: (typed: string) => `No topic called “${typed}” in the knowledge base.`,
    perhaps: 'Perhaps one of these:',
    pickTopic: 'Start typing in the topic option and pick one from the list.',
    missingPermissions: (where: string, missing: string, count: number) =>
      `I cannot post and pin in ${where}: my role is missing ${missing} there. Grant ${plural(count, 'it', 'them')} in the channel's or the server's settings and try again.`,
    pinLimit: (where: string) =>
      `${where} already has 250 pinned messages, Discord's limit, so I could not pin the explainer (and did not leave it posted). Unpin an older message there and try again.`,
    forgotGone: (where: string) =>
      `Forgot the explainer that was in ${where}: its message was already deleted.`,
    removed: (where: string) =>
      `Unpinned and forgot the explainer in ${where}. The message stays in the channel but will no longer be updated; delete it if you like.`,
    notFound: (typed: string, list: string) =>
      `No pinned explainer in this server matches “${typed}”. See ${list}.`,
    ambiguous: (channels: string) =>
      `That topic is pinned in several channels: ${channels}. Run the command in the one you mean, or pick the message from the list.`,
    unpinFailed: (why: string, where: string) =>
      `I could not unpin it (${why}); it is still tracked. Check that my role has Pin Messages in ${where}.`,
    pinLine: (title: string, where: string, link: string, status: string, dates: string) =>
      `• ${title} in ${where} · ${link} · ${status} · ${dates}`,
    message: 'message',
    postedOn: (date: string) => `posted ${date}`,
    updatedOn: (date: string) => `updated ${date}`,
    noPins: (post: string) => `No pinned explainers in this server yet. Post one with ${post}.`,
    listTitle: (count: number) => `Pinned explainers in this server (${count})`,
    unchanged: (version: string) => `The knowledge is unchanged (version ${version}).`,
    reloaded: (version: string, previous: string) =>
      `Knowledge reloaded: version ${version} (was ${previous}).`,
    checking: (count: number) =>
      `Checking ${count} pinned ${plural(count, 'explainer', 'explainers')}; those whose content changed are being edited now.`,
    warnings: (count: number, check: string) => `${count} warning(s): run ${check}.`,
    refused: (count: number, version: string) =>
      `Reload refused: the knowledge has ${count} error(s). Still serving version ${version}; nothing changed for users.`,
    andMore: (count: number) => `… and ${count} more (npm run kb:check)`,
    guildOnly: 'Pinned explainers live in servers: run this in a server channel.',
    notAdded:
      'Pinned explainers need this bot added to the server itself, not only to your account: ask a server admin to invite it (its README says how).',
    usage: (post: string, list: string, remove: string) => `Use ${post}, ${list} or ${remove}.`,
    notModerator: 'Only members with **Pin Messages** can manage pinned explainers.',
    notAdmin:
      'Only the people who run this bot (BOT_ADMIN_IDS) can reload its knowledge. Ask them, or wait: it reloads on its own when they update it.',
    unavailable:
      'Pinned explainers are not available here: this bot runs without storage or without a Discord connection.',
  },

  terminal: {
    emptyQuestion: 'Ask a question in words, for example: "What is an ICE detainer?"',
    noAnswer: 'No sourced answer: nothing in the knowledge base answers that well enough to quote.',
    closestEntries: 'Closest entries:',
    oldRule: (date: string, title: string, id: string) =>
      `Old rule: replaced on ${date} by ${title} (explain ${id}).`,
    legalHelp: (title: string, id: string) => `Facing ICE now? ${title} (explain ${id})`,
    explainHint: (id: string) => `explain ${id}`,
    seeAlso: 'See also',
    related: (ids: string) => `Related: ${ids}`,
    unknownTopic: (typed: string) => `No topic "${typed}".`,
    tryTopics: (ids: string) => `Try: ${ids}`,
    seeTopics: 'See: topics',
  },
};

export type Messages = typeof messagesEn;

/** The entry that points people facing ICE now to legal help. */
export const LEGAL_HELP_ENTRY = 'getting-legal-help';

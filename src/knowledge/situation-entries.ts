/**
 * Entries for situations people are in now, not subjects: a question that tells of one is
 * answered with its entry first, whatever else its words match.
 */

/** Points people facing ICE now to legal help. */
export const LEGAL_HELP_ENTRY = 'getting-legal-help';

/** What agents at a home's door may do, and what the people inside may. */
export const AT_THE_DOOR_ENTRY = 'ice-at-the-door';

/**
 * Imported for its effect: English messages for Zod's smaller build (zod/mini), which carries
 * none of its own. The bot's schemas use that build because a bundle keeps only the parts they
 * use: configuration is parsed at every start of every process, and the full build alone took
 * longer to load than all the rest of the configuration code.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

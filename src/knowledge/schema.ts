import * as z from 'zod/mini';
import '../zod-messages.js';

/** Ids name files and citations: lower-case words joined by hyphens, e.g. `usc-8-1373`. */
export const kebabId = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)'));

// YAML reads `2017` or `[1373]` as numbers; curators should not have to quote them.
const text = z.pipe(z.union([z.string(), z.number()]), z.transform(String));

/** YYYY-MM-DD, or YYYY-MM / YYYY when a source gives no day. Calendar validity is a named check. */
export const partialDate = z.pipe(
  text,
  z
    .string()
    .check(z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date: YYYY-MM-DD, YYYY-MM or YYYY')),
);

export const fullDate = z.pipe(
  text,
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date: YYYY-MM-DD')),
);

export const sourceKinds = [
  'statute',
  'regulation',
  'executive-order',
  'court-opinion',
  'agency-document',
  'report',
  'news',
] as const;

const nonEmpty = () => z.string().check(z.minLength(1));

export const sourceSchema = z.strictObject({
  id: kebabId,
  title: nonEmpty(),
  publisher: nonEmpty(),
  date: partialDate,
  url: z.url({ protocol: /^https$/, error: 'must be an https:// link' }),
  kind: z.enum(sourceKinds),
  note: z.optional(nonEmpty()),
});

export const sourcesFileSchema = z.array(sourceSchema);

export type Source = z.infer<typeof sourceSchema>;

export const entryKinds = [
  'explainer',
  'glossary',
  'jurisdiction',
  'law',
  'case',
  'document',
  'news',
] as const;

export type EntryKind = (typeof entryKinds)[number];

export const frontMatterSchema = z.strictObject({
  title: nonEmpty(),
  summary: nonEmpty(),
  kind: z.enum(entryKinds),
  jurisdiction: nonEmpty(),
  aliases: z._default(z.array(text), []),
  tags: z._default(z.array(text), []),
  as_of: fullDate,
  reviewed: fullDate,
  related: z._default(z.array(kebabId), []),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

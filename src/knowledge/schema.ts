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

/**
 * How far a source's text and facts were checked: `verified` (the quoted text seen verbatim, the
 * main facts supported), `partial` (some key facts rest on summaries or a cut-off copy) or
 * `reported` (known mainly from news or other secondary reports). Entries resting on `reported`
 * sources say so to readers; `report --review` lists them.
 */
export const verificationLevels = ['verified', 'partial', 'reported'] as const;

const nonEmpty = () => z.string().check(z.minLength(1));

export const sourceSchema = z.strictObject({
  id: kebabId,
  title: nonEmpty(),
  publisher: nonEmpty(),
  date: partialDate,
  url: z.url({ protocol: /^https$/, error: 'must be an https:// link' }),
  kind: z.enum(sourceKinds),
  verification: z.optional(z.enum(verificationLevels)),
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

/**
 * Which period an entry describes: `current` is the law or situation in force now; `superseded`
 * was replaced by another entry's rule (`superseded_by`); `historical` records something past that
 * nothing replaced one for one (a suspended report, a revoked order, a news story).
 */
export const entryStatuses = ['current', 'superseded', 'historical'] as const;

export type EntryStatus = (typeof entryStatuses)[number];

/**
 * A picture drawn from data rather than by hand: the steps of a rule over time (`timeline`) or
 * the way something travels from one place to the next (`flow`). Each step cites its sources with
 * the same `[^source-id]` markers as a passage, so every part of the picture says where it comes from.
 */
export const diagramKinds = ['timeline', 'flow'] as const;

export const diagramSchema = z.strictObject({
  kind: z.enum(diagramKinds),
  title: nonEmpty(),
  /** On a flow: where every step leads (e.g. ICE). */
  to: z.optional(nonEmpty()),
  steps: z
    .array(
      z.strictObject({
        /** A few words in the box: a date on a timeline, a place on a flow. */
        label: nonEmpty(),
        /** One short sentence under it, with its citation markers. */
        text: nonEmpty(),
      }),
    )
    .check(z.minLength(2)),
});

export type Diagram = z.infer<typeof diagramSchema>;

export const frontMatterSchema = z.strictObject({
  title: nonEmpty(),
  summary: nonEmpty(),
  kind: z.enum(entryKinds),
  jurisdiction: nonEmpty(),
  aliases: z._default(z.array(text), []),
  tags: z._default(z.array(text), []),
  as_of: fullDate,
  /**
   * When the rule the entry states came into force, where that is earlier than `as_of`: a law
   * since amended describes itself as of the amendment, yet has been in force since it was passed.
   */
  in_force_from: z.optional(fullDate),
  reviewed: fullDate,
  related: z._default(z.array(kebabId), []),
  /** The ways people ask for this entry; searched as the strongest field. */
  questions: z._default(z.array(text), []),
  status: z._default(z.enum(entryStatuses), 'current'),
  superseded_by: z.optional(kebabId),
  diagram: z.optional(diagramSchema),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

const placeNames = z._default(z.array(text), []);

/** `places.yaml`: Connecticut's towns by county, places with entries elsewhere, the rest named. */
export const placesFileSchema = z.strictObject({
  connecticut: z.strictObject({
    entry: kebabId,
    names: placeNames,
    abbreviations: placeNames,
    counties: z.record(z.string(), z.array(text)),
    villages: z._default(z.record(z.string(), text), {}),
    nicknames: z._default(z.record(z.string(), text), {}),
    entries: z._default(z.record(z.string(), kebabId), {}),
    ambiguous: placeNames,
    known_elsewhere: placeNames,
  }),
  covered: z._default(
    z.array(
      z.strictObject({
        name: nonEmpty(),
        kind: z.enum(['state', 'county', 'city']),
        entry: kebabId,
        names: placeNames,
        abbreviations: placeNames,
        /** The state it lies in, as questions name it ("Oregon" for Clackamas County). */
        within: placeNames,
      }),
    ),
    [],
  ),
  elsewhere: z._default(
    z.strictObject({ states: placeNames, abbreviations: placeNames, cities: placeNames }),
    { states: [], abbreviations: [], cities: [] },
  ),
});

export type PlacesFile = z.infer<typeof placesFileSchema>;

const askedQuestions = z._default(z.array(text), []);

/** `out-of-scope.yaml`: per language, questions near this subject that no entry answers. */
export const outOfScopeFileSchema = z.strictObject({ en: askedQuestions, es: askedQuestions });

export type OutOfScopeFile = z.infer<typeof outOfScopeFileSchema>;

/** A translation's front matter: what it translates, from which version, and its own words. */
export const translationSchema = z.strictObject({
  translation_of: kebabId,
  /** The first 12 hex digits of the SHA-256 of the original file when it was translated. */
  // YAML reads some hashes (9303338382e6) as numbers: they must be quoted.
  source_hash: z
    .string({ error: "must be quoted ('3f2a9c1e0b7d'): unquoted, YAML may read it as a number" })
    .check(z.regex(/^[0-9a-f]{12}$/, 'must be 12 hex digits (sha256sum of the original file)')),
  title: nonEmpty(),
  summary: nonEmpty(),
  reviewed: fullDate,
  /** Names people use for the entry in this language ("orden administrativa"), beside the original's. */
  aliases: z._default(z.array(text), []),
  questions: z._default(z.array(text), []),
  /** The original's diagram in this language: same steps, same citations. */
  diagram: z.optional(diagramSchema),
});

export type TranslationFrontMatter = z.infer<typeof translationSchema>;

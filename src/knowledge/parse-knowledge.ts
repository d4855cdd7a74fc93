import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import path from 'node:path';
import YAML, { LineCounter, isMap, isScalar, isSeq } from 'yaml';
import type * as z from 'zod/mini';
import type { KnowledgeFiles, TextFile } from './knowledge-files.js';
import { parseBody, type Block } from './parse-body.js';
import type { Problem } from './problem.js';
import {
  frontMatterSchema,
  outOfScopeFileSchema,
  placesFileSchema,
  sourceSchema,
  translationSchema,
  type FrontMatter,
  type OutOfScopeFile,
  type PlacesFile,
  type Source,
  type TranslationFrontMatter,
} from './schema.js';
import type { Language } from './languages.js';

export interface ParsedSource {
  source: Source;
  line: number;
  /** The line of each field, for messages about one field. */
  fieldLines: Record<string, number>;
}

/** The first 12 hex digits of a file's SHA-256: what a translation records of its original. */
export const fileHash = (text: string): string =>
  createHash('sha256').update(text).digest('hex').slice(0, 12);

export interface ParsedEntry {
  id: string;
  file: string;
  /** `fileHash` of the file as read: a translation made from another version is stale. */
  hash: string;
  /** The folder below the knowledge root, e.g. `glossary`. */
  folder: string;
  frontMatter: FrontMatter;
  fieldLines: Record<string, number>;
  blocks: Block[];
}

export interface ParsedPlaces {
  file: string;
  places: PlacesFile;
  /** The first line that names a place, for messages about it. */
  lineOf(name: string): number;
}

export interface ParsedOutOfScope {
  file: string;
  questions: OutOfScopeFile;
  /** The line of a listed question, for messages about it. */
  lineOf(question: string): number;
}

/** A translation of an entry, e.g. `es/detainer.md`. */
export interface ParsedTranslation {
  /** The file name: the id of the entry it translates. */
  id: string;
  file: string;
  language: Language;
  frontMatter: TranslationFrontMatter;
  fieldLines: Record<string, number>;
  blocks: Block[];
}

export interface ParsedKnowledge {
  sourcesFile: string;
  sources: ParsedSource[];
  entries: ParsedEntry[];
  translations: ParsedTranslation[];
  /** Absent when the knowledge has no `places.yaml`, or it could not be read. */
  places?: ParsedPlaces;
  /** Absent when the knowledge has no `out-of-scope.yaml`, or it could not be read. */
  outOfScope?: ParsedOutOfScope;
  /** Problems found while parsing: YAML syntax, schema, malformed markers. */
  problems: Problem[];
}

const yamlEngine = { parse: (text: string) => (YAML.parse(text) ?? {}) as object };

function schemaProblems(
  file: string,
  error: z.core.$ZodError,
  lineOf: (field: string) => number,
  rule: string,
): Problem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    // An unknown key is reported on the object, so locate it by the key's own line.
    const top = String(issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : ''));
    return {
      file,
      line: lineOf(top),
      rule,
      severity: 'error',
      message: field ? `${field}: ${issue.message}` : issue.message,
    };
  });
}

/** A YAML file's document, or null after reporting its syntax errors on their lines. */
function readYaml(file: TextFile, problems: Problem[]) {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(file.text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  for (const error of doc.errors) {
    problems.push({
      file: file.path,
      line: lineAt(error.pos[0]),
      rule: 'yaml',
      severity: 'error',
      message: error.message.split('\n')[0] ?? 'invalid YAML',
    });
  }
  return doc.errors.length > 0 ? null : { doc, lineAt };
}

function parseSources(file: TextFile | null, root: string, problems: Problem[]): ParsedSource[] {
  if (!file) {
    problems.push({
      file: path.join(root, 'sources.yaml'),
      line: 1,
      rule: 'schema',
      severity: 'error',
      message: 'sources.yaml is missing: every citation must name a source listed there',
    });
    return [];
  }
  const read = readYaml(file, problems);
  if (!read) return [];
  const { doc, lineAt } = read;
  if (!isSeq(doc.contents)) {
    problems.push({
      file: file.path,
      line: 1,
      rule: 'schema',
      severity: 'error',
      message: 'sources.yaml must be a list of sources (each item starts with "- id:")',
    });
    return [];
  }
  const parsed: ParsedSource[] = [];
  // Converted once: toJS() walks the whole document, so calling it per source was quadratic.
  const values = doc.toJS() as unknown[];
  doc.contents.items.forEach((item, index) => {
    const line = lineAt(isMap(item) ? item.range?.[0] : undefined);
    const fieldLines: Record<string, number> = {};
    if (isMap(item)) {
      for (const pair of item.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        fieldLines[key] = lineAt(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
      }
    }
    const result = sourceSchema.safeParse(values[index]);
    if (!result.success) {
      problems.push(
        ...schemaProblems(file.path, result.error, (f) => fieldLines[f] ?? line, 'schema'),
      );
      return;
    }
    parsed.push({ source: result.data, line, fieldLines });
  });
  return parsed;
}

function parsePlaces(file: TextFile, problems: Problem[]): ParsedPlaces | undefined {
  const read = readYaml(file, problems);
  if (!read) return undefined;
  const { doc } = read;
  const lines = file.text.split('\n');
  const lineOf = (name: string) => {
    const pattern = new RegExp(`(^|[\\s\\[{,])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    const index = lines.findIndex(
      (line) => !line.trimStart().startsWith('#') && pattern.test(line),
    );
    return index < 0 ? 1 : index + 1;
  };
  const result = placesFileSchema.safeParse(doc.toJS());
  if (!result.success) {
    problems.push(...schemaProblems(file.path, result.error, lineOf, 'schema'));
    return undefined;
  }
  return { file: file.path, places: result.data, lineOf };
}

function parseOutOfScope(file: TextFile, problems: Problem[]): ParsedOutOfScope | undefined {
  const read = readYaml(file, problems);
  if (!read) return undefined;
  const lines = file.text.split('\n');
  const lineOf = (question: string) => {
    const index = lines.findIndex((line) => line.includes(question));
    return index < 0 ? 1 : index + 1;
  };
  const result = outOfScopeFileSchema.safeParse(read.doc.toJS() ?? {});
  if (!result.success) {
    problems.push(...schemaProblems(file.path, result.error, () => 1, 'schema'));
    return undefined;
  }
  return { file: file.path, questions: result.data, lineOf };
}

function frontMatterLines(text: string): Record<string, number> {
  const lines: Record<string, number> = {};
  const all = text.split(/\r?\n/);
  for (let i = 1; i < all.length && all[i] !== '---'; i++) {
    const key = /^([A-Za-z_]+):/.exec(all[i] as string)?.[1];
    if (key && !(key in lines)) lines[key] = i + 1;
  }
  return lines;
}

/** A Markdown file's front matter, checked against `schema`, and its body's blocks. */
function parseDocument<T>(
  file: TextFile,
  schema: z.ZodMiniType<T>,
  problems: Problem[],
): { frontMatter: T; fieldLines: Record<string, number>; blocks: Block[] } | null {
  if (!file.text.startsWith('---')) {
    problems.push({
      file: file.path,
      line: 1,
      rule: 'schema',
      severity: 'error',
      message: 'missing front matter: the file must start with a line "---"',
    });
    return null;
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(file.text, { engines: { yaml: yamlEngine } });
  } catch (error) {
    const mark = (error as { linePos?: [{ line: number }] }).linePos?.[0]?.line;
    problems.push({
      file: file.path,
      // gray-matter hands YAML the text after "---" on line 1, so YAML's lines are the file's lines.
      line: mark ?? 1,
      rule: 'yaml',
      severity: 'error',
      message: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    });
    return null;
  }
  const fieldLines = frontMatterLines(file.text);
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    problems.push(...schemaProblems(file.path, result.error, (f) => fieldLines[f] ?? 1, 'schema'));
    return null;
  }
  const bodyLine = file.text.split('\n').length - parsed.content.split('\n').length + 1;
  const body = parseBody(parsed.content, bodyLine);
  for (const { line, marker } of body.malformedMarkers) {
    problems.push({
      file: file.path,
      line,
      rule: 'citation-syntax',
      severity: 'error',
      message: `malformed citation marker ${marker}: write [^source-id] or [^source-id:pinpoint]`,
    });
  }
  return { frontMatter: result.data, fieldLines, blocks: body.blocks };
}

function parseEntry(file: TextFile, root: string, problems: Problem[]): ParsedEntry | null {
  const id = path.basename(file.path, '.md');
  const folder = path.dirname(path.relative(root, file.path)).split(path.sep)[0] ?? '';
  const parsed = parseDocument(file, frontMatterSchema, problems);
  return parsed && { id, file: file.path, folder, hash: fileHash(file.text), ...parsed };
}

function parseTranslation(
  file: TextFile,
  root: string,
  problems: Problem[],
): ParsedTranslation | null {
  const id = path.basename(file.path, '.md');
  const language = path.relative(root, file.path).split(path.sep)[0] as Language;
  const parsed = parseDocument(file, translationSchema, problems);
  return parsed && { id, file: file.path, language, ...parsed };
}

/** Parses every file; problems that stop a file from being understood are returned, not thrown. */
export function parseKnowledge(files: KnowledgeFiles, root: string): ParsedKnowledge {
  const problems: Problem[] = [];
  const sources = parseSources(files.sources, root, problems);
  const entries = files.entries
    .map((file) => parseEntry(file, root, problems))
    .filter((entry): entry is ParsedEntry => entry !== null);
  const translations = (files.translations ?? [])
    .map((file) => parseTranslation(file, root, problems))
    .filter((translation): translation is ParsedTranslation => translation !== null);
  const places = files.places ? parsePlaces(files.places, problems) : undefined;
  const outOfScope = files.outOfScope ? parseOutOfScope(files.outOfScope, problems) : undefined;
  return {
    sourcesFile: files.sources?.path ?? path.join(root, 'sources.yaml'),
    sources,
    entries,
    translations,
    ...(places ? { places } : {}),
    ...(outOfScope ? { outOfScope } : {}),
    problems,
  };
}

import matter from 'gray-matter';
import path from 'node:path';
import YAML, { LineCounter, isMap, isScalar, isSeq } from 'yaml';
import type * as z from 'zod/mini';
import type { KnowledgeFiles, TextFile } from './knowledge-files.js';
import { parseBody, type Block } from './parse-body.js';
import type { Problem } from './problem.js';
import { frontMatterSchema, sourceSchema, type FrontMatter, type Source } from './schema.js';

export interface ParsedSource {
  source: Source;
  line: number;
  /** The line of each field, for messages about one field. */
  fieldLines: Record<string, number>;
}

export interface ParsedEntry {
  id: string;
  file: string;
  /** The folder below the knowledge root, e.g. `glossary`. */
  folder: string;
  frontMatter: FrontMatter;
  fieldLines: Record<string, number>;
  blocks: Block[];
}

export interface ParsedKnowledge {
  sourcesFile: string;
  sources: ParsedSource[];
  entries: ParsedEntry[];
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
  if (doc.errors.length > 0) return [];
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

function frontMatterLines(text: string): Record<string, number> {
  const lines: Record<string, number> = {};
  const all = text.split(/\r?\n/);
  for (let i = 1; i < all.length && all[i] !== '---'; i++) {
    const key = /^([A-Za-z_]+):/.exec(all[i] as string)?.[1];
    if (key && !(key in lines)) lines[key] = i + 1;
  }
  return lines;
}

function parseEntry(file: TextFile, root: string, problems: Problem[]): ParsedEntry | null {
  const id = path.basename(file.path, '.md');
  const folder = path.dirname(path.relative(root, file.path)).split(path.sep)[0] ?? '';
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
  const result = frontMatterSchema.safeParse(parsed.data);
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
  return { id, file: file.path, folder, frontMatter: result.data, fieldLines, blocks: body.blocks };
}

/** Parses every file; problems that stop a file from being understood are returned, not thrown. */
export function parseKnowledge(files: KnowledgeFiles, root: string): ParsedKnowledge {
  const problems: Problem[] = [];
  const sources = parseSources(files.sources, root, problems);
  const entries = files.entries
    .map((file) => parseEntry(file, root, problems))
    .filter((entry): entry is ParsedEntry => entry !== null);
  return {
    sourcesFile: files.sources?.path ?? path.join(root, 'sources.yaml'),
    sources,
    entries,
    problems,
  };
}

/**
 * Requests checked against Discord's own OpenAPI description of its API with a real JSON Schema
 * validator (Ajv in 2020-12 mode, formats from ajv-formats). The file is the copy in
 * `discord-api-spec/` beside this module (discord/discord-api-spec, MIT; its README says which
 * commit), or wherever `DISCORD_API_SPEC` points, to check against a newer one. Where its README says the documentation
 * disagrees with it, the documentation wins, and the schema is corrected here before use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { repoRoot } from '../../support/run-cli.js';
import type { FormError } from './form-errors.js';

export const SPEC_FILE =
  process.env.DISCORD_API_SPEC ??
  join(repoRoot, 'test', 'e2e', 'discord-stand-in', 'discord-api-spec', 'openapi.json');

type Schema = Record<string, unknown>;

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Schema> };
}

interface Operation {
  parameters?: { name: string; in: string; schema: Schema; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

const SCHEMA_ID = 'discord-api';

const isRecord = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object node of a schema tree, depth first, parents before children. */
function* nodesOf(value: unknown): Generator<Schema> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodesOf(item);
  } else if (isRecord(value)) {
    yield value;
    for (const child of Object.values(value)) yield* nodesOf(child);
  }
}

const refName = (branch: unknown) =>
  isRecord(branch) && typeof branch.$ref === 'string'
    ? branch.$ref.replace('#/components/schemas/', '')
    : undefined;

/** The `type` values a union branch accepts, when it names them as a discriminator would. */
function typeTagsOf(schema: Schema | undefined): number[] | undefined {
  const properties = schema?.properties;
  const required = schema?.required;
  if (!isRecord(properties) || !Array.isArray(required) || !required.includes('type')) {
    return undefined;
  }
  const type = properties.type;
  const tags = isRecord(type) ? type.enum : undefined;
  return Array.isArray(tags) && tags.every((tag) => typeof tag === 'number') ? tags : undefined;
}

/**
 * Discord's unions (components, command options, interaction responses) are told apart by an
 * integer `type`. As plain `oneOf`, a payload with one bad field fails every branch and the
 * validator reports all of them; rewritten as "if type is N, then branch N", only the branch
 * Discord would pick is checked, and an unknown type is one error at `type`.
 */
function discriminateUnions(document: OpenApiDocument): void {
  const { schemas } = document.components;
  for (const node of nodesOf(document)) {
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = node[keyword];
      if (!Array.isArray(branches) || branches.length < 2) continue;
      const tagged = branches.map((branch) => {
        const name = refName(branch);
        return { name, tags: name === undefined ? undefined : typeTagsOf(schemas[name]) };
      });
      if (!tagged.every((branch) => branch.tags !== undefined)) continue;
      delete node[keyword];
      delete node['x-discord-union'];
      const allTags = tagged.flatMap((branch) => branch.tags ?? []);
      node.allOf = [
        ...(Array.isArray(node.allOf) ? node.allOf : []),
        { type: 'object', properties: { type: { enum: allTags } }, required: ['type'] },
        ...tagged.map((branch) => ({
          if: { properties: { type: { enum: branch.tags } } },
          then: { $ref: `#/components/schemas/${branch.name}` },
        })),
      ];
    }
  }
}

/**
 * The documented differences (see the spec's README): `default_member_permissions` is a string
 * of digits in the documentation and in what Discord accepts, an integer in the file.
 */
function applyDocumentation(document: OpenApiDocument): void {
  for (const node of nodesOf(document.components.schemas)) {
    const properties = node.properties;
    if (isRecord(properties) && isRecord(properties.default_member_permissions)) {
      properties.default_member_permissions = { type: ['string', 'null'], pattern: '^\\d+$' };
    }
  }
}

function loadDocument(): OpenApiDocument {
  if (!existsSync(SPEC_FILE)) {
    throw new Error(
      `Discord's OpenAPI description is not at ${SPEC_FILE}: restore it from discord/discord-api-spec's specs/openapi.json, or set DISCORD_API_SPEC to its path.`,
    );
  }
  const document = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as OpenApiDocument;
  applyDocumentation(document);
  discriminateUnions(document);
  return document;
}

/** ajv-formats is CommonJS: its plugin is the module itself, or its `default`. */
const addFormats = ((addFormatsPlugin as unknown as { default?: unknown }).default ??
  addFormatsPlugin) as (ajv: Ajv2020) => Ajv2020;

function createAjv(document: OpenApiDocument): Ajv2020 {
  // Unknown keywords (`x-discord-union`, OpenAPI's own) are annotations here, not errors.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    validateFormats: true,
    inlineRefs: false,
  });
  addFormats(ajv);
  ajv.addFormat('snowflake', /^(0|[1-9][0-9]*)$/);
  // A nonce is an integer or a string of at most 25 characters; the schema's types say which.
  ajv.addFormat('nonce', true);
  // Discord's file is taken as it is, not first checked against JSON Schema's own meta-schema.
  ajv.addSchema({ $id: SCHEMA_ID, ...document }, undefined, undefined, false);
  return ajv;
}

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** A type error's wording, in the style of Discord's. */
const TYPE_CODES: Record<string, [code: string, message: string]> = {
  string: ['STRING_TYPE_CONVERT', 'Could not interpret the value as string.'],
  integer: ['NUMBER_TYPE_COERCE', 'Value is not int.'],
  number: ['NUMBER_TYPE_COERCE', 'Value is not a number.'],
  boolean: ['BOOLEAN_TYPE_CONVERT', 'Must be either true or false.'],
  array: ['LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType'],
  object: ['MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType'],
};

function describe(error: ErrorObject): [code: string, message: string] {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return ['BASE_TYPE_REQUIRED', 'This field is required'];
    case 'maxLength':
    case 'maxItems':
      return ['BASE_TYPE_MAX_LENGTH', `Must be ${String(params.limit)} or fewer in length.`];
    case 'minLength':
    case 'minItems':
      return ['BASE_TYPE_MIN_LENGTH', `Must be ${String(params.limit)} or more in length.`];
    case 'maximum':
      return ['NUMBER_TYPE_MAX', `Value should be less than or equal to ${String(params.limit)}.`];
    case 'minimum':
      return [
        'NUMBER_TYPE_MIN',
        `Value should be greater than or equal to ${String(params.limit)}.`,
      ];
    case 'enum':
    case 'const':
      return ['BASE_TYPE_CHOICES', 'Value must be one of the allowed values.'];
    case 'pattern':
      return ['STRING_TYPE_REGEX', 'String value did not match validation regex.'];
    case 'uniqueItems':
      return ['SET_TYPE_ALREADY_CONTAINS_VALUE', 'The set already contains this value.'];
    case 'format':
      if (params.format === 'uri') return ['URL_TYPE_INVALID_URL', 'Not a well formed URL.'];
      if (params.format === 'date-time') {
        return ['DATE_TYPE_PARSE', 'Could not parse the value. Should be ISO8601.'];
      }
      return ['NUMBER_TYPE_COERCE', `Value is not ${String(params.format)}.`];
    case 'type': {
      const expected = String(params.type).split(',')[0] ?? '';
      return TYPE_CODES[expected] ?? ['BASE_TYPE_INVALID', error.message ?? 'Invalid value.'];
    }
    default:
      return ['UNION_TYPE_CHOICES', error.message ?? 'Invalid value.'];
  }
}

const toPath = (instancePath: string): FormError['path'] =>
  instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

const typeOf = (error: ErrorObject) =>
  error.keyword === 'type' ? String((error.params as { type?: unknown }).type) : undefined;

/**
 * Ajv's errors as Discord's: one per field. A nullable field (`oneOf: [null, X]`) that fails X
 * also fails "must be null" and the union itself; Discord names only what is wrong inside X. A
 * union of value types (an autocomplete choice's value: integer, number or string) that fails
 * one branch by type and passes another is not wrong there; when no branch fits, the union's
 * own error says so.
 */
export function toFormErrors(errors: readonly ErrorObject[]): FormError[] {
  const typesAt = new Map<string, Set<string>>();
  for (const error of errors) {
    const type = typeOf(error);
    if (type !== undefined && type !== 'null') {
      typesAt.set(error.instancePath, (typesAt.get(error.instancePath) ?? new Set()).add(type));
    }
  }
  const specific = errors.filter(
    (error) =>
      error.keyword !== 'if' &&
      typeOf(error) !== 'null' &&
      !(typeOf(error) !== undefined && (typesAt.get(error.instancePath)?.size ?? 0) > 1),
  );
  const kept = specific.filter(
    (error) =>
      !['oneOf', 'anyOf'].includes(error.keyword) ||
      !specific.some(
        (other) => other !== error && other.instancePath.startsWith(error.instancePath),
      ),
  );
  const seen = new Set<string>();
  return kept.flatMap((error) => {
    const path = toPath(error.instancePath);
    if (error.keyword === 'required') {
      path.push(String((error.params as { missingProperty: string }).missingProperty));
    }
    const [code, message] = describe(error);
    const key = `${JSON.stringify(path)} ${code}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ path, code, message }];
  });
}

export interface SpecRequest {
  method: string;
  /** The path as the spec writes it: `/channels/{channel_id}/messages`. */
  specPath: string;
  /** The path requested, after `/api/v10`: `/channels/123/messages`. */
  path: string;
  body: unknown;
}

export interface SpecValidator {
  /** What Discord's schema refuses in the request's path parameters and JSON body. */
  check(request: SpecRequest): FormError[];
  /**
   * Compiles the schemas of these routes now, so the first request to each is not slowed by it
   * (compiling the interaction callback's takes most of a second, against Discord's three).
   */
  prepare(routes: readonly { method: string; specPath: string }[]): void;
}

function createSpecValidator(): SpecValidator {
  const document = loadDocument();
  const ajv = createAjv(document);
  const compiled = new Map<string, { params: ValidateFunction; body?: ValidateFunction }>();

  const compile = (specPath: string, method: string) => {
    const item = document.paths[specPath];
    const operation = item?.[method] as Operation | undefined;
    if (!item || !operation) throw new Error(`The spec has no ${method} ${specPath}`);
    // Each parameter's schema by its place in the document, so its `$ref`s resolve there.
    const parameters = [
      ...((item.parameters as Operation['parameters']) ?? []).map((p, i) => ({
        ...p,
        at: pointer('paths', specPath, 'parameters', String(i), 'schema'),
      })),
      ...(operation.parameters ?? []).map((p, i) => ({
        ...p,
        at: pointer('paths', specPath, method, 'parameters', String(i), 'schema'),
      })),
    ].filter((parameter) => parameter.in === 'path');
    const params = ajv.compile({
      type: 'object',
      properties: Object.fromEntries(
        parameters.map((p) => [p.name, { $ref: `${SCHEMA_ID}#/${p.at}` }]),
      ),
      required: parameters.map((p) => p.name),
    });
    const hasBody = operation.requestBody?.content?.['application/json']?.schema !== undefined;
    const body = hasBody
      ? ajv.compile({
          $ref: `${SCHEMA_ID}#/${pointer('paths', specPath, method, 'requestBody', 'content', 'application/json', 'schema')}`,
        })
      : undefined;
    return { params, ...(body ? { body } : {}) };
  };

  const validatorsOf = (method: string, specPath: string) => {
    const key = `${method} ${specPath}`;
    let validators = compiled.get(key);
    if (!validators) compiled.set(key, (validators = compile(specPath, method.toLowerCase())));
    return validators;
  };

  return {
    prepare(routes) {
      for (const { method, specPath } of routes) validatorsOf(method, specPath);
    },
    check({ method, specPath, path, body }) {
      const validators = validatorsOf(method, specPath);
      const actual = path.split('/');
      const values: Record<string, string> = {};
      specPath.split('/').forEach((segment, index) => {
        const name = /^\{(.+)\}$/.exec(segment)?.[1];
        if (name) values[name] = decodeURIComponent(actual[index] ?? '');
      });
      const errors: FormError[] = [];
      if (!validators.params(values)) errors.push(...toFormErrors(validators.params.errors ?? []));
      if (validators.body && !validators.body(body ?? null)) {
        errors.push(...toFormErrors(validators.body.errors ?? []));
      }
      return errors;
    },
  };
}

let shared: SpecValidator | undefined;

/** The validator, built once per process: compiling Discord's schemas takes a moment. */
export const specValidator = (): SpecValidator => (shared ??= createSpecValidator());

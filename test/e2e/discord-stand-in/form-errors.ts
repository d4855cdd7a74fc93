import type { RouteResponse } from './route.js';

/** One reason Discord refuses a request body, at the path of the field it is about. */
export interface FormError {
  /** Field names and array indices from the body's root: `['data', 'embeds', 0, 'title']`. */
  path: (string | number)[];
  /** Discord's error code for the field, such as `BASE_TYPE_MAX_LENGTH`. */
  code: string;
  message: string;
}

/** Discord's 400 body for a rejected payload: errors nested by the path of the bad field. */
export function invalidFormBody(errors: readonly FormError[]): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const { path, code, message } of errors) {
    let node = nested;
    for (const key of path) node = (node[key] ??= {}) as Record<string, unknown>;
    ((node._errors ??= []) as unknown[]).push({ code, message });
  }
  return { code: 50035, message: 'Invalid Form Body', errors: nested };
}

/** The response for a request with `errors`, or undefined when there are none. */
export const refusal = (errors: readonly FormError[]): RouteResponse | undefined =>
  errors.length > 0 ? { status: 400, body: invalidFormBody(errors) } : undefined;

/** Builders for the errors the rule modules report, worded as Discord words them. */
export const formError = {
  required: (path: FormError['path']): FormError => ({
    path,
    code: 'BASE_TYPE_REQUIRED',
    message: 'This field is required',
  }),
  tooLong: (path: FormError['path'], max: number): FormError => ({
    path,
    code: 'BASE_TYPE_MAX_LENGTH',
    message: `Must be ${max} or fewer in length.`,
  }),
  badLength: (path: FormError['path'], min: number, max: number): FormError => ({
    path,
    code: 'BASE_TYPE_BAD_LENGTH',
    message: `Must be between ${min} and ${max} in length.`,
  }),
  invalid: (path: FormError['path'], code: string, message: string): FormError => ({
    path,
    code,
    message,
  }),
};

/** Counted in code points, the lenient reading, so the referee only fails definite overruns. */
export const lengthOf = (text: string): number => [...text].length;

/** Discord refuses text that is empty or only whitespace where text is required. */
export const isBlank = (text: unknown): boolean => typeof text !== 'string' || text.trim() === '';

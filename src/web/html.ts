import escapeHtml from 'escape-html';

/** Markup already made safe: interpolated into `html` as it is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolated = SafeHtml | string | number | undefined | false | null | readonly Interpolated[];

function interpolate(value: Interpolated): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return (value as readonly Interpolated[]).map(interpolate).join('');
  return escapeHtml(String(value));
}

/**
 * A template of HTML whose every interpolated string is escaped (escape-html, the escaping
 * Express uses): knowledge text can never become markup by accident. Arrays are joined; nested
 * `html` stays as it is.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  return new SafeHtml(
    strings.reduce(
      (out, part, i) => out + part + (i < values.length ? interpolate(values[i]) : ''),
      '',
    ),
  );
}

/** Markup made elsewhere that is known safe (rendered by markdown-it with HTML turned off). */
export const trusted = (markup: string): SafeHtml => new SafeHtml(markup);

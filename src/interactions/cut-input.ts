/**
 * The first `maxLength` characters of what someone typed, as a string of its own.
 *
 * `String#slice` in V8 returns a view into the original string, which then stays in memory for as
 * long as the slice does: 300 characters cut from a 1 MB option value and remembered with their
 * answer keep the whole megabyte alive. Decoding the characters anew makes an independent string.
 * A cut never splits a surrogate pair, so an emoji at the limit is dropped whole, never halved.
 */
export function cutInput(text: string, maxLength: number): string {
  let end = Math.min(text.length, maxLength);
  const last = text.charCodeAt(end - 1);
  if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return Buffer.from(text.slice(0, end), 'utf16le').toString('utf16le');
}

/**
 * Remembers the last `size` results of a pure function of a string: answers to questions, which
 * repeat (a channel asks the same thing after a news story), and the analysis of text that snippets
 * and synonyms read again and again. Results are shared: callers must not change them.
 */
export function rememberRecent<T>(compute: (key: string) => T, size: number): (key: string) => T {
  const recent = new Map<string, T>();
  return (key) => {
    const known = recent.get(key);
    if (known !== undefined) {
      // Re-inserting moves the key to the newest end of the Map's order.
      recent.delete(key);
      recent.set(key, known);
      return known;
    }
    const value = compute(key);
    recent.set(key, value);
    if (recent.size > size) recent.delete(recent.keys().next().value as string);
    return value;
  };
}

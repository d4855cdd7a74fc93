/** `one` for a count of 1, `many` otherwise: the plural rule English and Spanish share. */
export const plural = (count: number, one: string, many: string): string =>
  count === 1 ? one : many;

/** The day (UTC, YYYY-MM-DD): the finest time the usage tables keep, and the "Updated on" date. */
export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

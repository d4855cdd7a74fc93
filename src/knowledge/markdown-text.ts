const markerPattern = /\s*\[\^[^\]]*\]/g;

/** Drops citation markers, e.g. for the text that search indexes. */
export const stripMarkers = (markdown: string) => markdown.replace(markerPattern, '');

/** Markdown to plain words: no markers, emphasis, code ticks or link targets. */
export function markdownToText(markdown: string): string {
  return stripMarkers(markdown)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^]*?\S)\1/g, '$2')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

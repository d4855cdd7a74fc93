/**
 * The search page's script: loads the engine's data (only here, only when someone searches) and
 * answers with the bot's own engine, so a question finds the same first entry as `/ask`.
 */
import { entryPagePath } from '../../answer/entry-page.js';
import type { Answer } from '../../answer/answer.js';
import { engineFromData, type EngineData } from '../../app/engine-data.js';
import type { Language } from '../../knowledge/languages.js';

const panel = document.getElementById('search-results') as HTMLElement;
const { language = 'en', data = 'search-data.json', root = '' } = panel.dataset;
const question = new URLSearchParams(location.search).get('q')?.trim() ?? '';
const input = document.getElementById('q') as HTMLInputElement | null;
if (input) input.value = question;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.textContent = text;
  return made;
}

/** A snippet's `**bold**` as <mark>, its `[n]` kept as text: never parsed as HTML. */
function snippetParagraph(snippet: string): HTMLParagraphElement {
  const paragraph = element('p');
  snippet.split(/\*\*/).forEach((part, i) => {
    paragraph.append(i % 2 === 1 ? element('mark', part) : document.createTextNode(part));
  });
  return paragraph;
}

function show(answer: Answer, translated: (id: string) => boolean) {
  const pageOf = (id: string) =>
    root + entryPagePath(id, answer.language !== 'en' && translated(id) ? answer.language : 'en');
  panel.replaceChildren();
  if (answer.results.length === 0) {
    panel.append(element('p', panel.dataset.noAnswer));
    if (answer.suggestions.length === 0) return;
    panel.append(element('p', panel.dataset.closest));
  }
  const list = element('ol');
  list.className = 'results';
  const items: { id: string; title: string; snippet?: string }[] =
    answer.results.length > 0 ? answer.results : answer.suggestions;
  for (const item of items) {
    const entry = element('li');
    const link = element('a', item.title);
    link.href = pageOf(item.id);
    link.dataset.entry = item.id;
    entry.append(link);
    if (item.snippet) entry.append(snippetParagraph(item.snippet));
    list.append(entry);
  }
  panel.append(list);
}

async function search() {
  if (!question) return;
  panel.replaceChildren(element('p', panel.dataset.searching));
  const response = await fetch(data);
  const engine = engineFromData((await response.json()) as EngineData);
  const answer = engine.ask(question, { locale: language as Language });
  show(answer, (id) => engine.knowledge.entriesById.get(id)?.translations.es !== undefined);
  panel.dataset.ready = 'true';
}

search().catch((error: unknown) => {
  panel.replaceChildren(element('p', String(error)));
  panel.dataset.ready = 'error';
});

/** The raw text of a knowledge base, as read from disk: the input of every pure step after it. */
export interface TextFile {
  /** Path as shown in messages, e.g. `knowledge/law/8-usc-1373.md`. */
  path: string;
  text: string;
}

export interface KnowledgeFiles {
  sources: TextFile | null;
  entries: TextFile[];
  /** `places.yaml`; without it no question is recognised as naming a place. */
  places?: TextFile | null;
  /** `out-of-scope.yaml`: questions the bot declines, which search learns from. */
  outOfScope?: TextFile | null;
  /** Translated entries, in language folders such as `es/`. */
  translations?: TextFile[];
}

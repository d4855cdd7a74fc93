/**
 * The browser's stand-in for `node:module`. The search code loads a few CommonJS data packages
 * with `createRequire(…)(name)`; in the page they are bundled, and this `require`
 * hands them out by name. A name missing here fails at once, with the name, rather than later.
 * SUBTLEX is not among them: the page's engine data carries the everyday words answering reads.
 */
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import spanish from 'lunr-languages/lunr.es';

const bundled: Record<string, unknown> = {
  'lunr-languages/lunr.stemmer.support': stemmerSupport,
  'lunr-languages/lunr.es': spanish,
};

export function createRequire(): (name: string) => unknown {
  return (name) => {
    if (!(name in bundled)) throw new Error(`search in the browser has no bundled "${name}"`);
    return bundled[name];
  };
}

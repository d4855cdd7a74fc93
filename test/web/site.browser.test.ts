/**
 * The web pages in a real browser (Debian's Chromium through playwright-core), served by
 * `serve:http` on 127.0.0.1: each page type renders and passes axe-core, links resolve, search
 * finds what `cli -- ask` finds, Spanish pages are Spanish, diagrams show their cited steps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { buildSite, requireChromium, serveSite } from './site-server.js';

let siteDir: string;
let base: string;
let server: ChildProcess;
let browser: Browser;
let shared: Page;

beforeAll(async () => {
  const executablePath = requireChromium();
  siteDir = buildSite();
  const served = await serveSite(siteDir);
  base = served.url;
  server = served.child;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const context = await browser.newContext({
    bypassCSP: true,
    viewport: { width: 1024, height: 900 },
  });
  shared = await context.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

/**
 * One page, one context for every test: navigating is fast, a new context is not. axe is injected
 * by the test, so the pages' Content-Security-Policy is bypassed in this context only.
 */
async function open(pathname: string, width = 1024): Promise<Page> {
  await shared.setViewportSize({ width, height: 900 });
  const response = await shared.goto(new URL(pathname, base).href);
  expect(response?.status(), pathname).toBe(200);
  return shared;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  // Runs in the page, where `axe` is now a global: written as a string, no DOM types needed here.
  const results = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] })",
  )) as axe.AxeResults;
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const PAGE_TYPES = [
  'index.html',
  'explainers.html',
  'detainers-vs-information-sharing.html',
  'trust-act.html',
  'ct-trust-act-2013.html',
  'sources.html',
  'about.html',
  'search.html?q=detainer',
  'es/index.html',
  'es/how-data-reaches-ice-in-connecticut.html',
];

describe('the site in a browser', () => {
  it.each(PAGE_TYPES)('renders %s with no serious accessibility violation', async (pathname) => {
    const page = await open(pathname);
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
    if (pathname.startsWith('search')) await page.waitForSelector('#search-results[data-ready]');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('resolves every internal link and fragment of every page', () => {
    const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' });
    const pages = files.filter((f) => f.endsWith('.html'));
    const broken: string[] = [];
    for (const file of pages) {
      const text = readFileSync(path.join(siteDir, file), 'utf8');
      for (const [, href = ''] of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        if (/^(?:https?:|mailto:)/.test(href)) continue;
        const [target = '', fragment] = href.split('#');
        const resolved = target ? path.join(path.dirname(file), target) : file;
        const html = pages.includes(resolved)
          ? readFileSync(path.join(siteDir, resolved), 'utf8')
          : '';
        const exists = files.includes(resolved);
        if (!exists || (fragment && !html.includes(`id="${fragment}"`)))
          broken.push(`${file} -> ${href}`);
      }
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('finds the same first entry as the command line for a sample of questions', async () => {
    const questions = [
      'what is an ice detainer',
      'can connecticut police hold someone for ice now',
      'does the state give my info to la migra',
    ];
    // The command line's answers, asked side by side while the browser is busy.
    const expected = await Promise.all(
      questions.map(async (question) => {
        const { stdout } = await runCli(['ask', '--json', question]);
        return (JSON.parse(stdout) as { results: { id: string }[] }).results[0]?.id;
      }),
    );
    for (const [i, question] of questions.entries()) {
      const page = await open(`search.html?q=${encodeURIComponent(question)}`);
      await page.waitForSelector('#search-results[data-ready="true"]', { timeout: 30_000 });
      const first = await page
        .locator('#search-results a[data-entry]')
        .first()
        .getAttribute('data-entry');
      expect(first, question).toBe(expected[i]);
    }
  }, 90_000);

  it('shows Spanish pages in Spanish, with a link to the English page', async () => {
    const page = await open('es/trust-act.html', 360);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('h1').textContent()).toMatch(/¿Qué es la Trust Act/);
    expect(await page.locator('a[hreflang="en"]').first().getAttribute('href')).toBe(
      '../trust-act.html',
    );
    expect(await page.locator('figure figcaption').textContent()).toMatch(/Cuándo/);
  });

  it("draws the diagrams' steps with links to their cited sources", async () => {
    for (const [pathname, labels] of [
      ['trust-act.html', ['Jan. 2014', 'Oct. 2019', 'Oct. 2025']],
      ['how-data-reaches-ice-in-connecticut.html', ['Fingerprints at booking', 'COLLECT database']],
    ] as const) {
      const page = await open(pathname, 360);
      const svg = page.locator('svg.diagram');
      for (const label of labels) await expect(svg.textContent()).resolves.toContain(label);
      const cites = await svg
        .locator('a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(cites.length).toBeGreaterThanOrEqual(labels.length);
      for (const href of cites) expect(await page.locator(`${href} a`).count(), href ?? '').toBe(1);
      // Readable on a phone: the picture fits the screen.
      const box = await svg.boundingBox();
      expect(box?.width).toBeLessThanOrEqual(360);
    }
  });

  it('serves pages with a strict CSP and caching headers, and nothing outside the folder', async () => {
    const page = await fetch(new URL('index.html', base));
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(
      /default-src 'none'; script-src 'self'/,
    );
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const again = await fetch(new URL('index.html', base), {
      headers: { 'if-none-match': page.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
    expect((await fetch(new URL('site.css', base))).headers.get('cache-control')).toMatch(
      /max-age/,
    );
    // A folder shows its index page, never a listing; one without is not found.
    expect((await fetch(`${base}es/`)).headers.get('content-type')).toMatch(/text\/html/);
    for (const bad of ['es', '..%2fpackage.json', '%2e%2e/package.json', 'nothing.html'])
      expect((await fetch(`${base}${bad}`)).status, bad).toBe(404);
  });
});

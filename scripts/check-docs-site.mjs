/**
 * Checks the generated TypeDoc site (docs/api/) in headless Chromium, as a reader would see it.
 * Run by `npm run docs` after typedoc: `node scripts/check-docs-site.mjs`.
 *
 * docs/api/ is served over a small node:http static server on 127.0.0.1 (ephemeral port), and
 * Debian's chromium, driven by playwright-core (no browser is ever downloaded):
 *   - loads every .html page under docs/api/: HTTP 200, no console errors, no page errors, no
 *     failed or 4xx/5xx request to the local server, and the theme's scripts finish (page shown,
 *     navigation built, search index decoded), and exactly one h1 on each page;
 *   - finds a page for each guide in docs/*.md (TypeDoc projectDocuments) among those pages, and
 *     every guide's address is plain (no encoded dash or comma);
 *   - uses the search box on index.html: each term in SEARCH_TERMS must give a result whose text
 *     contains it, and following that result must lead to a page whose title and heading name it;
 *   - then the reader's checks of scripts/docs-site-checks.mjs: the guides start with getting
 *     started, the search covers the guides, each safe twin is listed right after its function on
 *     the module pages, the calculateGrant page names MobilityInput and shows its example early,
 *     and the calculator page computes a known grant, an ineligible mobility and a satisfaction
 *     target with no axe-core violation.
 * Prints one summary line, or every problem found and exits 1.
 *
 * When /usr/bin/chromium is missing the check is skipped with a warning, unless CI is set (then
 * it fails) — the same policy as test/report/browser.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, chromiumPresent, launchChromium } from './chromium.mjs';
import {
  CORE_FUNCTION_PAGE,
  calculator,
  coreFunctionPage,
  guideOrder,
  guideSearch,
  themeReady,
  twinsBesideFunctions,
} from './docs-site-checks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const siteDir = join(root, 'docs', 'api');
const guidesDir = join(root, 'docs');
/** Exported names that the search box must find. */
const SEARCH_TERMS = ['calculateGrant', 'evaluatePlan'];
/** The guide the guides start with, and the calculator's guide. */
const FIRST_GUIDE = 'getting-started.md';
const CALCULATOR_GUIDE = 'calculator.md';
/** Pages loaded at the same time, each in its own tab of one browser. */
const TABS = 2;
const PAGE_TIMEOUT_MS = 15_000;
/** Pages still unvisited after this long are reported, not loaded. */
const DEADLINE_MS = 180_000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

if (!chromiumPresent()) {
  const message = `docs site check: ${CHROMIUM} not found (install Debian's chromium: apt-get install -y chromium)`;
  if (process.env.CI) {
    console.error(`${message}; CI is set, so this is a failure`);
    process.exit(1);
  }
  console.warn(`${message}; check skipped (in CI it always runs)`);
  process.exit(0);
}
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(
    `docs site check: ${relative(root, siteDir)}/index.html not found; run typedoc first`,
  );
  process.exit(1);
}

/** Every file under dir, as paths relative to dir with forward slashes. */
function walk(dir, prefix = '') {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...walk(join(dir, entry.name), rel));
    else if (entry.isFile()) files.push(rel);
  }
  return files;
}

/**
 * The title TypeDoc gives the document made from a docs/*.md file: `title` in its front matter,
 * otherwise the file's base name.
 */
function guideTitle(file) {
  const text = readFileSync(join(guidesDir, file), 'utf8');
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1] ?? '';
  const title = /^title:\s*(.+?)\s*$/m.exec(frontMatter)?.[1];
  return title ? title.replace(/^(['"])(.*)\1$/, '$2') : basename(file, '.md');
}

function startServer() {
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405).end();
        return;
      }
      let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (path.endsWith('/')) path += 'index.html';
      // The browser asks for /favicon.ico on its own; TypeDoc makes none, and that is no error
      // of the site.
      if (path === '/favicon.ico' && !existsSync(join(siteDir, 'favicon.ico'))) {
        response.writeHead(204).end();
        return;
      }
      const file = resolve(siteDir, `.${path}`);
      if (file !== siteDir && !file.startsWith(siteDir + sep)) {
        response.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
        // As a static host would: the browser reuses assets/ between pages instead of
        // fetching main.js, search.js and style.css again for each one.
        'cache-control': 'max-age=600',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const missing = error?.code === 'ENOENT' || error?.code === 'EISDIR';
      response.writeHead(missing ? 404 : 500).end();
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

const problems = [];
const started = performance.now();
const pages = walk(siteDir)
  .filter((file) => file.endsWith('.html'))
  .sort();
const guides = readdirSync(guidesDir)
  .filter((file) => file.endsWith('.md'))
  .sort();
/** Page path → document title, for the pages that loaded. */
const titles = new Map();
let consoleErrors = 0;
let searchOk = false;
let calculatorOk = false;
/** How many `safe*` twins the module pages list (each right after its function). */
let twins = 0;
/** Where the example of the core function's page starts, in px from the top. */
let exampleTop = Number.NaN;

const server = await startServer();
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
let chromium;
try {
  chromium = await launchChromium();
  const { browser } = chromium;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(PAGE_TIMEOUT_MS);

  /** A tab whose errors are reported against whatever `tab.label` names at the time. */
  async function openTab() {
    const page = await context.newPage();
    const tab = { page, label: '' };
    const report = (what) => problems.push(`${tab.label}: ${what}`);
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      consoleErrors += 1;
      const { url, lineNumber } = message.location();
      const where = url ? ` (${url.replace(`${origin}/`, '')}:${lineNumber})` : '';
      report(`console error: ${message.text()}${where}`);
    });
    page.on('pageerror', (error) => report(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      if (request.url().startsWith(origin)) {
        report(`request failed: ${request.url()} (${request.failure()?.errorText})`);
      }
    });
    page.on('response', (response) => {
      if (response.url().startsWith(origin) && response.status() >= 400) {
        report(`HTTP ${response.status()} for ${response.url()}`);
      }
    });
    return tab;
  }

  // Every page, shared out between the tabs.
  let next = 0;
  const tabs = await Promise.all(Array.from({ length: TABS }, openTab));
  await Promise.all(
    tabs.map(async (tab) => {
      while (next < pages.length) {
        if (performance.now() - started > DEADLINE_MS) {
          problems.push(
            `gave up after ${DEADLINE_MS / 1000} s: ${pages.length - next} pages not visited`,
          );
          next = pages.length;
          break;
        }
        const path = pages[next++];
        tab.label = path;
        try {
          const url = `${origin}/${path.split('/').map(encodeURIComponent).join('/')}`;
          const response = await tab.page.goto(url, { waitUntil: 'load' });
          if (response?.status() !== 200) {
            problems.push(`${path}: HTTP ${response?.status() ?? 'no response'}`);
            continue;
          }
          await tab.page.waitForFunction(themeReady, undefined, { polling: 20 });
          titles.set(path, await tab.page.title());
          const headings = await tab.page.locator('h1').count();
          if (headings !== 1) problems.push(`${path}: ${headings} h1 headings, not one`);
        } catch (error) {
          problems.push(`${path}: ${error.message.split('\n')[0]}`);
        }
      }
    }),
  );

  // The guides from docs/*.md.
  const documentTitles = new Set(
    [...titles].filter(([path]) => path.startsWith('documents/')).map(([, title]) => title),
  );
  for (const guide of guides) {
    const title = guideTitle(guide);
    if (!documentTitles.has(`${title} | erasmus-kit`)) {
      problems.push(`guide docs/${guide}: no page titled "${title}" under documents/`);
    }
  }
  // Guide addresses a person can read and type: letters, digits, `_`, `-` and `.` only.
  for (const path of titles.keys()) {
    if (path.startsWith('documents/') && !/^documents\/[\w.-]+\.html$/.test(path)) {
      problems.push(
        `${path}: the guide's address holds other characters than letters, digits, _ - .`,
      );
    }
  }

  // The search box.
  const [tab] = tabs;
  const { page } = tab;
  for (const term of SEARCH_TERMS) {
    tab.label = `search "${term}"`;
    try {
      await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
      await page.waitForFunction(themeReady, undefined, { polling: 20 });
      await page.click('#tsd-search-trigger');
      const input = page.locator('#tsd-search-input');
      await input.focus();
      await input.pressSequentially(term);
      const results = page.locator('#tsd-search-results li[role="option"] a');
      try {
        await results.first().waitFor({ state: 'visible', timeout: 5_000 });
      } catch {
        const status = await page.locator('#tsd-search-status').textContent();
        throw new Error(`no results (search status: "${status?.trim()}")`);
      }
      const link = results.filter({ hasText: term }).first();
      if ((await link.count()) === 0) {
        const texts = await results.allTextContents();
        throw new Error(
          `no result contains "${term}"; got ${texts.map((t) => JSON.stringify(t.replace(/\s+/g, ''))).join(', ')}`,
        );
      }
      const [response] = await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        link.click(),
      ]);
      if (response && response.status() !== 200) {
        throw new Error(`result led to HTTP ${response.status()} at ${page.url()}`);
      }
      await page.waitForFunction(themeReady, undefined, { polling: 20 });
      const title = await page.title();
      const heading = (await page.locator('h1').first().textContent()) ?? '';
      if (!title.includes(term) || !heading.includes(term)) {
        throw new Error(
          `result led to ${page.url().replace(`${origin}/`, '')}, titled "${title}" with heading "${heading.trim()}"`,
        );
      }
    } catch (error) {
      problems.push(`${tab.label}: ${error.message.split('\n')[0]}`);
    }
  }
  searchOk = !problems.some((problem) => problem.startsWith('search '));

  // The reader's checks, each reporting its own problems.
  const pageOf = (guide) => {
    const title = `${guideTitle(guide)} | erasmus-kit`;
    return [...titles].find(([path, t]) => path.startsWith('documents/') && t === title)?.[0];
  };
  const readerChecks = [
    ['guide order', () => guideOrder(page, origin, guideTitle(FIRST_GUIDE))],
    ['guide search', () => guideSearch(page, origin)],
    [
      'safe twins',
      async () => {
        const modules = [...titles.keys()].filter((path) => path.startsWith('modules/'));
        const result = await twinsBesideFunctions(page, origin, modules);
        twins = result.twins;
        return result.problems;
      },
    ],
    [
      CORE_FUNCTION_PAGE,
      async () => {
        const result = await coreFunctionPage(page, origin);
        exampleTop = result.exampleTop;
        return result.problems;
      },
    ],
    [
      'calculator',
      async () => {
        const path = pageOf(CALCULATOR_GUIDE);
        if (path === undefined) return [`no page for docs/${CALCULATOR_GUIDE}`];
        const found = await calculator(page, `${origin}/${path}`);
        calculatorOk = found.length === 0;
        return found;
      },
    ],
  ];
  for (const [label, check] of readerChecks) {
    tab.label = label;
    try {
      problems.push(...(await check()).map((problem) => `${label}: ${problem}`));
    } catch (error) {
      problems.push(`${label}: ${error.message.split('\n')[0]}`);
    }
  }
  await context.close();
} catch (error) {
  problems.push(`docs site check: ${error.message.split('\n')[0]}`);
} finally {
  await chromium?.close();
  await new Promise((done) => server.close(done));
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary = `docs site: ${titles.size} pages loaded, ${consoleErrors} console errors, search ${searchOk ? 'OK' : 'FAILED'}, ${twins} safe twins beside their functions, calculator ${calculatorOk ? 'OK (no axe violation)' : 'FAILED'}, calculateGrant example at ${exampleTop} px (${guides.length} guides, ${seconds} s)`;
if (problems.length > 0) {
  console.error(`${summary}\n${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(summary);

/**
 * Checks the generated TypeDoc site (docs/api/) in headless Chromium, as a reader would see it.
 * Run by `npm run docs` after typedoc: `node scripts/check-docs-site.mjs`.
 *
 * docs/api/ is served over a small node:http static server on 127.0.0.1 (ephemeral port), and
 * Debian's chromium, driven by playwright-core (no browser is ever downloaded):
 *   - loads every .html page under docs/api/: HTTP 200, no console errors, no page errors, no
 *     failed or 4xx/5xx request to the local server, and the theme's scripts finish (page shown,
 *     navigation built, search index decoded);
 *   - finds a page for each guide in docs/*.md (TypeDoc projectDocuments) among those pages;
 *   - uses the search box on index.html: each term in SEARCH_TERMS must give a result whose text
 *     contains it, and following that result must lead to a page whose title and heading name it.
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

const root = fileURLToPath(new URL('..', import.meta.url));
const siteDir = join(root, 'docs', 'api');
const guidesDir = join(root, 'docs');
/** Exported names that the search box must find. */
const SEARCH_TERMS = ['calculateGrant', 'evaluatePlan'];
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

/** True once TypeDoc's main.js has shown the page, built the navigation and loaded the search index. */
function themeReady() {
  const nav = document.getElementById('tsd-nav-container');
  const status = document.getElementById('tsd-search-status');
  return (
    document.body.style.display !== 'none' &&
    (!nav || nav.childElementCount > 0) &&
    (!status || status.textContent.trim() === '')
  );
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
  await context.close();
} catch (error) {
  problems.push(`docs site check: ${error.message.split('\n')[0]}`);
} finally {
  await chromium?.close();
  await new Promise((done) => server.close(done));
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary = `docs site: ${titles.size} pages loaded, ${consoleErrors} console errors, search ${searchOk ? 'OK' : 'FAILED'} (${guides.length} guides, ${seconds} s)`;
if (problems.length > 0) {
  console.error(`${summary}\n${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(summary);

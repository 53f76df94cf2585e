/**
 * The reader's checks of the documentation site (issue 18), run by scripts/check-docs-site.mjs
 * in headless Chromium on the served site. Each check takes a page (a tab) and the site's origin
 * and returns the problems it found, as sentences; an empty list means it passed.
 *
 * - guideOrder: the guides in the navigation start with getting started;
 * - guideSearch: the search box finds a word that only a guide holds, and leads to that guide;
 * - twinsBesideFunctions: on the module pages, each `safe*` twin comes right after its function;
 * - coreFunctionPage: the page of calculateGrant names its parameter by the type MobilityInput,
 *   linked to its page, and its example starts within the first 2,000 px;
 * - calculator: the calculator page computes a known mobility (1925.00 and the line's basis), an
 *   ineligible one (its issue), a satisfaction target and an input error, from the site's own
 *   files alone, and axe-core finds no violation on it.
 */
import { createRequire } from 'node:module';

/** The page of the function whose example must come early, and where it must start. */
export const CORE_FUNCTION_PAGE = 'functions/grants.calculateGrant.html';
export const EXAMPLE_WITHIN_PX = 2_000;
/** A word found only in a guide (docs/getting-started.md), never in an API name. */
export const GUIDE_ONLY_WORD = 'install';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** True once TypeDoc's main.js has shown the page, built the navigation and loaded the search index. */
export function themeReady() {
  const nav = document.getElementById('tsd-nav-container');
  const status = document.getElementById('tsd-search-status');
  return (
    document.body.style.display !== 'none' &&
    (!nav || nav.childElementCount > 0) &&
    (!status || status.textContent.trim() === '')
  );
}

async function open(page, url) {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`HTTP ${response?.status()} for ${url}`);
  await page.waitForFunction(themeReady, undefined, { polling: 20 });
}

/** The first guide in the site's navigation must be `firstTitle`. */
export async function guideOrder(page, origin, firstTitle) {
  await open(page, `${origin}/index.html`);
  const guides = await page
    .locator('#tsd-nav-container a[href*="documents/"]')
    .evaluateAll((links) => links.map((a) => a.textContent.trim()));
  return guides[0] === firstTitle
    ? []
    : [`the guides start with "${guides[0]}", not "${firstTitle}" (${guides.join(', ')})`];
}

/** Searching for a word that only a guide holds gives that guide, whose page holds the word. */
export async function guideSearch(page, origin) {
  await open(page, `${origin}/index.html`);
  await page.click('#tsd-search-trigger');
  const input = page.locator('#tsd-search-input');
  await input.focus();
  await input.pressSequentially(GUIDE_ONLY_WORD);
  const guide = page.locator('#tsd-search-results li[role="option"] a[href*="documents/"]').first();
  try {
    await guide.waitFor({ state: 'visible', timeout: 5_000 });
  } catch {
    return [`search "${GUIDE_ONLY_WORD}" gives no guide: the search does not cover the guides`];
  }
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), guide.click()]);
  const text = (await page.locator('.col-content').textContent()) ?? '';
  return text.toLowerCase().includes(GUIDE_ONLY_WORD)
    ? []
    : [`search "${GUIDE_ONLY_WORD}" led to ${page.url()}, which does not hold the word`];
}

/** The core function's signature names MobilityInput with a link, and the example comes early. */
export async function coreFunctionPage(page, origin) {
  await open(page, `${origin}/${CORE_FUNCTION_PAGE}`);
  const problems = [];
  const link = page.locator('.tsd-signature a[href$="mobility.MobilityInput.html"]', {
    hasText: 'MobilityInput',
  });
  if ((await link.count()) === 0) {
    problems.push('the signature does not link to MobilityInput');
  }
  const top = await page
    .locator('.tsd-tag-example')
    .first()
    .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  if (!(top < EXAMPLE_WITHIN_PX)) {
    problems.push(`the example starts at ${Math.round(top)} px`);
  }
  return { problems, exampleTop: Math.round(top) };
}

/**
 * On each module page, every `safeX` twin is listed right after its function `x`, in the same
 * group (Functions), never apart from it.
 */
export async function twinsBesideFunctions(page, origin, modulePages) {
  const problems = [];
  let twins = 0;
  for (const path of modulePages) {
    await open(page, `${origin}/${path}`);
    const groups = await page.locator('details.tsd-member-group').evaluateAll((details) =>
      details.map((group) => ({
        title: group.querySelector('h2')?.textContent.trim(),
        names: [...group.querySelectorAll('.tsd-member-summary-name > a:first-of-type')].map((a) =>
          a.textContent.trim(),
        ),
      })),
    );
    for (const { title, names } of groups) {
      names.forEach((name, i) => {
        if (!/^safe[A-Z]/.test(name)) return;
        twins += 1;
        const twinOf = name[4].toLowerCase() + name.slice(5);
        if (names[i - 1] !== twinOf) {
          problems.push(`${path}: ${name} is listed under ${title}, not right after ${twinOf}`);
        }
      });
    }
  }
  return { problems, twins };
}

/** Fills the mobility form's fields (select, text or checkbox) from a record of id → value. */
async function fillMobility(page, fields) {
  await page.locator('#ek-mobility').evaluate((form) => form.reset());
  for (const [id, value] of Object.entries(fields)) {
    const control = page.locator(`#${id}`);
    const tag = await control.evaluate((element) => element.tagName);
    if (tag === 'SELECT') await control.selectOption(value);
    else if (value === true) await control.check();
    else await control.fill(value);
  }
}

/** Submits a form from the keyboard (Enter in its last field) and waits for its result. */
async function submit(page, lastField, result) {
  const before = await page.locator(result).innerHTML();
  await page.press(lastField, 'Enter');
  await page.waitForFunction(
    ([selector, old]) => document.querySelector(selector)?.innerHTML !== old,
    [result, before],
    { polling: 20 },
  );
}

const text = async (page, selector) =>
  ((await page.locator(selector).first().textContent({ timeout: 2_000 })) ?? '').trim();

/** axe-core on the page as it is: the violations, one sentence each. */
async function axeViolations(page, when) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.map(
    (v) => `axe (${when}): ${v.id} (${v.impact}): ${v.help} at ${v.targets.join('; ')}`,
  );
}

const KNOWN_MOBILITY = {
  action: 'KA131-HED',
  callYear: '2023',
  activity: 'student-studies',
  format: 'long-term',
  sendingCountry: 'DE',
  receivingCountry: 'ES',
  startDate: '2023-01-01',
  endDate: '2023-04-15',
  rateSheet: 'typed',
  rateTable: 'ka131.studentMonthly',
  rateGroup1: '600',
  rateGroup2: '550',
  rateGroup3: '500',
};
const KNOWN_TOTAL = '1925.00';
const KNOWN_BASIS = '3 months × €550.00 + 15 days × €550.00/30';
const INELIGIBLE_MOBILITY = {
  action: 'KA131-HED',
  callYear: '2024',
  activity: 'student-studies',
  format: 'long-term',
  sendingCountry: 'HR',
  receivingCountry: 'HR',
  startDate: '2024-09-01',
  endDate: '2025-01-31',
};
const INELIGIBLE_ISSUE =
  'The receiving country Croatia (HR, EU Member State) is the sending country.';

/**
 * The calculator at `url`: a known grant, an ineligible mobility, a satisfaction target and an
 * input error, read from the page; axe-core on the page with a grant shown and with errors shown.
 */
export async function calculator(page, url) {
  // Everything the page needs comes from the site itself: no CDN, no server to compute.
  const elsewhere = [];
  const record = (request) => {
    if (new URL(request.url()).origin !== new URL(url).origin) elsewhere.push(request.url());
  };
  page.on('request', record);
  try {
    const problems = await useCalculator(page, url);
    return [...problems, ...elsewhere.map((address) => `a request outside the site: ${address}`)];
  } finally {
    page.off('request', record);
  }
}

async function useCalculator(page, url) {
  await open(page, url);
  await page.locator('#ek-mobility').waitFor({ state: 'visible' });
  const problems = [];
  const expect = (what, actual, expected) => {
    if (actual !== expected) problems.push(`${what} is "${actual}", not "${expected}"`);
  };
  const expectIncludes = (what, actual, part) => {
    if (!actual.includes(part)) problems.push(`${what} "${actual}" lacks "${part}"`);
  };

  await fillMobility(page, KNOWN_MOBILITY);
  await submit(page, '#rateGroup3', '#ek-mobility-result');
  expect('the total', await text(page, '#ek-total'), KNOWN_TOTAL);
  expect(
    'the individual-support basis',
    await text(page, '#ek-lines tr[data-kind="individual-support"] .ek-basis'),
    KNOWN_BASIS,
  );

  await submit(page, '#confidence', '#ek-satisfaction-result');
  expect('the satisfaction verdict', await text(page, '#ek-satisfaction-verdict'), 'inconclusive');
  problems.push(...(await axeViolations(page, 'a grant and a satisfaction verdict shown')));

  await fillMobility(page, INELIGIBLE_MOBILITY);
  await submit(page, '#endDate', '#ek-mobility-result');
  expect('the verdict', await text(page, '#ek-verdict'), 'Not eligible');
  expectIncludes('the first issue', await text(page, '#ek-issues li'), INELIGIBLE_ISSUE);

  await fillMobility(page, { ...INELIGIBLE_MOBILITY, startDate: '' });
  await submit(page, '#endDate', '#ek-mobility-result');
  expectIncludes('the input error', await text(page, '#ek-input-errors li'), 'mobility.startDate');
  expect(
    'the start date field',
    await page.locator('#startDate').getAttribute('aria-invalid'),
    'true',
  );
  problems.push(...(await axeViolations(page, 'an input error shown')));
  return problems;
}

/**
 * Opens the HTML plan report in headless Chromium (Debian's `chromium`, driven by playwright-core;
 * no browser is ever downloaded): every chart has a non-zero size, the plan at a glance is shown
 * above the summary (issue 18), the page logs no console
 * errors, axe-core finds no serious or critical accessibility violation, and a screenshot is
 * saved under out/. The report is rendered here from src/, so the demo need not have run.
 *
 * Skipped, with a message, only when /usr/bin/chromium is missing and CI is not set; in CI
 * (.ci/run installs chromium) it always runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumPresent, launchChromium } from '../../scripts/chromium.mjs';
import { renderPlanReport } from '../../src/report/renderPlanReport.js';
import { seedEvaluation, seedPlan } from './seed001.js';

const present = chromiumPresent();
const { CI } = process.env;
const skip = !present && !CI;
if (skip) {
  console.warn(
    `browser test skipped: ${CHROMIUM} not found (install Debian's chromium: apt-get install -y chromium; in CI this test always runs)`,
  );
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'out');

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown }[];
}

describe.skipIf(skip)('HTML plan report in headless Chromium', () => {
  it('shows every chart, logs no errors, passes axe-core, and is saved as a screenshot', async () => {
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, 'plan-report.test.html');
    const html = renderPlanReport(seedEvaluation, {
      format: 'html',
      locale: 'en',
      strategy: seedPlan,
    });
    writeFileSync(file, html);
    const { browser, close } = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1300 } });
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      const sizes = await page.$$eval('svg.indicator-chart', (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          return { id: svg.id, width: box.width, height: box.height };
        }),
      );
      expect(sizes).toHaveLength(seedEvaluation.indicators.length);
      for (const size of sizes) {
        expect(size.width, size.id).toBeGreaterThan(100);
        expect(size.height, size.id).toBeGreaterThan(100);
      }
      // issue 18: the plan at a glance is shown above the summary
      const glance = await page.locator('svg.plan-glance').boundingBox();
      const summary = await page.locator('h2', { hasText: 'Summary' }).boundingBox();
      expect(glance?.height ?? 0).toBeGreaterThan(300);
      expect(glance?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(summary?.y ?? 0);

      await page.screenshot({ path: join(outDir, 'plan-report.png') });
      // the satisfaction indicator (table, survey verdicts and chart), for the README picture
      const section = await page
        .locator('section', { has: page.locator('#chart-2_2e3_2e3') })
        .last()
        .boundingBox();
      expect(section).not.toBeNull();
      if (section) {
        const pad = 24;
        await page.screenshot({
          path: join(outDir, 'plan-report-satisfaction.png'),
          fullPage: true,
          clip: {
            x: Math.max(0, section.x - pad),
            y: Math.max(0, section.y - 8),
            width: section.width + 2 * pad,
            height: section.height + 8 + pad,
          },
        });
      }
      await page.screenshot({ path: join(outDir, 'plan-report-full.png'), fullPage: true });

      const require = createRequire(import.meta.url);
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const { violations, passes } = (await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: { run: (...a: unknown[]) => Promise<{ violations: unknown[] }> };
          }
        ).axe;
        const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
          resultTypes: ['violations'],
        });
        return {
          violations: result.violations,
          passes: (result as { passes?: unknown[] }).passes?.length ?? 0,
        };
      })) as { violations: AxeViolation[]; passes: number };
      expect(passes).toBeGreaterThan(10); // axe really ran
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
        ),
      ).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 60_000);
});

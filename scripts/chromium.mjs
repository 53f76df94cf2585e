// Headless Debian chromium for the browser checks (test/report/browser.test.ts and
// scripts/check-docs-site.mjs), driven by playwright-core: no browser is ever downloaded.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian's chromium lives (`apt-get install -y chromium`; .ci/run installs it). */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the Debian chromium is installed. */
export const chromiumPresent = () => existsSync(CHROMIUM);

/**
 * Launches headless chromium with a scratch directory for its caches; `close()` shuts the
 * browser and removes the directory.
 */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'erasmus-kit-chromium-'));
  try {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // playwright-core starts Chromium with a fresh temporary profile of its own; this
        // directory is for the crash reporter and caches.
        `--disk-cache-dir=${profile}`,
      ],
    });
    const close = async () => {
      try {
        await browser.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    };
    return { browser, close };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

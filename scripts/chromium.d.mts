import type { Browser } from 'playwright-core';

/** Where Debian's chromium lives. */
export declare const CHROMIUM: string;
/** Whether the Debian chromium is installed. */
export declare function chromiumPresent(): boolean;
/** Launches headless chromium; `close()` shuts it and removes its scratch directory. */
export declare function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }>;

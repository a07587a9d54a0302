// The end-to-end harness: the demo landscape loaded into the test database, the app (with the built
// client) on a free port, and a real Chromium page (Debian's, driven by playwright-core). Screenshots go
// to test-artifacts/ for a person to look at. Each e2e file starts one harness and closes it in afterAll.
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadDemoLandscape } from '../../seeds-data/loader';
import type { Database } from '../../server/db/database';
import { type LiveHub, liveHubOf } from '../../server/live/live-hub';
import { openTestDatabase, testApp, wipe } from './database';

const root = path.resolve(import.meta.dirname, '../..');
export const artifacts = path.join(root, 'test-artifacts');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface E2E {
  db: Database;
  /** The live hub of the Semis under test (its open streams). */
  live: LiveHub;
  browser: Browser;
  page: Page;
  baseUrl: string;
  /** Opens `pathAndQuery` (default "/") and resolves once the map says the landscape is drawn. */
  openMap(pathAndQuery?: string): Promise<void>;
  /** Saves a full-page screenshot as test-artifacts/e2e-<name>.png, after `settleMs` for animations. */
  screenshot(name: string, settleMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** The welcome's localStorage key and value (client/src/app/welcome/state): set, the welcome stays closed. */
export const WELCOME_SEEN = { key: 'semis.welcome', value: 'seen' } as const;

/**
 * Marks the welcome as seen before any of the page's scripts run, on every navigation: each e2e browser
 * is fresh, and the first-visit welcome (a modal) would otherwise stand in front of what a test taps.
 */
export async function skipWelcome(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(({ key, value }) => {
    try {
      localStorage.setItem(key, value);
    } catch {
      // a page without storage: the welcome shows, as it would for a person
    }
  }, WELCOME_SEEN);
}

export interface E2EOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  /** Leave the first-visit welcome as a new visitor sees it (default: marked seen, see skipWelcome). */
  welcome?: boolean;
  /** The test follows the live stream: its plans are warmed before the first page opens. */
  live?: boolean;
}

export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  if (!fs.existsSync(path.join(root, 'client/dist/index.html'))) {
    throw new Error('client/dist is missing: run the tests with `npm test`, which builds the client first');
  }
  if (!fs.existsSync(executablePath))
    throw new Error(`No Chromium at ${executablePath}: apt-get install chromium`);
  fs.mkdirSync(artifacts, { recursive: true });

  let server: Server | undefined;
  let browser: Browser | undefined;
  const db = await openTestDatabase();
  const close = async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await db.close();
  };
  try {
    await wipe(db);
    await loadDemoLandscape(db);
    const app = testApp(db, { clientDir: path.join(root, 'client/dist') });
    const live = liveHubOf(app);
    // the stream's statements take Neo4j seconds to plan once, as `npm start` warms them at start
    if (options.live) await live.warm();
    const listening = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    server = listening;
    const address = listening.address();
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const launched = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    browser = launched;
    const page = await launched.newPage({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: options.locale ?? 'fr-FR',
    });
    if (!options.welcome) await skipWelcome(page);
    return {
      db,
      live,
      browser: launched,
      page,
      baseUrl,
      async openMap(pathAndQuery = '/') {
        await page.goto(new URL(pathAndQuery, baseUrl).href);
        await page
          .getByTestId('landscape')
          .and(page.locator('[data-ready="true"]'))
          .waitFor({ timeout: 20_000 });
      },
      async screenshot(name, settleMs = 500) {
        await page.waitForTimeout(settleMs);
        await page.screenshot({ path: path.join(artifacts, `e2e-${name}.png`) });
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

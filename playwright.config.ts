import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tooling/lib/chromium.mjs';

const ci = Boolean(process.env['CI']);
// Two checkouts can test side by side when each sets its own E2E_PORT (the sub-path build uses the next port).
const port = Number(process.env['E2E_PORT'] ?? 4321);
const basePort = port + 1;

/** Two builds are tested: one at the root, one under a sub-path, each served as a static site. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: ci,
  // One retry on CI only: two multi-page tests (two tabs syncing; the answering page's final focus) have each
  // failed once in a loaded full run and never alone. Playwright still lists such a pass as flaky.
  retries: ci ? 1 : 0,
  reporter: ci ? 'line' : 'list',
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'off',
    // Each test would otherwise install the service worker and precache the whole site; the PWA
    // tests opt back in.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'root',
      use: { baseURL: `http://localhost:${port}/` },
      metadata: { dist: 'dist' },
      grepInvert: /@sub-path/,
    },
    {
      name: 'sub-path',
      use: { baseURL: `http://localhost:${basePort}/handbook/` },
      metadata: { dist: 'dist-base' },
      // @smoke runs in both projects; @sub-path only here, where a root test already covers more.
      grep: /@smoke|@sub-path/,
    },
  ],
  webServer: [
    {
      command: `node tooling/serve.mjs --dir dist --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !ci,
    },
    {
      command: `node tooling/serve.mjs --dir dist-base --base /handbook/ --port ${basePort}`,
      url: `http://localhost:${basePort}/handbook/`,
      reuseExistingServer: !ci,
    },
  ],
});

import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** Temporary: the embed helper's own servers and build, so other helpers' rebuilds do not interfere. */
export default defineConfig({
  ...base,
  projects: [
    { name: 'root', use: { baseURL: 'http://localhost:4351/' }, metadata: { dist: 'dist-embed-tmp' } },
    { name: 'sub-path', use: { baseURL: 'http://localhost:4352/handbook/' }, metadata: { dist: 'dist-embed-tmp-base' }, grep: /@smoke/ },
  ],
  webServer: [
    { command: 'node scripts/serve.mjs --dir dist-embed-tmp --port 4351', url: 'http://localhost:4351/', reuseExistingServer: true },
    { command: 'node scripts/serve.mjs --dir dist-embed-tmp-base --base /handbook/ --port 4352', url: 'http://localhost:4352/handbook/', reuseExistingServer: true },
  ],
});

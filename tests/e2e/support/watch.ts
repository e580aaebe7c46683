import type { Page } from '@playwright/test';

/** What a page did while it loaded: its requests, console errors, failed loads and CSP violations. */
export interface PageWatch {
  requests: string[];
  failures: string[];
  consoleErrors: string[];
  cspViolations: () => Promise<string[]>;
}

/** Starts recording before navigation; read the arrays after the page has settled. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = {
    requests: [],
    failures: [],
    consoleErrors: [],
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => ['(page closed)']),
  };
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (e) => {
      store.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('requestfailed', (r) => watch.failures.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) watch.failures.push(`${r.url()} ${r.status()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watch.consoleErrors.push(m.text());
  });
  return watch;
}

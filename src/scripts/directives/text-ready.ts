/**
 * Resolves when the page's strings are in its language. The tables (src/i18n/text.ts) start loading
 * when an island's module is evaluated and list themselves on this global, which directives, bundled
 * apart from the islands, can still see.
 */
export function textReady(): Promise<unknown> {
  return Promise.all((globalThis as { cxTextPending?: Promise<unknown>[] }).cxTextPending ?? []);
}

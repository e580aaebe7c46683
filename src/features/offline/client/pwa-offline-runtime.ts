/**
 * The offline edition's runtime, bundled into the classic script each page loads (`_offline/site.js`).
 * On file:// a page may not import modules, so Astro's island loader (which imports each island's
 * component and renderer by URL) is replaced by this one, which finds them in a table: the one the
 * islands script (`_offline/islands.js`), loaded just before on pages with islands, hands over.
 * It also runs the page's own scripts, and keeps links that scripts write at run time pointing at
 * files inside the edition.
 */

/** A module as the bundle holds it: its exports by name. */
export type ModuleExports = Record<string, unknown>;
/** Runs a bundled module (once) and gives its exports, as import() would. */
export type Loader = () => Promise<unknown>;

type Hydrator = (
  Component: unknown,
  props: Record<string, unknown>,
  slots: Record<string, string>,
  meta: { client: string },
) => Promise<void>;
type Renderer = (element: HTMLElement) => Hydrator;
type Directive = (
  load: () => Promise<() => Promise<void>>,
  opts: unknown,
  element: HTMLElement,
) => Promise<void> | undefined;

/** Astro's client directives (client:load, client:visible…), which its inline scripts register on `self.Astro`. */
function directive(name: string): Directive | undefined {
  return (globalThis as unknown as { Astro?: Record<string, Directive | undefined> }).Astro?.[name];
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The edition's root as a path from the current page ("../../"), from the page's script tag. */
export function editionRoot(): string {
  return document.querySelector('script[data-cx-root]')?.getAttribute('data-cx-root') ?? './';
}

/** The edition's root as an absolute file: URL, ending in a slash. */
export function editionRootUrl(): string {
  return new URL(editionRoot(), document.baseURI).href;
}

/**
 * Where a link should go inside the edition, or null when it is fine as it is. A link written from
 * the site's root ("/glossary/") resolves to the root of the disk on file://; it is moved under the
 * edition's root, and a folder gets its index.html.
 */
export function editionHref(href: string, rootUrl: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'file:') return null;
  const root = new URL(rootUrl);
  let path: string;
  if (url.pathname.startsWith(root.pathname)) path = url.pathname.slice(root.pathname.length);
  else if (url.pathname.startsWith(base)) path = url.pathname.slice(base.length);
  else return null;
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const fixed = root.href + path + url.search + url.hash;
  return fixed === url.href ? null : fixed;
}

function fixLinks(scope: Element | Document, rootUrl: string, base: string) {
  const anchors = [...scope.querySelectorAll('a[href]')];
  if (scope instanceof HTMLAnchorElement) anchors.push(scope);
  for (const a of anchors) {
    if (!(a instanceof HTMLAnchorElement) || !a.hasAttribute('href')) continue;
    const fixed = editionHref(a.href, rootUrl, base);
    if (fixed) a.href = fixed;
  }
}

type Props = Record<string, unknown>;
const revivers: Record<number, (value: unknown) => unknown> = {
  0: (v) => reviveObject(v),
  1: (v) => reviveArray(v),
  2: (v) => new RegExp(String(v)),
  3: (v) => new Date(String(v)),
  4: (v) => new Map(reviveArray(v) as [unknown, unknown][]),
  5: (v) => new Set(reviveArray(v)),
  6: (v) => BigInt(String(v)),
  7: (v) => new URL(String(v)),
  8: (v) => new Uint8Array(v as number[]),
  9: (v) => new Uint16Array(v as number[]),
  10: (v) => new Uint32Array(v as number[]),
  11: (v) => Number.POSITIVE_INFINITY * Number(v),
};
function reviveTuple(raw: unknown): unknown {
  if (!Array.isArray(raw)) return undefined;
  const [type, value] = raw as [number, unknown];
  return revivers[type]?.(value);
}
function reviveArray(raw: unknown): unknown[] {
  return Array.isArray(raw) ? raw.map(reviveTuple) : [];
}
/** Props as Astro serialises them on an island: every value a [type, value] pair. */
export function reviveObject(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, reviveTuple(v)]));
}

function exportOf(module: ModuleExports, path: string): unknown {
  let value: unknown = module;
  for (const part of path.split('.')) {
    if (FORBIDDEN.has(part) || (typeof value !== 'object' && typeof value !== 'function') || value === null) {
      throw new Error(`Invalid component export path: ${path}`);
    }
    value = (value as ModuleExports)[part];
  }
  return value;
}

/** The comment Astro writes as the last child of an island rendered with children (`await-children`). */
export const END_MARKER = 'astro:end';

/** The part of a DOM node the end marker check reads. */
interface MarkerNode {
  nodeType: number;
  nodeValue: string | null;
  remove(): void;
}

/**
 * Removes Astro's end-of-children comment from an island, as Astro's own island loader does before
 * it hydrates: left in, the renderer takes it for content, and an island whose first render differs
 * from its server HTML is patched around a stray node. True when the marker was there.
 */
export function dropEndMarker(island: { lastChild: MarkerNode | null }): boolean {
  const last = island.lastChild;
  if (last?.nodeType !== 8 || last.nodeValue !== END_MARKER) return false;
  last.remove();
  return true;
}

/** Defines <astro-island> as Astro does, but loads components and renderers from the bundle. */
function defineIslands(modules: Record<string, Loader>, rootUrl: string) {
  const moduleAt = async (attr: string | null): Promise<ModuleExports> => {
    const key = attr ? new URL(attr, document.baseURI).href.slice(rootUrl.length) : '';
    const load = modules[key];
    if (!load) throw new Error(`The offline edition has no bundled module for ${attr}`);
    return (await load()) as ModuleExports;
  };

  class OfflineIsland extends HTMLElement {
    /** The island's component, named as Astro's loader names it (the hydration directives read it). */
    Component: unknown;
    renderer: Renderer | undefined;

    connectedCallback() {
      if (!this.hasAttribute('await-children') || document.readyState !== 'loading') {
        // The edition's loader is a deferred script, so the page is parsed and the marker is in place.
        dropEndMarker(this);
        this.start();
        return;
      }
      // Still parsing: start once the marker arrives (the island's children are all there), or at the
      // latest when the document is parsed.
      let started = false;
      const begin = () => {
        if (started) return;
        started = true;
        observer.disconnect();
        document.removeEventListener('DOMContentLoaded', begin);
        dropEndMarker(this);
        this.start();
      };
      const observer = new MutationObserver(() => {
        if (dropEndMarker(this)) begin();
      });
      observer.observe(this, { childList: true });
      document.addEventListener('DOMContentLoaded', begin);
    }

    async start() {
      const client = this.getAttribute('client') ?? 'load';
      const run = directive(client);
      if (!run) {
        window.addEventListener(`astro:${client}`, () => this.start(), { once: true });
        return;
      }
      const opts: unknown = JSON.parse(this.getAttribute('opts') ?? '{}');
      try {
        await run(
          async () => {
            try {
              const rendererUrl = this.getAttribute('renderer-url');
              const [component, renderer] = await Promise.all([
                moduleAt(this.getAttribute('component-url')),
                rendererUrl ? moduleAt(rendererUrl) : { default: () => async () => {} },
              ]);
              this.Component = exportOf(component, this.getAttribute('component-export') || 'default');
              this.renderer = renderer['default'] as Renderer;
              return this.hydrate;
            } catch (error) {
              this.fail(error);
              return async () => {};
            }
          },
          opts,
          this,
        );
      } catch (error) {
        this.fail(error);
      }
    }

    fail(error: unknown) {
      const event = new CustomEvent('astro:hydration-error', {
        cancelable: true,
        bubbles: true,
        composed: true,
        detail: { error, componentUrl: this.getAttribute('component-url') },
      });
      if (this.dispatchEvent(event)) console.error('[offline island]', this.getAttribute('component-url'), error);
    }

    hydrate = async () => {
      if (!this.renderer || !this.isConnected) return;
      const parent = this.parentElement?.closest('astro-island[ssr]');
      if (parent) {
        parent.addEventListener('astro:hydrate', this.hydrate, { once: true });
        return;
      }
      const slots: Record<string, string> = {};
      for (const template of this.querySelectorAll('template[data-astro-template]')) {
        if (template.closest(this.tagName) !== this) continue;
        slots[template.getAttribute('data-astro-template') || 'default'] = template.innerHTML;
        template.remove();
      }
      for (const slot of this.querySelectorAll('astro-slot')) {
        if (slot.closest(this.tagName) !== this) continue;
        slots[slot.getAttribute('name') || 'default'] = slot.innerHTML;
      }
      const props = (
        this.hasAttribute('props') ? reviveObject(JSON.parse(this.getAttribute('props') ?? '{}')) : {}
      ) as Props;
      await this.renderer(this)(this.Component, props, slots, { client: this.getAttribute('client') ?? 'load' });
      this.removeAttribute('ssr');
      this.dispatchEvent(new CustomEvent('astro:hydrate'));
    };
  }
  if (!customElements.get('astro-island')) customElements.define('astro-island', OfflineIsland);
}

/**
 * Starts the page: runs the module scripts its tag names, in order, as the web page would; defines
 * the island loader; keeps links inside the edition.
 */
export function startOffline(scripts: Record<string, Loader>, modules: Record<string, Loader>, base: string): void {
  const rootUrl = editionRootUrl();
  const run = document.querySelector('script[data-cx-run]')?.getAttribute('data-cx-run')?.split(' ') ?? [];
  (async () => {
    for (const key of run.filter(Boolean)) await scripts[key]?.();
  })().catch((error: unknown) => console.error('[offline edition]', error));
  defineIslands(modules, rootUrl);
  const fix = () => fixLinks(document, rootUrl, base);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fix, { once: true });
  else fix();
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof HTMLAnchorElement) fixLinks(r.target, rootUrl, base);
      for (const node of r.addedNodes) if (node instanceof Element) fixLinks(node, rootUrl, base);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
}

// @ts-check

import { readdirSync } from 'node:fs';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { INLINE_SCRIPT_HASHES } from './src/components/site/inline-scripts.ts';
import { bookEdition } from './src/features/book/integration.ts';
import { chartParts, inChartChunk } from './src/features/bundle/chart-parts.ts';
import { inIslandRuntime, inTextRuntime, isPreloadHelper } from './src/features/bundle/island-runtime.ts';
import { noEmptyPreload } from './src/features/bundle/no-empty-preload.ts';
import { httpHeaders } from './src/features/headers/integration.ts';
import { hydrateOnUse } from './src/features/hydration/integration.ts';
import { islandStyleInHead } from './src/features/island-style/integration.ts';
import { rehypeHeadingAnchors, rehypeSiteLinks } from './src/features/markdown/rehype-site-links.ts';
import { languageNotFound } from './src/features/not-found/integration.ts';
import { offlineSupport } from './src/features/offline/integration.ts';
import { builtPages } from './src/features/pages/integration.ts';
import { pagefindIndex } from './src/features/search/integration.ts';
import { tableLoaders } from './src/i18n/table-loaders.ts';

/** The path the site is served under: "/" by default, "/handbook/" with SITE_BASE=/handbook/. */
const base = process.env.SITE_BASE ?? '/';

/**
 * The public address, when the host gives it (SITE_URL; Netlify's URL; Cloudflare's CF_PAGES_URL): it
 * makes the hreflang links absolute, as search engines want them.
 */
const site = [process.env.SITE_URL, process.env.URL, process.env.CF_PAGES_URL].find(
  (v) => typeof v === 'string' && /^https?:\/\/[^/]/.test(v),
);

/** The handbook's languages: one folder of strings each under src/i18n (see src/i18n/languages.ts). */
const locales = readdirSync(new URL('./src/i18n/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: { locales, defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // builtPages() is the one pass over the built pages: it parses each page once and runs the steps of the
  // integrations after it in this order: islandStyleInHead() first, httpHeaders() last, so that each step
  // reads the pages as the steps before it left them (src/features/pages/integration.ts).
  integrations: [
    mdx(),
    preact(),
    hydrateOnUse(),
    builtPages(),
    islandStyleInHead(),
    languageNotFound(),
    bookEdition(),
    pagefindIndex(),
    offlineSupport(),
    httpHeaders(),
  ],
  markdown: {
    // Astro adds heading ids after user plugins; the anchors need them, so they are added first here.
    processor: unified({ rehypePlugins: [rehypeSiteLinks(base), rehypeHeadingIds, rehypeHeadingAnchors()] }),
    // Shiki writes inline styles, which the strict CSP forbids; the handbook has no code listings.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
      // The inline scripts' hashes go on every page, whether it has the script or not, so that every page
      // has one and the same policy and the host can send it as one header (src/features/headers/integration.ts).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPT_HASHES },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The page script imports search and the update prompt on demand. Vite wraps such imports in a
    // preload helper even with modulePreload off (it loads lazy chunks' CSS with it), so every page
    // would fetch it (about 0.9 KB gzip); noEmptyPreload drops it where there is nothing to preload.
    // Astro sets modulePreload itself, so it is switched off per environment from a plugin.
    plugins: [
      {
        name: 'cx-no-module-preload',
        configEnvironment: (name) =>
          name === 'client'
            ? {
                build: {
                  modulePreload: false,
                  // Preact (core, hooks, JSX runtime) in one chunk of its own: left to the default
                  // splitting, the JSX runtime lands in whichever shared chunk holds a tool's CSS, and
                  // a lazy import (the answering page's QR code) then fetches the preload helper too.
                  // Every island page loads Preact's renderer and the island runtime with it, and the
                  // string tables' reader with the storage writer: each pair in one chunk, not five
                  // small ones (see islandRuntime; gzip pays per file: the answering page ~500 B).
                  // chart.js's core and the shared chart module in one chunk that every chart kind's setup
                  // imports (see chartParts): the browser fetches and caches it once, the offline edition
                  // holds one copy, and no kind's controller is in it.
                  rolldownOptions: {
                    output: {
                      codeSplitting: {
                        groups: [
                          // First, so that no later group takes it in with a module's imports.
                          { name: 'preload-helper', test: isPreloadHelper },
                          { name: 'text', test: inTextRuntime },
                          { name: 'preact', test: inIslandRuntime },
                          { name: 'chart', test: inChartChunk },
                        ],
                      },
                    },
                  },
                },
              }
            : undefined,
      },
      tableLoaders(),
      noEmptyPreload(),
      chartParts(),
    ],
  },
});

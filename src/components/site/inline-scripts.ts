/**
 * The site's few inline scripts, the ones that must run before anything loads. Their code never
 * changes from page to page (what differs comes in `data-` attributes), so their hashes are the same
 * everywhere: astro.config.mjs puts them in the policy of every page, and every page gets one and the
 * same Content-Security-Policy, which the host can then send as one header (src/features/headers/integration.ts).
 * `InlineScript.astro` writes them, by name.
 */
import { createHash } from 'node:crypto';

export const INLINE_SCRIPTS = {
  /** Applies a stored theme before the first paint (every page). */
  theme:
    "try{var t=localStorage.getItem('cx-spectrum:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}",
  /** Turns an embed view into the presentation view before the first paint, with `?present`. */
  present:
    "if(new URLSearchParams(location.search).has('present'))document.documentElement.classList.add('cx-present')",
  /**
   * On the default language's home page, goes to the language the reader chose with the switcher. The
   * targets, `{"de":"/de/"}`, come in the script's `data-targets`, so the code is the same whatever the
   * base path and the languages.
   */
  languageRedirect:
    "try{var l=localStorage.getItem('cx-spectrum:lang'),k=JSON.parse(document.currentScript.dataset.targets);if(location.protocol.indexOf('http')===0&&l&&Object.prototype.hasOwnProperty.call(k,l)&&!location.search)location.replace(k[l])}catch(e){}",
} as const;

export type InlineScriptName = keyof typeof INLINE_SCRIPTS;

/** A script's CSP hash source, as Astro's `security.csp` takes it: `sha256-…` (no quotes). */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** The hashes of every inline script, for `security.csp.scriptDirective.hashes`. */
export const INLINE_SCRIPT_HASHES = Object.values(INLINE_SCRIPTS).map(scriptHash);

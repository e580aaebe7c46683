/** Joins a site base ("/" or "/handbook/") and a root-relative path ("/chapters/x/"). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (!path.startsWith('/')) return path;
  return b + path.slice(1);
}

/** True for a link that stays on this site and is written from its root ("/glossary/"). */
export function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** True for the root-relative path of a page (it ends in "/" before any query or hash), not of a file. */
export function isPagePath(path: string): boolean {
  const bare = path.replace(/[?#].*$/s, '');
  return isRootRelative(bare) && bare.endsWith('/') && !/^\/(?:_astro|pagefind)\//.test(bare);
}

/** A page's path in a language: the default language at the root, another under "/<lang>/". */
export function pathIn(lang: string, path: string, defaultLang: string): string {
  if (lang === defaultLang || !isPagePath(path)) return path;
  return `/${lang}${path}`;
}

/** Splits a root-relative path into its language (the default when it has none) and the path without it. */
export function splitLang(path: string, langs: readonly string[], defaultLang: string): { lang: string; path: string } {
  const m = /^\/([a-z]{2,3}(?:-[A-Za-z0-9]+)?)(\/.*)$/s.exec(path);
  const code = m?.[1];
  if (m && code && code !== defaultLang && langs.includes(code)) return { lang: code, path: m[2] ?? '/' };
  return { lang: defaultLang, path };
}

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

/** The one helper every internal link goes through: adds the configured base path. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

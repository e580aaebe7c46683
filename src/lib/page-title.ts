/** Search results and browser tabs cut titles after about this many characters. */
export const TITLE_MAX = 70;

/** A page's title with the site's name after it, or without the name when both would be too long. */
export function pageTitle(title: string, siteTitle: string): string {
  const full = `${title} · ${siteTitle}`;
  return full.length <= TITLE_MAX ? full : title;
}

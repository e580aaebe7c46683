import type { ToolId } from './tools';

/** The URL flag that turns a tool's embed view into the presentation view: `/tools/kano/embed/?present`. */
export const PRESENT_FLAG = 'present';

/** Root-relative path of a tool's own page, e.g. "/tools/kano/". */
export function toolPath(tool: ToolId): string {
  return `/tools/${tool}/`;
}

/** Root-relative path of a tool's chrome-less embed view, e.g. "/tools/kano/embed/". */
export function embedPath(tool: ToolId): string {
  return `/tools/${tool}/embed/`;
}

/** True when a query string ("?present", "?a=1&present=") asks for the presentation view. */
export function isPresent(search: string): boolean {
  return new URLSearchParams(search).has(PRESENT_FLAG);
}

/** A tool's state as a query string without the present flag and without "?": "" when there is none. */
export function stateQuery(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(PRESENT_FLAG);
  return params.toString();
}

/** A path with a state query and, when asked, the bare present flag last: "/tools/kano/embed/?kano-feature=x&present". */
export function withState(path: string, query: string, present = false): string {
  const parts = [query, present ? PRESENT_FLAG : ''].filter((p) => p !== '');
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Default height of an embedded tool, in CSS pixels; the tool scrolls inside the frame when taller. */
export const FRAME_HEIGHT = 800;

/**
 * The HTML a trainer pastes into a course page to embed a tool. `allow="clipboard-write"` lets the
 * tool's "copy link" button work inside a frame on another site.
 */
export function iframeSnippet(src: string, title: string): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${FRAME_HEIGHT}" loading="lazy" allow="clipboard-write"></iframe>`;
}

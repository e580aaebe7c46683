import { clip, LIMITS, type ProfileTool } from '../profile/model';
import { TOOL_CODECS } from '../profile/tool-state';
import type { StateNotice } from '../state/notice';
import { escapeRegExp } from '../strings';
import { isToolId, TOOL_IDS } from '../tools';

/** Pasted text longer than this is refused before it is searched (about 1 MB). */
export const MAX_BOARD_PASTE = 1_000_000;
/** At most this many links are read from one paste: four from each of the most groups a board holds. */
export const MAX_LINKS = 400;

/** Why a tool link was skipped; the i18n layer turns each into a sentence. */
export type LinkProblemCode = 'too-long' | 'no-state' | 'unknown-key' | 'markup' | 'bad-value';

/** One problem with a link: its code, the key it was found under, and the codec's notice where it gave one. */
export interface LinkProblem {
  code: LinkProblemCode;
  key?: string;
  /** The offending text; untrusted, render as text only. */
  detail?: string;
  /** The tool codec's notice about a value it could not use. */
  notice?: StateNotice;
}

/** A tool link found in pasted text: accepted with its canonical query, or skipped with its problems. */
export type FoundLink =
  | { ok: true; tool: ProfileTool; query: string; at: number }
  | { ok: false; tool: ProfileTool; problems: LinkProblem[]; at: number; raw: string };

/**
 * The address of the page of one of `ids` anywhere in text, under any origin or base path, the offline
 * edition's `index.html` and the embed view included; the query runs to the first space, quote or angle
 * bracket. Group 1 is the id, group 2 the query with its "?".
 */
export function toolLinkPattern(ids: readonly string[]): RegExp {
  const alternatives = ids.map(escapeRegExp).join('|');
  return new RegExp(
    `/tools/(${alternatives})/(?:embed/)?(?:index\\.html)?(?=[?#\\s"'<>)\\].,;:!]|$)(\\?[^\\s"'<>\`]*)?`,
    'gm',
  );
}

/** A registered tool's page address anywhere in text (see toolLinkPattern). */
const LINK = toolLinkPattern(TOOL_IDS);

const MARKUP = /<\s*\/?\s*[a-z!]|javascript:|\bon[a-z]+\s*=/i;

/** Checks one tool query: size, keys, markup, then the tool's own codec; every problem is listed. */
export function checkLink(
  tool: ProfileTool,
  rawQuery: string,
): { ok: true; query: string } | { ok: false; problems: LinkProblem[] } {
  const query = rawQuery.replace(/^\?/, '').replace(/#.*$/, '');
  if (query.length > LIMITS.query) return { ok: false, problems: [{ code: 'too-long', detail: String(query.length) }] };
  if (query === '') return { ok: false, problems: [{ code: 'no-state' }] };
  const { codec, keys } = TOOL_CODECS[tool];
  const problems: LinkProblem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return { ok: false, problems: [{ code: 'bad-value', detail: clip(query, 40) }] };
  }
  for (const [key, value] of params) {
    if (!keys.includes(key)) problems.push({ code: 'unknown-key', key: clip(key, 40) });
    else if (MARKUP.test(value)) problems.push({ code: 'markup', key, detail: clip(value, 40) });
  }
  if (problems.length > 0) return { ok: false, problems };
  try {
    const decoded = codec.decode(params);
    if (decoded.notices.length > 0) {
      return {
        ok: false,
        problems: decoded.notices.map((n) => ({ code: 'bad-value', key: n.key, notice: n })),
      };
    }
    return { ok: true, query: (codec.encode as (s: unknown) => URLSearchParams)(decoded.value).toString() };
  } catch {
    return { ok: false, problems: [{ code: 'bad-value', detail: clip(query, 40) }] };
  }
}

/** Trailing punctuation a chat or a sentence puts after a link, not part of it. */
function trimTail(query: string): string {
  return query.replace(/[.,;:!?)\]}]+$/, '');
}

/** Every tool link in a text, in order, each checked by its tool's codec; at most MAX_LINKS. */
export function findToolLinks(text: string): { links: FoundLink[]; tooLong: boolean; more: number } {
  if (text.length > MAX_BOARD_PASTE) return { links: [], tooLong: true, more: 0 };
  const links: FoundLink[] = [];
  let more = 0;
  for (const m of text.matchAll(LINK)) {
    const tool = m[1] ?? '';
    if (!isToolId(tool)) continue;
    if (links.length >= MAX_LINKS) {
      more += 1;
      continue;
    }
    const query = trimTail(m[2] ?? '');
    const at = m.index;
    const checked = checkLink(tool, query);
    links.push(
      checked.ok
        ? { ok: true, tool, query: checked.query, at }
        : { ok: false, tool, problems: checked.problems, at, raw: clip(m[0], 120) },
    );
  }
  return { links, tooLong: false, more };
}

import { decodeQuery } from '../state/codec';
import { TOOLS, type ToolStates } from '../tools';
import type { ProfileTool } from './model';
import type { ToolProblem } from './problems';

export type { ToolStates };

/** The codec and the URL keys of every tool a profile keeps: the tools' own models (src/lib/tools.ts). */
export const TOOL_CODECS = TOOLS;

/** A tool query checked by the tool's own codec: its canonical form, or the problems that stop it. */
export type CheckedQuery = { ok: true; query: string } | { ok: false; problems: ToolProblem[] };

/** Decodes a tool's query with its codec; never throws. '' (nothing taken) decodes to the tool's defaults. */
export function decodeTool<K extends ProfileTool>(tool: K, query: string): ToolStates[K] {
  return decodeQuery(TOOL_CODECS[tool].codec, query);
}

/**
 * Checks a tool query the way an imported file needs: every key must be the tool's own and the
 * codec must read every value without a notice. Returns the query re-encoded by the codec.
 */
export function checkToolQuery(tool: ProfileTool, query: string): CheckedQuery {
  const { codec, keys } = TOOL_CODECS[tool];
  try {
    const params = new URLSearchParams(query);
    const unknown = [...new Set([...params.keys()].filter((k) => !keys.includes(k)))];
    if (unknown.length > 0) return { ok: false, problems: unknown.map((key) => ({ code: 'unknown-key', tool, key })) };
    const decoded = codec.decode(params);
    if (decoded.notices.length > 0) {
      return { ok: false, problems: decoded.notices.map((notice) => ({ code: 'tool-notice', tool, notice })) };
    }
    return { ok: true, query: encodeTool(tool, decoded.value) };
  } catch {
    return { ok: false, problems: [{ code: 'tool-unreadable', tool, query }] };
  }
}

/** Encodes a tool's state with its codec, as a query string without the leading "?". */
export function encodeTool<K extends ProfileTool>(tool: K, state: ToolStates[K]): string {
  return TOOL_CODECS[tool].codec.encode(state).toString();
}

import { URL_KEYS as ANXIETY_KEYS, anxietyCodec } from '../anxiety/codec';
import type { AnxietyState } from '../anxiety/state';
import { KANO_KEYS, type KanoState, kanoCodec } from '../kano/codec';
import { QUIZ_KEYS, type QuizState, quizCodec } from '../quiz/codec';
import { SPECTRUM_KEYS, type SpectrumState, spectrumCodec } from '../spectrum/codec';
import type { Codec } from '../state/codec';
import type { ProfileTool } from './model';
import type { ToolProblem } from './problems';

/** Each tool's decoded state type. */
export interface ToolStates {
  'spectrum-grid': SpectrumState;
  'value-quiz': QuizState;
  kano: KanoState;
  'anxiety-gap': AnxietyState;
}

/** A tool's codec and the URL keys it owns. */
interface ToolCodec<S> {
  codec: Codec<S>;
  keys: readonly string[];
}

/** The codec and keys of every tool a profile keeps. */
export const TOOL_CODECS: { [K in ProfileTool]: ToolCodec<ToolStates[K]> } = {
  'spectrum-grid': { codec: spectrumCodec, keys: SPECTRUM_KEYS },
  'value-quiz': { codec: quizCodec, keys: QUIZ_KEYS },
  kano: { codec: kanoCodec, keys: KANO_KEYS },
  'anxiety-gap': { codec: anxietyCodec, keys: ANXIETY_KEYS },
};

/** A tool query checked by the tool's own codec: its canonical form, or the problems that stop it. */
export type CheckedQuery = { ok: true; query: string } | { ok: false; problems: ToolProblem[] };

/** Decodes a tool's query with its codec; never throws. '' (nothing taken) decodes to the tool's defaults. */
export function decodeTool<K extends ProfileTool>(tool: K, query: string): ToolStates[K] {
  const { codec } = TOOL_CODECS[tool];
  try {
    return codec.decode(new URLSearchParams(query)).value;
  } catch {
    return codec.defaults();
  }
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

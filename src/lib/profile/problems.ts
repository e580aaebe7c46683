import type { StateNotice } from '../state/notice';
import type { SchemaIssue } from './issues';
import type { ProfileTool } from './model';

/** A problem with a tool's stored query: a key it does not own, a value its codec replaced, or text that is no query. */
export type ToolProblem =
  | { code: 'unknown-key'; tool: ProfileTool; key: string }
  | { code: 'tool-notice'; tool: ProfileTool; notice: StateNotice }
  | { code: 'tool-unreadable'; tool: ProfileTool; query: string };

/** Why a profile file was refused, as a code with its values; the i18n layer turns each into a sentence. */
export type ProfileProblem =
  | { code: 'too-large'; size: number; max: number }
  | { code: 'empty' }
  | { code: 'not-json' }
  | { code: 'too-deep'; max: number }
  | { code: 'forbidden-key'; key: string }
  | { code: 'not-object' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'schema'; issue: SchemaIssue }
  | { code: 'bad-current' }
  | { code: 'generic' }
  /** A tool state of one offering (0-based) its codec could not read cleanly. */
  | { code: 'offering-tool'; offering: number; problem: ToolProblem }
  /** How many problems were not listed. */
  | { code: 'more'; count: number };

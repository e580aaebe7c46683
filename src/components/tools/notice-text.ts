import type { StateNotice } from '../../lib/state/notice';
import { TOOL_UI } from './registry';

/** A notice from any tool's state, in `lang` (for pages that read every tool: profile, board). */
export function toolNotice(n: StateNotice, lang: string): string {
  return TOOL_UI[n.field.tool].notice(n, lang);
}

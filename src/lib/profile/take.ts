import { sameName } from '../quiz/grid-link';
import { clip, LIMITS, PROFILE_TOOLS, type ProfileOffering, type ProfileTool } from './model';
import { checkToolQuery, decodeTool, encodeTool } from './tool-state';

/** What each tool has saved in this browser: its query string, or null when nothing is saved. */
export type SavedStates = Record<ProfileTool, string | null>;

/** What taking from the tools did, for the status message. */
export interface TakeReport {
  taken: ProfileTool[];
  /** Chosen tools with nothing saved (or saved state the codec could not read cleanly). */
  missing: ProfileTool[];
  /**
   * How the grid's offering was chosen: by name, or the one selected there when no name matched;
   * `name` is its name ('' when unnamed: the page names it by its 0-based `index`).
   */
  grid?: { how: 'matched' | 'selected'; name: string; index: number; wanted: string };
  /** Set when the offering had no name and took one from the tools. */
  named?: string;
}

/** Picks the grid offering for a profile offering: same name first, else the grid's own selection. */
export function pickOnGrid(
  query: string,
  name: string,
): { query: string; how: 'matched' | 'selected'; name: string; index: number } {
  const state = decodeTool('spectrum-grid', query);
  const found = state.offerings.findIndex((o) => sameName(o.name, name));
  const selected = found >= 0 ? found : state.selected;
  const chosen = state.offerings[selected];
  return {
    query: encodeTool('spectrum-grid', { ...state, selected }),
    how: found >= 0 ? 'matched' : 'selected',
    name: chosen ? chosen.name.trim() : '',
    index: selected,
  };
}

/** True for a grid state that holds no offerings: nothing to take. */
function isEmptyGrid(tool: ProfileTool, query: string): boolean {
  return tool === 'spectrum-grid' && decodeTool('spectrum-grid', query).offerings.length === 0;
}

/** A name for an unnamed offering: the quiz's offering, else the grid's selected one; '' when neither has one. */
function nameFromTools(saved: SavedStates, chosen: readonly ProfileTool[]): string {
  const quiz = saved['value-quiz'];
  if (chosen.includes('value-quiz') && quiz) {
    const name = decodeTool('value-quiz', quiz).offering.trim();
    if (name !== '') return name;
  }
  const grid = saved['spectrum-grid'];
  if (chosen.includes('spectrum-grid') && grid) {
    const state = decodeTool('spectrum-grid', grid);
    return state.offerings[state.selected]?.name.trim() ?? '';
  }
  return '';
}

/**
 * Fills an offering from the tools' saved state. Each saved query is checked by the tool's codec and
 * kept in its canonical form; tools with nothing usable saved are left as they were.
 */
export function takeFromTools(
  offering: ProfileOffering,
  saved: SavedStates,
  chosen: readonly ProfileTool[],
): { offering: ProfileOffering; report: TakeReport } {
  const report: TakeReport = { taken: [], missing: [] };
  let name = offering.name;
  if (name.trim() === '') {
    const found = clip(nameFromTools(saved, chosen), LIMITS.name);
    if (found !== '') {
      name = found;
      report.named = found;
    }
  }
  const tools = { ...offering.tools };
  for (const tool of PROFILE_TOOLS) {
    if (!chosen.includes(tool)) continue;
    const raw = saved[tool];
    const checked = raw === null || raw === '' ? undefined : checkToolQuery(tool, raw);
    if (!checked?.ok || checked.query === '' || isEmptyGrid(tool, checked.query)) {
      report.missing.push(tool);
      continue;
    }
    if (tool === 'spectrum-grid') {
      const pick = pickOnGrid(checked.query, name);
      tools[tool] = pick.query;
      report.grid = { how: pick.how, name: pick.name, index: pick.index, wanted: name.trim() };
    } else {
      tools[tool] = checked.query;
    }
    report.taken.push(tool);
  }
  return { offering: { ...offering, name, tools }, report };
}

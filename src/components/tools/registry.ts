/**
 * The tools' UI, one folder per tool, named by its id (`src/components/tools/<id>/`, the ids of
 * src/lib/tools.ts). Each folder holds:
 *
 * - its island root (`<Name>.tsx`) and the components below it, its stylesheet and its notice texts;
 * - `Island.astro`: the island as a page, chapter or embed view shows it, with its stylesheet
 *   (found by `ToolIsland.astro`);
 * - `tool.ts`: its UI definition, `export const ui: ToolUi` (found here);
 * - `profile.tsx`: its part of the profile, `export const profile: ProfilePart` (src/components/profile/tool-parts.ts);
 * - `board.tsx`: its view on the class board, `export const board: BoardPart` (src/components/classroom/board-parts.ts).
 *
 * The parts are separate files so that a page loads only what it shows: the board does not fetch the
 * profile's charts and words, nor the profile the board's.
 */
import type { StateNotice } from '../../lib/state/notice';
import { TOOL_IDS, type ToolId } from '../../lib/tools';
import { byFolder } from './by-folder';

/**
 * Where a tool's island is shown: its own page, its home chapter's "Try it", the embed view, or the
 * book edition (src/pages/[...lang]/book.astro), which renders it on the server only, with no island.
 */
export type IslandPlace = 'page' | 'chapter' | 'embed' | 'book';

/** The props of every tool's `Island.astro`. */
export interface IslandProps {
  /** Where the island is shown; a chapter nests its headings one level deeper. */
  where: IslandPlace;
}

/** What every page that reads any tool's state needs of a tool's UI. */
export interface ToolUi {
  /** A notice about this tool's state (a value it could not use), in `lang`. */
  notice(n: StateNotice, lang: string): string;
}

/** Every tool's UI definition, by id. */
export const TOOL_UI: Record<ToolId, ToolUi> = byFolder(
  import.meta.glob<ToolUi>('./*/tool.ts', { eager: true, import: 'ui' }),
  TOOL_IDS,
  'tool.ts',
  'ui',
);

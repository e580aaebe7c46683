/**
 * Every tool's view on the class board, found by convention: `src/components/tools/<id>/board.tsx`
 * exports `board: BoardPart`, for each tool the board reads (the tools a profile keeps).
 */
import type { FunctionComponent } from 'preact';
import type { Board } from '../../lib/board/model';
import { PROFILE_TOOLS, type ProfileTool } from '../../lib/profile/model';
import { byFolder } from '../tools/by-folder';

/** What a board view is given: the board, and each group's name as the board shows it. */
export interface BoardViewProps {
  board: Board;
  names: string[];
}

/** A tool's view on the board: a section with its heading, every group that sent the tool side by side. */
export interface BoardPart {
  /** Where the view stands among the tools' views, smallest first. */
  order: number;
  View: FunctionComponent<BoardViewProps>;
}

/** Every tool's board view, by id. */
export const BOARD_PARTS: Record<ProfileTool, BoardPart> = byFolder(
  import.meta.glob<BoardPart>('../tools/*/board.tsx', { eager: true, import: 'board' }),
  PROFILE_TOOLS,
  'board.tsx',
  'board',
);

/** The tools' board views in the order the board shows them. */
export const BOARD_VIEWS: readonly (BoardPart & { tool: ProfileTool })[] = PROFILE_TOOLS.map((tool) => ({
  tool,
  ...BOARD_PARTS[tool],
})).sort((a, b) => a.order - b.order);

/**
 * Every tool's view on the class board, found by convention: `src/components/tools/<id>/board.tsx`
 * exports `board: BoardPart`, for each tool the board reads (the tools a profile keeps).
 */
import type { FunctionComponent } from 'preact';
import { loadDeclared } from '../../i18n/text';
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

/** Loaders of every tool's board view, by id: checked when the page is built, loaded once a board has groups. */
const BOARD_LOADERS: Record<ProfileTool, () => Promise<BoardPart | undefined>> = byFolder(
  import.meta.glob<BoardPart | undefined>('../tools/*/board.tsx', { import: 'board' }),
  PROFILE_TOOLS,
  'board.tsx',
  'board',
);

/** One tool's board view, with the tool it shows. */
export type BoardView = BoardPart & { tool: ProfileTool };

/**
 * Every tool's board view in the order the board shows them, with the string tables they read in `lang`.
 * Loaded only for a board with groups, so an empty board starts without every tool's views and words.
 */
export async function loadBoardViews(lang: string): Promise<readonly BoardView[]> {
  const views = await Promise.all(
    PROFILE_TOOLS.map(async (tool): Promise<BoardView> => {
      const part = await BOARD_LOADERS[tool]();
      if (!part) throw new Error(`src/components/tools/${tool}/board.tsx exports no board`);
      return { tool, ...part };
    }),
  );
  await loadDeclared(lang);
  return views.sort((a, b) => a.order - b.order);
}

import type { Board } from '../board/model';
import { sentStates } from '../board/sent';
import { scoreAll } from './scoring';
import type { Source } from './statements';
import { quizTool } from './tool';

/** One group's value-quiz scores per source; undefined where too few statements were answered. */
export interface QuizScores {
  group: number;
  scores: Record<Source, number | undefined>;
}

/** Every group that sent a quiz link, with its four scores. */
export function quizScores(board: Board): QuizScores[] {
  return sentStates(board, quizTool).map(({ group, state }) => {
    const all = scoreAll(state.answers);
    const scores = Object.fromEntries(all.map((s) => [s.source, s.score])) as Record<Source, number | undefined>;
    return { group, scores };
  });
}

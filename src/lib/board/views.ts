/**
 * What the class board shows of each tool. Each view lives with its tool's model
 * (`src/lib/<tool>/board.ts`, built on `sentStates`); this module gathers them for the board.
 */
export { type AnxietyRow, anxietyRows } from '../anxiety/board';
export { type KanoRow, kanoRows } from '../kano/board';
export { type QuizScores, quizScores } from '../quiz/board';
export { type GridPoint, gridPoints } from '../spectrum/board';

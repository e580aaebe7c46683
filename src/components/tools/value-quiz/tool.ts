import type { ToolUi } from '../registry';
import { quizNotice } from './notice-text';

/** The tool's UI definition (see ../registry.ts). */
export const ui: ToolUi = { notice: quizNotice };

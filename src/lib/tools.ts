import { anxietyTool } from './anxiety/tool';
import { kanoTool } from './kano/tool';
import { quizTool } from './quiz/tool';
import { spectrumTool } from './spectrum/tool';
import type { StateOf, ToolModel } from './tool-model';

/**
 * Every tool, one line each, in the order pages list them. Everything else about the set of tools
 * (ids, routes, the profile's and the class board's tools, the examples) is derived from this list.
 */
export const TOOL_MODELS = [spectrumTool, quizTool, kanoTool, anxietyTool] as const;

/** One of the registered tool models. */
export type AnyToolModel = (typeof TOOL_MODELS)[number];

/** One of the tool identifiers. */
export type ToolId = AnyToolModel['id'];

/** Each tool's decoded state type, by id. */
export type ToolStates = { [M in AnyToolModel as M['id']]: StateOf<M> };

/** The ids of a list of models, as a tuple in the same order. */
type IdsOf<T extends readonly { id: string }[]> = {
  readonly [I in keyof T]: T[I] extends { id: infer Id } ? Id : never;
};

/** Identifiers of the interactive tools; each has a page at /tools/<id>/. */
export const TOOL_IDS = TOOL_MODELS.map((m) => m.id) as unknown as IdsOf<typeof TOOL_MODELS>;

/**
 * Every tool's model by id: its home chapter, codec, URL keys, board suffix and examples (its title and
 * description are in src/i18n/<lang>/tool-names.ts).
 */
export const TOOLS = Object.fromEntries(TOOL_MODELS.map((m) => [m.id, m])) as unknown as {
  readonly [K in ToolId]: ToolModel<K, ToolStates[K]>;
};

/** True for a registered tool's id. */
export function isToolId(value: string): value is ToolId {
  return (TOOL_IDS as readonly string[]).includes(value);
}

import type { Codec } from './state/codec';

/** Identifiers of the ready-made example offerings on the trainers page. */
export const PRESET_IDS = ['meal-kit', 'mortgage', 'running-shoes'] as const;

/** One of the example offerings. */
export type PresetId = (typeof PRESET_IDS)[number];

/** The words a preset carries into the tools (its offering's name and a Kano feature), from the page's language. */
export type PresetWords = Record<PresetId, { offering: string; feature: string }>;

/**
 * Everything the site needs to know of one tool's model, typed by its id and its state. Each tool
 * defines it in its own folder (`src/lib/<tool>/tool.ts`) and registers it with one line in
 * `src/lib/tools.ts`; routes, the profile, the class board and the examples are derived from it.
 */
export interface ToolModel<Id extends string, S> {
  /** The tool's id: its page is /tools/<id>/, its embed view /tools/<id>/embed/. */
  readonly id: Id;
  /** Its home chapter: the file name of `src/content/chapters/<chapter>.mdx`. */
  readonly chapter: string;
  /** How its state travels in a URL query. */
  readonly codec: Codec<S>;
  /** Every URL key the codec reads and writes; no other tool uses them. */
  readonly keys: readonly string[];
  /** Its short name in a class-board address: `g1-<short>`. Letters, digits and hyphens. */
  readonly short: string;
  /** Its state in each example offering of the trainers page, named in the page's language. */
  readonly presets: (words: PresetWords) => Record<PresetId, S>;
  /** The offering a state is about, by name ('' when it names none); tools without one leave this out. */
  readonly offering?: (state: S) => string;
}

/** The state type of a tool model. */
export type StateOf<M> = M extends ToolModel<string, infer S> ? S : never;

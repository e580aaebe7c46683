/** Identifiers of the interactive tools; each has a page at /tools/<id>/. */
export const TOOL_IDS = ['spectrum-grid', 'value-quiz', 'kano', 'anxiety-gap'] as const;

/** One of the tool identifiers. */
export type ToolId = (typeof TOOL_IDS)[number];

/** Where a tool belongs: its home chapter (its title and description are in src/i18n/<lang>/tool-names.ts). */
export interface ToolInfo {
  chapter: string;
}

/** The home chapter of every tool. */
export const TOOLS: Record<ToolId, ToolInfo> = {
  'spectrum-grid': {
    chapter: 'spectrum',
  },
  'value-quiz': {
    chapter: 'four-sources-of-value',
  },
  kano: {
    chapter: 'four-sources-of-value',
  },
  'anxiety-gap': {
    chapter: 'anxiety-gap',
  },
};

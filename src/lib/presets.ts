import { embedPath, toolPath, withState } from './embed';
import { encodeTool } from './profile/tool-state';
import { PRESET_IDS, type PresetId, type PresetWords } from './tool-model';
import { TOOL_MODELS, type ToolId, type ToolStates } from './tools';

export { PRESET_IDS, type PresetId, type PresetWords };

/** One example offering, filled in for every tool, each in that tool's own state type. */
export interface Preset {
  id: PresetId;
  states: ToolStates;
}

/**
 * The three example offerings, named in `words`: each tool's part comes from its own model
 * (`presets` in `src/lib/<tool>/tool.ts`). Every link is made by encoding these with each tool's own codec.
 */
export function presets(words: PresetWords): Record<PresetId, Preset> {
  const byTool = TOOL_MODELS.map((m) => [m.id, m.presets(words)] as const);
  const preset = (id: PresetId): Preset => ({
    id,
    states: Object.fromEntries(byTool.map(([tool, states]) => [tool, states[id]])) as ToolStates,
  });
  return Object.fromEntries(PRESET_IDS.map((id) => [id, preset(id)])) as Record<PresetId, Preset>;
}

/** One preset's state for one tool, as a query string without "?", made by that tool's own codec. */
export function presetQuery(preset: Preset, tool: ToolId): string {
  return encodeTool(tool, preset.states[tool]);
}

/** Root-relative link that opens a tool filled in with a preset; `present` opens the presentation view. */
export function presetPath(preset: Preset, tool: ToolId, present = false): string {
  return withState(present ? embedPath(tool) : toolPath(tool), presetQuery(preset, tool), present);
}

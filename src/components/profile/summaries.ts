import { PROFILE_TOOLS, type ProfileOffering } from '../../lib/profile/model';
import type { ToolSummaries } from '../../lib/profile/summaries';
import { PROFILE_PARTS } from './tool-parts';

/** Every tool's summary for one offering; a tool nothing was taken from has none. */
export type OfferingSummaries = ToolSummaries;

/** Summarises each tool's state of an offering in `lang`, skipping tools with nothing taken. */
export function summariseOffering(o: ProfileOffering, lang: string): OfferingSummaries {
  const out: Partial<OfferingSummaries> = {};
  for (const tool of PROFILE_TOOLS) {
    const query = o.tools[tool];
    out[tool] = query === '' ? undefined : PROFILE_PARTS[tool].summary(query, lang);
  }
  return out as OfferingSummaries;
}

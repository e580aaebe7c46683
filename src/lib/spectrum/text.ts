import type { AxisId, PerTick } from './axes';
import type { ComplexityBand, FrequencyBand } from './bands';
import type { ClaimId, SourceId } from './claims';
import type { ReferenceId } from './references';
import type { RegionId } from './regions';
import type { AnxietyLevel, CommunityRole, ValueSource, Visibility } from './terms';

/** Words for one axis. */
export interface AxisText {
  name: string;
  /** What the axis counts, in a sentence. */
  note: string;
  /** Words for each whole-number point, 0 to 10. */
  ticks: PerTick<string>;
}

/**
 * Every word the model's readings are written in. The English is in src/i18n/en/spectrum-grid.ts;
 * the model fills these in and never writes prose of its own.
 */
export interface SpectrumText {
  axes: Record<AxisId, AxisText>;
  bands: { frequency: Record<FrequencyBand, string>; complexity: Record<ComplexityBand, string> };
  regions: Record<RegionId, { name: string; gist: string }>;
  valueSources: Record<ValueSource, string>;
  visibility: Record<Visibility, string>;
  anxiety: Record<AnxietyLevel, { name: string; text: string }>;
  community: Record<CommunityRole, string>;
  claims: Record<ClaimId, string>;
  sources: Record<SourceId, { short: string; full: string }>;
  references: Record<ReferenceId, { name: string; why: string }>;
  /** Sentence frames; each fills in words the model chose. */
  frames: {
    /** Shown when an offering has no name: "Offering 2". */
    unnamed: (n: number) => string;
    /** A stretch between two values or words: "1 to 9.5". */
    range: (from: string, to: string) => string;
    /** One axis value: "frequency 7" or "frequency 1 to 9.5". */
    axisValue: (axis: string, value: string) => string;
    /** A marker's value text: "Meal kit: frequency 7, complexity 3". */
    position: (name: string, frequency: string, complexity: string) => string;
    /** The position in words: "Met about once a week; some research before choosing." */
    inWords: (frequency: string, complexity: string) => string;
    region: (region: string) => string;
    value: (lead: readonly string[], rest: readonly string[]) => string;
    anxiety: (level: string, text: string) => string;
    community: (roles: readonly string[]) => string;
    nearby: (names: readonly string[]) => string;
    inside: (names: readonly string[]) => string;
    sameFrequency: (names: readonly string[]) => string;
    spread: (regions: readonly string[], lowest: string, highest: string) => string;
    list: (items: readonly string[]) => string;
  };
}

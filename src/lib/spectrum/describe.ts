import type { AxisId } from './axes';
import { formatScore, nearestTick } from './axes';
import { sourceOf } from './claims';
import { enclosingReferences, nearbyReferences, sameFrequencyReferences } from './compare';
import type { Offering } from './offering';
import type { Region } from './regions';
import { regionOf, regionsReached } from './regions';
import type { AnxietyLevel } from './terms';
import { ANXIETY_LEVELS, anxietyRank } from './terms';
import type { SpectrumText } from './text';

/** The name an offering is shown under: its own, or "Offering 2" when it has none. */
export function displayName(o: Offering, index: number, text: SpectrumText): string {
  return o.name.trim() === '' ? text.frames.unnamed(index + 1) : o.name.trim();
}

/** One axis of an offering as words: "frequency 7" or "frequency 1 to 9.5". */
export function axisValue(o: Offering, axis: AxisId, text: SpectrumText): string {
  const { from, to } = o[axis];
  const value = from === to ? formatScore(from) : text.frames.range(formatScore(from), formatScore(to));
  return text.frames.axisValue(text.axes[axis].name.toLowerCase(), value);
}

/** A marker's name and value text: "Meal kit: frequency 7, complexity 3". */
export function positionLabel(name: string, o: Offering, text: SpectrumText): string {
  return text.frames.position(name, axisValue(o, 'frequency', text), axisValue(o, 'complexity', text));
}

/** The words for where a span sits on one axis: "weekly", or "once a decade to daily". */
export function axisWords(o: Offering, axis: AxisId, text: SpectrumText): string {
  const { from, to } = o[axis];
  const ticks = text.axes[axis].ticks;
  const a = ticks[nearestTick(from)];
  const b = ticks[nearestTick(to)];
  return a === b ? a : text.frames.range(a, b);
}

/** The lowest and highest exposure to the anxiety gap across some regions. */
export function anxietySpread(regions: readonly Region[]): [AnxietyLevel, AnxietyLevel] {
  const ranks = regions.map((r) => anxietyRank(r.anxiety));
  const lo = ANXIETY_LEVELS[Math.min(...ranks)] ?? 'low';
  const hi = ANXIETY_LEVELS[Math.max(...ranks)] ?? 'high';
  return [lo, hi];
}

/** What a position means, as short paragraphs, each tagged with what it is about. */
export interface Paragraph {
  topic: 'position' | 'value' | 'anxiety' | 'community' | 'compare' | 'spread';
  text: string;
}

/** The one line announced when the reading changes: "Meal kit: frequency 7, complexity 3. Region: Everyday and simple." */
export function summaryLine(o: Offering, name: string, text: SpectrumText): string {
  return `${positionLabel(name, o, text)}. ${text.frames.region(text.regions[regionOf(o).id].name)}`;
}

/** Reads an offering's position: its region, likely sources of value, anxiety, community, and neighbours. */
export function describeOffering(o: Offering, text: SpectrumText): Paragraph[] {
  const f = text.frames;
  const region = regionOf(o);
  const refName = (id: keyof SpectrumText['references']) => text.references[id].name;
  const words = f.inWords(axisWords(o, 'frequency', text), axisWords(o, 'complexity', text));
  const out: Paragraph[] = [
    { topic: 'position', text: `${words} ${text.regions[region.id].gist}` },
    {
      topic: 'value',
      text: `${f.value(
        region.value.slice(0, 2).map((v) => text.valueSources[v]),
        region.value.slice(2).map((v) => text.valueSources[v]),
      )} ${text.visibility[region.visibility]}`,
    },
    { topic: 'anxiety', text: f.anxiety(text.anxiety[region.anxiety].name, text.anxiety[region.anxiety].text) },
    { topic: 'community', text: f.community(region.community.map((r) => text.community[r])) },
  ];
  const compare = [
    nearbyReferences(o).length > 0 ? f.nearby(nearbyReferences(o).map(refName)) : '',
    enclosingReferences(o).length > 0 ? f.inside(enclosingReferences(o).map(refName)) : '',
    sameFrequencyReferences(o).length > 0 ? f.sameFrequency(sameFrequencyReferences(o).map(refName)) : '',
  ].filter((s) => s !== '');
  if (compare.length > 0) out.push({ topic: 'compare', text: compare.join(' ') });
  const reached = regionsReached(o);
  if (reached.length > 1) {
    const [lo, hi] = anxietySpread(reached);
    out.push({
      topic: 'spread',
      text: f.spread(
        reached.map((r) => text.regions[r.id].name),
        text.anxiety[lo].name,
        text.anxiety[hi].name,
      ),
    });
  }
  return out;
}

/** The essays a region's reading rests on, with the idea taken from each, for a "based on" list. */
export function basisOf(region: Region, text: SpectrumText): { claim: string; source: string }[] {
  return region.claims.map((c) => ({ claim: text.claims[c], source: text.sources[sourceOf(c)].short }));
}

import { textOf, uses } from '../../../i18n/text';
import type { Summary } from '../../../lib/profile/summary';
import { decodeTool } from '../../../lib/profile/tool-state';
import { axisValue, axisWords, displayName } from '../../../lib/spectrum/describe';
import { middle, type Span } from '../../../lib/spectrum/offering';
import { regionOf } from '../../../lib/spectrum/regions';
import type { ProfilePart } from '../../profile/tool-parts';
import { GridChart as Chart } from './ProfileChart';

const PROFILE = uses('profile');
const SPECTRUM = uses('spectrum-grid');

/** What the small plane chart draws: the offering's middle, and its spans when it covers a stretch. */
export interface GridChart {
  name: string;
  frequency: Span;
  complexity: Span;
  x: number;
  y: number;
}

/** The grid's reading of the offering it has selected, in `lang`: position, region, leading sources, anxiety. */
export function gridSummary(query: string, lang: string): Summary<GridChart> {
  const state = decodeTool('spectrum-grid', query);
  const o = state.offerings[state.selected];
  if (!o) return { rows: [], notes: [], chart: undefined };
  const g = textOf(lang, PROFILE).profileText.grid;
  const st = textOf(lang, SPECTRUM).spectrumText;
  const region = regionOf(o);
  const name = displayName(o, state.selected, st);
  const position = `${axisValue(o, 'frequency', st)}, ${axisValue(o, 'complexity', st)}`;
  const rows = [
    { id: 'offering', label: g.offering, value: name },
    { id: 'position', label: g.position, value: position },
    {
      id: 'words',
      label: g.inWords,
      value: `${axisWords(o, 'frequency', st)}; ${axisWords(o, 'complexity', st)}`,
    },
    { id: 'region', label: g.region, value: st.regions[region.id].name },
    { id: 'lead', label: g.lead, value: st.frames.list(region.value.slice(0, 2).map((v) => st.valueSources[v])) },
    { id: 'anxiety', label: g.anxiety, value: st.anxiety[region.anxiety].name },
  ];
  const notes = state.offerings.length > 1 ? [g.others(state.offerings.length)] : [];
  return {
    rows,
    notes,
    chart: { name, frequency: o.frequency, complexity: o.complexity, x: middle(o.frequency), y: middle(o.complexity) },
  };
}

/** The grid's part of the profile: its summary and the offering on a small plane. */
export const profile: ProfilePart<GridChart> = {
  summary: gridSummary,
  chart: (data, rows) => <Chart data={data} position={rows.find((r) => r.id === 'position')?.value ?? ''} />,
};

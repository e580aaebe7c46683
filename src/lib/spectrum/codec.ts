import type { Codec } from '../state/codec';
import { readChoice, readNumber, readText } from '../state/fields';
import { followIndex, idsOnRead, positionId, withIds } from '../state/ids';
import type { Decoded, StateNotice } from '../state/notice';
import type { Offering } from './offering';
import { MAX_NAME_LENGTH, MAX_OFFERINGS, newOffering } from './offering';
import { formatSpan, readSpan } from './span-text';

/** Everything the grid remembers. */
export interface SpectrumState {
  /** The reader's own offerings, at most eight. */
  offerings: readonly Offering[];
  /** Which offering the reading is for: an index into `offerings`, 0 when there are none. */
  selected: number;
  /** Whether the essays' reference products are drawn. */
  showReferences: boolean;
}

/**
 * The URL keys. `place` repeats, one per offering, as name_frequency_complexity, where each score is
 * a number ("7") or a span ("2-8"): `place=Meal+kit_7_3`. An empty `place=` means "no offerings".
 * `read` is the 1-based number of the offering the reading is for; `refs=hidden` hides the reference layer.
 * `pids` (text version 2) lists the offerings' ids in order, joined by dots: `pids=k3f9.x8b1`. Version 1
 * text (saved data and links from before) has no `pids`: each offering is then known by its position.
 */
export const SPECTRUM_KEYS = ['place', 'read', 'refs', 'pids'] as const;

/** Joins ids in the `pids` key. */
const ID_SEPARATOR = '.';

const TOOL = 'spectrum-grid';

/** The state a first visit starts with: one unnamed offering in the middle, references shown. */
export function spectrumDefaults(): SpectrumState {
  return { offerings: [{ id: positionId(0), ...newOffering() }], selected: 0, showReferences: true };
}

/** One offering as link text. */
export function encodeOffering(o: Offering): string {
  return `${o.name}_${formatSpan(o.frequency)}_${formatSpan(o.complexity)}`;
}

/** Reads one `place` value; never throws. Name is everything before the last two underscores. */
export function decodeOffering(raw: string, index: number, notices: StateNotice[]): Offering {
  const last = raw.lastIndexOf('_');
  const before = last > 0 ? raw.lastIndexOf('_', last - 1) : -1;
  const nameField = { tool: 'spectrum-grid', field: 'name', index } as const;
  if (before < 0) {
    notices.push({
      key: 'place',
      field: { tool: 'spectrum-grid', field: 'offering', index },
      code: 'no-position',
      given: raw,
    });
    return newOffering(
      readText(raw, { key: 'place', field: nameField, maxLength: MAX_NAME_LENGTH, fallback: '' }).value,
    );
  }
  const name = readText(raw.slice(0, before), {
    key: 'place',
    field: nameField,
    maxLength: MAX_NAME_LENGTH,
    fallback: '',
  });
  if (name.notice) notices.push(name.notice);
  const axis = (field: 'frequency' | 'complexity') =>
    ({ tool: 'spectrum-grid', field, index, name: name.value }) as const;
  return {
    name: name.value,
    frequency: readSpan(raw.slice(before + 1, last), axis('frequency'), 'place', notices),
    complexity: readSpan(raw.slice(last + 1), axis('complexity'), 'place', notices),
  };
}

function decodeOfferings(params: URLSearchParams, notices: StateNotice[]): readonly Offering[] {
  if (!params.has('place')) return spectrumDefaults().offerings;
  const given = params.getAll('place').filter((v) => v.trim() !== '');
  if (given.length > MAX_OFFERINGS) {
    notices.push({
      key: 'place',
      field: { tool: 'spectrum-grid', field: 'offering', index: MAX_OFFERINGS },
      code: 'too-many-offerings',
      given: given.length,
      kept: MAX_OFFERINGS,
    });
  }
  const offerings = given.slice(0, MAX_OFFERINGS).map((raw, i) => decodeOffering(raw, i, notices));
  const ids = params.get('pids')?.split(ID_SEPARATOR);
  return withIds(offerings, idsOnRead(ids, offerings.length));
}

/** Reads the grid's state from a query; every bad value is replaced and noted, and it never throws. */
export function decodeSpectrum(params: URLSearchParams): Decoded<SpectrumState> {
  const notices: StateNotice[] = [];
  const offerings = decodeOfferings(params, notices);
  let selected = 0;
  if (offerings.length > 0) {
    const max = offerings.length;
    const read = readNumber(params.get('read'), {
      key: 'read',
      field: { tool: 'spectrum-grid', field: 'read' },
      min: 1,
      max,
      fallback: 1,
      integer: true,
    });
    if (read.notice) notices.push(read.notice);
    selected = read.value - 1;
  }
  const refs = readChoice(params.get('refs'), {
    key: 'refs',
    field: { tool: 'spectrum-grid', field: 'refs' },
    choices: ['shown', 'hidden'],
    fallback: 'shown',
  });
  if (refs.notice) notices.push(refs.notice);
  return { value: { offerings, selected, showReferences: refs.value === 'shown' }, notices };
}

/** Writes the state as a query, leaving out what equals the defaults so links stay short. */
export function encodeSpectrum(state: SpectrumState): URLSearchParams {
  const params = new URLSearchParams();
  const defaults = spectrumDefaults().offerings.map(encodeOffering);
  const places = state.offerings.map(encodeOffering);
  if (places.length === 0) params.append('place', '');
  else if (places.join('\n') !== defaults.join('\n')) {
    for (const p of places) params.append('place', p);
    // Ids that read back the same without the key (positions) are left out, so old links stay as they were.
    const ids = state.offerings.map((o, i) => o.id ?? positionId(i));
    if (ids.some((id, i) => id !== positionId(i))) params.set('pids', ids.join(ID_SEPARATOR));
  }
  if (state.selected > 0 && state.selected < state.offerings.length) params.set('read', String(state.selected + 1));
  if (!state.showReferences) params.set('refs', 'hidden');
  return params;
}

/**
 * After a merge that left this tab's reading on the offering it had, keeps it on that offering by id,
 * though another tab removed or added offerings before it; a reading another tab moved stays moved.
 */
export function followSelected(merged: SpectrumState, ours: SpectrumState): SpectrumState {
  if (merged.selected !== ours.selected) return merged;
  const selected = followIndex(ours.offerings, merged.offerings, ours.selected);
  return selected === merged.selected ? merged : { ...merged, selected };
}

/** The grid's codec: storage name, version, defaults and the two directions. */
export const spectrumCodec: Codec<SpectrumState> = {
  name: TOOL,
  version: 1,
  defaults: spectrumDefaults,
  decode: decodeSpectrum,
  encode: encodeSpectrum,
  follow: followSelected,
  pointers: ['selected'],
};

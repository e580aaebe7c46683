import { useId, useRef, useState } from 'preact/hooks';
import { island, useLang, useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { SPECTRUM_KEYS, type SpectrumState, spectrumCodec } from '../../../lib/spectrum/codec';
import { displayName, summaryLine } from '../../../lib/spectrum/describe';
import type { OfferingChange } from '../../../lib/spectrum/offering';
import {
  addOffering,
  changeOffering,
  MAX_OFFERINGS,
  nextOffering,
  offeringKey,
  removeOffering,
} from '../../../lib/spectrum/offering';
import { CopyLink } from '../shared/CopyLink';
import { LiveSummary } from '../shared/LiveSummary';
import { SavedStatus } from '../shared/SavedStatus';
import { SaveIndicator } from '../shared/SaveIndicator';
import { InputsRegion, ResultsRegion } from '../shared/ToolRegions';
import { useToolState } from '../shared/useToolState';
import { ExportControls } from './ExportControls';
import { HowItWorks } from './HowItWorks';
import { gridNotice } from './notice-text';
import { nameFieldId, OfferingList } from './OfferingList';
import { Plane } from './Plane';
import { PositionsTable } from './PositionsTable';
import { ReadingPanel } from './ReadingPanel';

const GRID = uses('spectrum-grid');
const TOOLS = uses('tools-common');

interface Props {
  /** Compact layout for the chrome-less embed view. */
  embed?: boolean;
  /** Level of the tool's section headings: 2 on the tool's own page (the default), 3 inside a chapter section. */
  headingLevel?: 2 | 3;
}

/** The spectrum grid: place offerings on the complexity-by-frequency plane and read what the position suggests. */
function SpectrumGridView({ embed = false, headingLevel = 2 }: Props) {
  const { spectrumText, spectrumUi } = useText(GRID);
  const { toolsCommon } = useText(TOOLS);
  const lang = useLang();
  const store = useToolState(spectrumCodec, SPECTRUM_KEYS);
  const { state, setState, reset } = store;
  const idBase = `cx-grid-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const svg = useRef<SVGSVGElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState('');
  const names = state.offerings.map((o, i) => displayName(o, i, spectrumText));
  const update = (fn: (s: SpectrumState) => SpectrumState) => setState((s) => fn(s));

  // By id, not by place (another tab may have removed an offering before this one since the last render), and
  // only the fields edited, applied to the offering as it is now: another tab's change to its other fields stays.
  const onChange = (key: string, change: OfferingChange) =>
    update((s) => ({ ...s, offerings: changeOffering(s.offerings, key, change) }));
  // The offering drawn at `index` when the reader moved it, found by its key in the state as it is now.
  const onMove = (index: number, change: OfferingChange) => {
    const drawn = state.offerings[index];
    if (drawn) onChange(offeringKey(drawn, index), change);
  };
  const onSelect = (index: number) => update((s) => (s.selected === index ? s : { ...s, selected: index }));
  const onAdd = () => {
    if (state.offerings.length >= MAX_OFFERINGS) return;
    const added = nextOffering(state.offerings, Math.random);
    // Added to the offerings as they are now: an offering another tab added since the render counts towards the limit.
    let index = -1;
    update((s) => {
      const next = addOffering(s, added);
      index = next === s ? -1 : next.selected;
      return next;
    });
    if (index < 0) return;
    setStatus(spectrumUi.offerings.added(spectrumText.frames.unnamed(index + 1)));
    setTimeout(() => document.getElementById(nameFieldId(idBase, offeringKey(added, index)))?.focus(), 0);
  };
  const onRemove = (index: number) => {
    setStatus('');
    const drawn = state.offerings[index];
    if (!drawn) return;
    // By its key, from the offerings as they are now: another tab's changes since the last render stay.
    const key = offeringKey(drawn, index);
    store.replace((s) => removeOffering(s, key), spectrumUi.offerings.removed(names[index] ?? ''));
    addButton.current?.focus();
  };
  const onReset = () => {
    reset();
    setStatus('');
  };

  const current = state.offerings[state.selected];
  const level = headingLevel;
  return (
    <div class={embed ? 'cx-grid cx-grid--embed cx-tool' : 'cx-grid cx-tool'}>
      <SavedStatus store={store} describeNotice={(n) => gridNotice(n, lang)} />
      <ResultsRegion id={`${idBase}-results`}>
        <div class="cx-grid__main">
          <figure class="cx-grid__figure">
            <Plane
              offerings={state.offerings}
              names={names}
              selected={state.selected}
              showReferences={state.showReferences}
              labelId={`${idBase}-label`}
              helpId={`${idBase}-help`}
              svg={svg}
              onMove={onMove}
              onSelect={onSelect}
            />
            <figcaption>
              <span id={`${idBase}-label`}>{spectrumUi.plane.label}</span>. {spectrumUi.plane.caption}
              <span class="cx-grid__help cx-no-print" id={`${idBase}-help`}>
                {spectrumUi.plane.keyboardHelp}
              </span>
            </figcaption>
          </figure>
          <ReadingPanel
            offering={current}
            name={current ? (names[state.selected] ?? '') : ''}
            level={level}
            idBase={idBase}
          />
        </div>
      </ResultsRegion>
      <InputsRegion>
        <OfferingList
          offerings={state.offerings}
          names={names}
          selected={state.selected}
          showReferences={state.showReferences}
          level={level}
          idBase={idBase}
          status={status}
          addButton={addButton}
          onChange={onChange}
          onSelect={onSelect}
          onRemove={onRemove}
          onAdd={onAdd}
          onReferences={(show) => update((s) => ({ ...s, showReferences: show }))}
        />
      </InputsRegion>
      <LiveSummary target={`${idBase}-results`}>
        {current ? summaryLine(current, names[state.selected] ?? '', spectrumText) : spectrumUi.reading.none}
      </LiveSummary>
      <div class="cx-grid__actions cx-no-print">
        <CopyLink label={toolsCommon.copyLink} copied={toolsCommon.copied} failed={toolsCommon.copyFailed} />
        <button type="button" onClick={onReset}>
          {toolsCommon.reset}
        </button>
        <SaveIndicator state={store.saveState} />
        <ExportControls svg={svg} />
      </div>
      <PositionsTable offerings={state.offerings} names={names} showReferences={state.showReferences} idBase={idBase} />
      <HowItWorks level={level} idBase={idBase} />
    </div>
  );
}

/** The spectrum grid as an island: takes the page's `lang` besides its own props. */
export const SpectrumGrid = island(SpectrumGridView);

export default SpectrumGrid;

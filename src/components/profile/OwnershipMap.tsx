import { useState } from 'preact/hooks';
import { useLang, useText } from '../../i18n/island';
import { href } from '../../i18n/paths';
import { uses } from '../../i18n/text';
import { FUNCTION_IDS, type FunctionId, isFunctionId } from '../../lib/profile/functions';
import {
  addTouchpoint,
  addTouchpoints,
  functionLoads,
  MANY_ROLES,
  OWNERSHIP_LIMITS,
  removeTouchpointById,
  setRole,
  type Touchpoint,
  touchpointGaps,
  touchpointKey,
  updateTouchpointById,
} from '../../lib/profile/ownership';

/** A change to the map, applied to the map as it is when the change lands (another tab's changes included), not as last shown. */
export type MapChange = (map: readonly Touchpoint[]) => Touchpoint[];

interface Props {
  idBase: string;
  map: readonly Touchpoint[];
  /** `undoable` is said when the change threw something away (a removal), for the page's undo line. */
  onChange: (change: MapChange, undoable?: string) => void;
}

const PROFILE = uses('profile');

/** The ownership map's words, and a function's name, in the island's language. */
function useWords() {
  const { profileText: t } = useText(PROFILE);
  const fn = (id: FunctionId) => t.functions[id];
  return { o: t.ownership, fn };
}

/** Focuses an element by id once the next render is on screen. */
function focusLater(id: string) {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** One touchpoint's controls: name, owner, contributors, voices, what is still open, and removal. */
function TouchpointFields({
  id,
  index,
  value,
  onPatch,
  onRemove,
}: {
  id: string;
  index: number;
  value: Touchpoint;
  onPatch: (fn: (t: Touchpoint) => Touchpoint) => void;
  onRemove: () => void;
}) {
  const { o, fn } = useWords();
  const label = value.name.trim() === '' ? o.unnamed(index + 1) : value.name;
  const gaps = touchpointGaps(value);
  return (
    <fieldset class="cx-profile__touchpoint">
      <legend>{label}</legend>
      <div class="cx-profile__field">
        <label for={`${id}-name`}>{o.name}</label>
        <input
          id={`${id}-name`}
          type="text"
          autocomplete="off"
          maxLength={OWNERSHIP_LIMITS.name}
          value={value.name}
          onInput={(e) => {
            const name = e.currentTarget.value.slice(0, OWNERSHIP_LIMITS.name);
            onPatch((tp) => ({ ...tp, name }));
          }}
        />
      </div>
      <div class="cx-profile__field">
        <label for={`${id}-owner`}>{o.owner}</label>
        <select
          id={`${id}-owner`}
          value={value.owner}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onPatch((tp) => ({ ...tp, owner: isFunctionId(v) ? v : '' }));
          }}
        >
          <option value="">{o.ownerNone}</option>
          {FUNCTION_IDS.map((f) => (
            <option key={f} value={f}>
              {fn(f)}
            </option>
          ))}
        </select>
      </div>
      {MANY_ROLES.map((role) => (
        <fieldset key={role} class="cx-profile__choice">
          <legend>{o[role]}</legend>
          {FUNCTION_IDS.map((f) => (
            <label key={f} class="cx-profile__option">
              <input
                type="checkbox"
                checked={value[role].includes(f)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  onPatch((tp) => setRole(tp, role, f, on));
                }}
              />
              <span>{fn(f)}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <div class="cx-profile__actions">
        {gaps.length > 0 && <p class="cx-profile__hint">{o.open(gaps.map((g) => o.gaps[g]))}</p>}
        <button type="button" aria-label={o.removeLabel(label)} onClick={onRemove}>
          {o.remove}
        </button>
      </div>
    </fieldset>
  );
}

/** The map as print shows it: one row per touchpoint, then how many touchpoints each function holds. */
function PrintedMap({ map }: { map: readonly Touchpoint[] }) {
  const { o, fn } = useWords();
  const names = (ids: readonly FunctionId[]) => (ids.length === 0 ? o.none : ids.map(fn).join(', '));
  const loads = functionLoads(map).filter((l) => l.owns + l.contributes + l.speaks > 0);
  return (
    <div class="cx-profile__print-only">
      <table class="cx-profile__table cx-profile__plan-table">
        <caption>{o.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{o.touchpoint}</th>
            <th scope="col">{o.owner}</th>
            <th scope="col">{o.contributors}</th>
            <th scope="col">{o.voices}</th>
          </tr>
        </thead>
        <tbody>
          {map.map((tp, i) => (
            <tr key={tp.id ?? `${i}-${tp.name}`}>
              <th scope="row">{tp.name.trim() === '' ? o.unnamed(i + 1) : tp.name}</th>
              <td>{tp.owner === '' ? o.none : fn(tp.owner)}</td>
              <td>{names(tp.contributors)}</td>
              <td>{names(tp.voices)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {loads.length > 0 && (
        <table class="cx-profile__table cx-profile__plan-table">
          <caption>{o.loadCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{o.function}</th>
              <th scope="col">{o.owns}</th>
              <th scope="col">{o.contributes}</th>
              <th scope="col">{o.speaks}</th>
            </tr>
          </thead>
          <tbody>
            {loads.map((l) => (
              <tr key={l.id}>
                <th scope="row">{fn(l.id)}</th>
                <td>{l.owns}</td>
                <td>{l.contributes}</td>
                <td>{l.speaks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The ownership map: the reader's touchpoints, each with an owner, contributors and voices on social channels. */
export function OwnershipMap({ idBase, map, onChange }: Props) {
  const { o } = useWords();
  const lang = useLang();
  const id = `${idBase}-ownership`;
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState('');
  const full = map.length >= OWNERSHIP_LIMITS.touchpoints;
  const add = () => {
    const name = draft.trim();
    if (name === '') {
      setStatus(o.needName);
      focusLater(`${id}-new`);
      return;
    }
    onChange((m) => addTouchpoint(m, name, Math.random));
    setDraft('');
    setStatus(o.added(name));
  };
  const addSuggested = () => {
    const next = addTouchpoints(map, o.suggested, Math.random);
    setStatus(o.addedSuggested(next.length - map.length));
    onChange((m) => addTouchpoints(m, o.suggested, Math.random));
  };
  const remove = (index: number) => {
    const tp = map[index];
    const label = tp === undefined || tp.name.trim() === '' ? o.unnamed(index + 1) : tp.name;
    const key = tp === undefined ? undefined : touchpointKey(tp, index);
    if (key !== undefined) onChange((m) => removeTouchpointById(m, key), o.removed(label));
    setStatus('');
    const after = map[index + 1];
    focusLater(after === undefined ? `${id}-new` : `${id}-${after.id ?? index}-name`);
  };
  return (
    <section class="cx-profile__ownership" aria-labelledby={id}>
      <h3 id={id}>{o.heading}</h3>
      <p class="cx-profile__intro cx-no-print">{o.intro}</p>
      <p class="cx-profile__intro cx-no-print">
        {o.ours} <a href={href('/chapters/who-owns-social-media/', lang)}>{o.chapterLink}</a>.
      </p>
      {map.length === 0 && <p class="cx-profile__hint cx-no-print">{o.empty}</p>}
      <div class="cx-profile__touchpoints cx-no-print">
        {map.map((tp, i) => (
          <TouchpointFields
            // Keyed by id: when another tab removes a touchpoint, the field being typed in stays with its own.
            key={tp.id ?? i}
            id={`${id}-${tp.id ?? i}`}
            index={i}
            value={tp}
            onPatch={(f) => onChange((m) => updateTouchpointById(m, touchpointKey(tp, i), f))}
            onRemove={() => remove(i)}
          />
        ))}
      </div>
      <div class="cx-profile__add cx-no-print">
        {full ? (
          <p class="cx-profile__hint">{o.max(OWNERSHIP_LIMITS.touchpoints)}</p>
        ) : (
          <>
            <div class="cx-profile__field">
              <label for={`${id}-new`}>{o.newLabel}</label>
              <input
                id={`${id}-new`}
                type="text"
                autocomplete="off"
                maxLength={OWNERSHIP_LIMITS.name}
                aria-describedby={`${id}-new-hint`}
                value={draft}
                onInput={(e) => setDraft(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    add();
                  }
                }}
              />
              <p id={`${id}-new-hint`} class="cx-profile__hint">
                {o.newHint}
              </p>
            </div>
            <div class="cx-profile__actions">
              <button type="button" onClick={add}>
                {o.add}
              </button>
              <button type="button" onClick={addSuggested}>
                {o.addSuggested}
              </button>
            </div>
          </>
        )}
        <p class="cx-profile__status" role="status">
          {status}
        </p>
      </div>
      {map.length > 0 && <PrintedMap map={map} />}
    </section>
  );
}

import { useCallback, useId, useMemo, useRef, useState } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { columnChoices, suggestedLabels } from '../../../lib/kano/column-choice';
import type { ColumnMapping, FeatureMapping } from '../../../lib/kano/mapping';
import {
  addFeature,
  changeFeature,
  pageRows,
  removeFeature,
  restoreFeature,
  withFeatureIds,
} from '../../../lib/kano/mapping-edit';
import { DraftInput } from '../shared/DraftInput';
import type { UndoApi } from '../shared/use-undo';
import { ColumnInput } from './ColumnInput';

const KANO = uses('kano');

interface Props {
  heading: 'h3' | 'h4';
  header: readonly string[];
  /** The rows; each proposed row says how it was found (`found`), which it keeps until the reader changes its columns. */
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  /** The page's undo slot: removing a feature row offers it back there. */
  undo?: UndoApi | undefined;
}

/** Above this many columns the segment is chosen in a field with suggestions rather than a drop-down of every column. */
export const WIDE_COLUMNS = 200;

/**
 * The page's one list of column suggestions, holding only the labels that match what is typed in the
 * column field in use (at most SUGGESTIONS), so a file of a thousand columns is quick to type in.
 */
function Suggestions({
  id,
  labels,
  bind,
}: {
  id: string;
  labels: readonly string[];
  /** Set here to the function that gives the list the text typed. */
  bind: { current: (typed: string) => void };
}) {
  const [typed, setTyped] = useState('');
  bind.current = setTyped;
  return (
    <datalist id={id}>
      {suggestedLabels(labels, typed).map((l) => (
        <option key={l} value={l} />
      ))}
    </datalist>
  );
}

/**
 * The proposed column mapping as a table of native controls: name, both answer columns, importance;
 * segment below. Each column choice is a text field with one shared list of suggestions, so a file of
 * a thousand columns puts its column names in the page once, not three times per feature, and the list
 * holds only the few that match what is typed.
 */
export function MappingTable({ heading: H, header, mapping: given, onChange, undo }: Props) {
  const { kanoText: t } = useText(KANO);
  const id = `cx-kano-map-${useId()}`;
  const list = `${id}-columns`;
  const choices = useMemo(
    () => columnChoices(header, t.mapping.unnamedColumn, t.mapping.none),
    [header, t.mapping.unnamedColumn, t.mapping.none],
  );
  // Every row is known by its id (a proposal's rows by their positions): edits, removal and undo find it by that.
  const mapping = useMemo(() => withFeatureIds(given), [given]);
  /** The mapping as last shown, for an undo offered before later edits: it puts the row back beside them. */
  const latest = useRef(mapping);
  latest.current = mapping;
  const [page, setPage] = useState(0);
  const suggest = useRef<(typed: string) => void>(() => undefined);
  const onTyped = useCallback((typed: string) => suggest.current(typed), []);
  const shown = pageRows(mapping.features.length, page);
  const set = (id: string, patch: Partial<FeatureMapping>) => onChange(changeFeature(mapping, id, patch));
  const add = () => {
    onChange(addFeature(mapping, header.length, t.mapping.newFeature(mapping.features.length + 1), Math.random));
    setPage(pageRows(mapping.features.length + 1, Number.POSITIVE_INFINITY).page);
  };
  const remove = (id: string) => {
    const { mapping: next, removed } = removeFeature(mapping, id);
    if (!removed) return;
    onChange(next);
    undo?.offerUndo({
      message: t.mapping.removed(removed.feature.name),
      undo: () => onChange(restoreFeature(latest.current, removed)),
    });
  };
  return (
    <section class="cx-kano__mapping" aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`}>{t.mapping.heading}</H>
      <p class="cx-kano__hint">{t.mapping.intro}</p>
      <p class="cx-kano__hint">{t.mapping.columnHint}</p>
      <Suggestions id={list} labels={choices.labels} bind={suggest} />
      {mapping.features.length === 0 && <p>{t.mapping.noneFound}</p>}
      {mapping.features.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        <section class="cx-kano__scroll" aria-label={t.mapping.caption} tabIndex={0}>
          <table class="cx-kano__results">
            <caption>{t.mapping.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.mapping.feature}</th>
                <th scope="col">{t.mapping.functional}</th>
                <th scope="col">{t.mapping.dysfunctional}</th>
                <th scope="col">{t.mapping.importance}</th>
                <th scope="col">{t.mapping.found}</th>
                <th scope="col">{t.mapping.remove}</th>
              </tr>
            </thead>
            <tbody>
              {mapping.features.slice(shown.start, shown.end).map((f, k) => {
                const i = shown.start + k;
                return (
                  <tr key={f.id}>
                    <td>
                      <DraftInput
                        type="text"
                        aria-label={t.mapping.nameLabel(i + 1)}
                        value={f.name}
                        maxLength={120}
                        onCommit={(name) => set(f.id, { name: name.trim() || f.name })}
                      />
                    </td>
                    <td>
                      <ColumnInput
                        id={`${id}-f${i}`}
                        label={t.mapping.functionalLabel(f.name)}
                        list={list}
                        choices={choices}
                        value={f.functional}
                        allowNone={false}
                        onTyped={onTyped}
                        onPick={(c) => c !== null && set(f.id, { functional: c })}
                      />
                    </td>
                    <td>
                      <ColumnInput
                        id={`${id}-d${i}`}
                        label={t.mapping.dysfunctionalLabel(f.name)}
                        list={list}
                        choices={choices}
                        value={f.dysfunctional}
                        allowNone={false}
                        onTyped={onTyped}
                        onPick={(c) => c !== null && set(f.id, { dysfunctional: c })}
                      />
                    </td>
                    <td>
                      <ColumnInput
                        id={`${id}-i${i}`}
                        label={t.mapping.importanceLabel(f.name)}
                        list={list}
                        choices={choices}
                        value={f.importance}
                        allowNone={true}
                        onTyped={onTyped}
                        onPick={(c) => set(f.id, { importance: c })}
                      />
                    </td>
                    <td>{f.found === undefined ? t.mapping.byReader : t.mapping.foundBy[f.found]}</td>
                    <td>
                      <button type="button" aria-label={t.mapping.removeLabel(f.name)} onClick={() => remove(f.id)}>
                        {t.mapping.remove}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
      {shown.pages > 1 && (
        <nav class="cx-kano__actions" aria-label={t.mapping.pagesLabel}>
          <button type="button" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
            {t.mapping.previousPage}
          </button>
          <p class="cx-kano__status" role="status">
            {t.mapping.pageStatus(shown.start + 1, shown.end, mapping.features.length)}
          </p>
          <button type="button" disabled={shown.page >= shown.pages - 1} onClick={() => setPage(shown.page + 1)}>
            {t.mapping.nextPage}
          </button>
        </nav>
      )}
      <div class="cx-kano__actions">
        <button type="button" onClick={add} disabled={header.length < 2}>
          {t.mapping.add}
        </button>
        <label for={`${id}-segment`}>{t.mapping.segment}</label>
        {header.length > WIDE_COLUMNS ? (
          // A wide file: a field with the shared suggestions, not a list of every column to lay out.
          <ColumnInput
            id={`${id}-segment`}
            label={t.mapping.segment}
            list={list}
            choices={choices}
            value={mapping.segment}
            allowNone={true}
            onTyped={onTyped}
            onPick={(c) => onChange({ ...mapping, segment: c })}
          />
        ) : (
          <select
            id={`${id}-segment`}
            value={mapping.segment === null ? '' : String(mapping.segment)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onChange({ ...mapping, segment: v === '' ? null : Number(v) });
            }}
          >
            <option value="">{t.mapping.none}</option>
            {choices.labels.map((l, c) => (
              <option key={l} value={String(c)}>
                {l}
              </option>
            ))}
          </select>
        )}
      </div>
    </section>
  );
}

import { useId } from 'preact/hooks';
import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import { columnLetter } from '../../../lib/kano/issues';
import type { ColumnMapping, FeatureMapping, FoundBy } from '../../../lib/kano/mapping';

const KANO = uses('kano');

interface Props {
  heading: 'h3' | 'h4';
  header: readonly string[];
  mapping: ColumnMapping;
  foundBy: readonly FoundBy[];
  onChange: (mapping: ColumnMapping) => void;
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** The proposed column mapping as a table of native controls: name, both answer columns, importance; segment below. */
export function MappingTable({ heading: H, header, mapping, foundBy, onChange }: Props) {
  const { kanoText: t } = useText(KANO);
  const id = `cx-kano-map-${useId()}`;
  const columnName = (c: number) => `${columnLetter(c)}: ${short(header[c] || t.mapping.unnamedColumn)}`;
  const options = (withNone: boolean) => (
    <>
      {withNone && <option value="">{t.mapping.none}</option>}
      {header.map((_, c) => (
        <option key={c} value={String(c)}>
          {columnName(c)}
        </option>
      ))}
    </>
  );
  const set = (i: number, patch: Partial<FeatureMapping>) =>
    onChange({ ...mapping, features: mapping.features.map((f, k) => (k === i ? { ...f, ...patch } : f)) });
  const used = new Set(mapping.features.flatMap((f) => [f.functional, f.dysfunctional]));
  const free = header.map((_, c) => c).filter((c) => !used.has(c));
  const add = () =>
    onChange({
      ...mapping,
      features: [
        ...mapping.features,
        {
          name: t.mapping.newFeature(mapping.features.length + 1),
          functional: free[0] ?? 0,
          dysfunctional: free[1] ?? free[0] ?? 0,
          importance: null,
        },
      ],
    });
  return (
    <section class="cx-kano__mapping" aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`}>{t.mapping.heading}</H>
      <p class="cx-kano__hint">{t.mapping.intro}</p>
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
              {mapping.features.map((f, i) => (
                <tr key={i}>
                  <td>
                    <input
                      type="text"
                      aria-label={t.mapping.nameLabel(i + 1)}
                      value={f.name}
                      maxLength={120}
                      onChange={(e) => set(i, { name: e.currentTarget.value.trim() || f.name })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t.mapping.functionalLabel(f.name)}
                      value={String(f.functional)}
                      onChange={(e) => set(i, { functional: Number(e.currentTarget.value) })}
                    >
                      {options(false)}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={t.mapping.dysfunctionalLabel(f.name)}
                      value={String(f.dysfunctional)}
                      onChange={(e) => set(i, { dysfunctional: Number(e.currentTarget.value) })}
                    >
                      {options(false)}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={t.mapping.importanceLabel(f.name)}
                      value={f.importance === null ? '' : String(f.importance)}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        set(i, { importance: v === '' ? null : Number(v) });
                      }}
                    >
                      {options(true)}
                    </select>
                  </td>
                  <td>{foundBy[i] === undefined ? t.mapping.byReader : t.mapping.foundBy[foundBy[i]]}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t.mapping.removeLabel(f.name)}
                      onClick={() => onChange({ ...mapping, features: mapping.features.filter((_, k) => k !== i) })}
                    >
                      {t.mapping.remove}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <div class="cx-kano__actions">
        <button type="button" onClick={add} disabled={header.length < 2}>
          {t.mapping.add}
        </button>
        <label for={`${id}-segment`}>{t.mapping.segment}</label>
        <select
          id={`${id}-segment`}
          value={mapping.segment === null ? '' : String(mapping.segment)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange({ ...mapping, segment: v === '' ? null : Number(v) });
          }}
        >
          {options(true)}
        </select>
      </div>
    </section>
  );
}

import { useId, useMemo } from 'preact/hooks';
import { useLang, useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { Analysis } from '../../../lib/kano/analysis';
import { firstFeatures, keyValue, PRIORITY_KEYS, type PriorityKey, priorityList } from '../../../lib/kano/priority';
import { BLOCK_ROWS, formatCoefficient, formatNumber } from './ResultsTable';
import { useGrowing } from './use-growing';

const KANO = uses('kano');
const KANO_FILES = uses('kano-files');

interface Props {
  heading: 'h3' | 'h4';
  analysis: Analysis;
  order: PriorityKey;
  onOrder: (order: PriorityKey) => void;
}

/** The features in the order to act on them, by category, with one line of advice per category. */
export function PriorityList({ heading: H, analysis: a, order, onOrder }: Props) {
  const { kanoText: t } = useText(KANO);
  const { kanoFiles } = useText(KANO_FILES);
  const lang = useLang();
  const id = `cx-kano-priority-${useId()}`;
  const groups = useMemo(() => priorityList(a.overall.features, order), [a.overall.features, order]);
  // Hundreds of features are listed a block at a time, each in a frame of its own (all of them for printing).
  const total = groups.reduce((n, g) => n + g.features.length, 0);
  const shown = useGrowing(total, BLOCK_ROWS, groups);

  const value = (n: number | undefined) =>
    order === 'importance' ? formatNumber(n, 1, lang) : formatCoefficient(n, lang);
  return (
    <section class="cx-kano__priority" aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`}>{t.priority.heading}</H>
      <p>{t.priority.intro}</p>
      <fieldset class="cx-kano__mode cx-kano__no-print">
        <legend>{t.priority.orderLegend}</legend>
        {PRIORITY_KEYS.map((k) => (
          <label key={k} class="cx-kano__option">
            <input
              type="radio"
              name={`${id}-order`}
              value={k}
              checked={order === k}
              disabled={k === 'importance' && !a.hasImportance}
              onChange={() => onOrder(k)}
            />
            <span>
              {t.priority.orders[k]}
              {k === 'importance' && !a.hasImportance ? ` (${t.priority.noImportance})` : ''}
            </span>
          </label>
        ))}
      </fieldset>
      <ol class="cx-kano__priority-list" aria-label={t.priority.caption(t.priority.orders[order])}>
        {firstFeatures(groups, shown).map((g) => (
          <li key={g.category}>
            <strong>
              {t.categories[g.category]} ({g.category})
            </strong>
            : {kanoFiles.export.priority.adviceFor[g.category]}
            <ol>
              {g.features.map((f) => (
                <li key={f.name}>{t.priority.item(f.name, value(keyValue(f, order)))}</li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}

import { formatFixed, formatSigned, localeOf } from '../../../i18n/format';
import { useLang, useLocale, useText } from '../../../i18n/island';
import { textOf, uses } from '../../../i18n/text';
import type { FeatureAnalysis } from '../../../lib/kano/analysis';
import type { Interval } from '../../../lib/kano/stats';
import { CATEGORIES } from '../../../lib/kano/table';
import { memoized } from '../shared/memo';
import { useGrowing } from './use-growing';

const KANO = uses('kano');

/** Formats a coefficient with two decimals and a true minus sign, in `lang`; "n/a" when undefined. */
export function formatCoefficient(n: number | undefined, lang: string): string {
  if (n === undefined || !Number.isFinite(n)) return textOf(lang, KANO).kanoText.undefinedCoefficient;
  return formatSigned(n, 2, localeOf(lang));
}

/** Formats an interval as "low to high", in `lang`; "n/a" when undefined. */
export function formatInterval(i: Interval | undefined, lang: string): string {
  const t = textOf(lang, KANO).kanoText;
  if (i === undefined) return t.undefinedCoefficient;
  return t.intervalValue(formatCoefficient(i.low, lang), formatCoefficient(i.high, lang));
}

/** Formats a number with the given decimals, in `lang`, or a dash when undefined. */
export function formatNumber(n: number | undefined, digits: number, lang: string): string {
  if (n === undefined || !Number.isFinite(n)) return textOf(lang, KANO).kanoText.noFlags;
  return formatSigned(n, digits, localeOf(lang));
}

/** A feature's category by name and letter, with the runner-up when the lead is narrow. */
export function Verdict({ f }: { f: FeatureAnalysis }) {
  const { kanoText: t } = useText(KANO);
  if (f.category === undefined) return <>{t.noCategory}</>;
  return (
    <>
      {t.categories[f.category]} ({f.category})
      {f.mixed && f.runnerUp !== undefined && (
        <span class="cx-kano__mixed"> {t.mixed(t.categories[f.category], t.categories[f.runnerUp])}</span>
      )}
    </>
  );
}

function Flags({ f }: { f: FeatureAnalysis }) {
  const { kanoText: t } = useText(KANO);
  const flags = [f.manyQuestionable ? t.flagQuestionable : '', f.manyReverse ? t.flagReverse : ''].filter(
    (x) => x !== '',
  );
  if (flags.length === 0) return <>{t.noFlags}</>;
  return (
    <ul class="cx-kano__flags">
      {flags.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
}

function TestCell({ f }: { f: FeatureAnalysis }) {
  const { kanoText: t } = useText(KANO);
  if (f.test === undefined || f.category === undefined || f.runnerUp === undefined) return <>{t.noFlags}</>;
  const p = t.pValue(f.test.p);
  return (
    <>
      {f.test.clear
        ? t.testClear(t.categories[f.category], t.categories[f.runnerUp], p)
        : t.testUnclear(t.categories[f.category], t.categories[f.runnerUp], p)}
    </>
  );
}

interface Props {
  features: readonly FeatureAnalysis[];
  caption: string;
  importance: boolean;
}

/** Rows drawn per frame when a table grows (about 1,000 boxes to lay out); a drawn block renders again only when its rows change. */
export const BLOCK_ROWS = 20;

interface BlockProps {
  features: readonly FeatureAnalysis[];
  from: number;
  to: number;
  importance: boolean;
}

/** The table rows of features `from` to `to`. */
const RowBlock = memoized(function RowBlock({ features, from, to, importance }: BlockProps) {
  const { kanoText: t } = useText(KANO);
  const lang = useLang();
  const locale = useLocale();
  return (
    <>
      {features.slice(from, to).map((f, k) => {
        const i = from + k;
        return (
          <tr key={`${f.name}-${i}`}>
            <th scope="row">{f.name}</th>
            <td class="cx-kano__num">{f.total}</td>
            {CATEGORIES.map((c) => (
              <td key={c} class="cx-kano__num">
                {f.counts[c]}
              </td>
            ))}
            <td>
              <Verdict f={f} />
            </td>
            <td>
              {f.category === undefined
                ? t.noFlags
                : t.strengthValue(
                    formatFixed(f.categoryStrength * 100, 1, locale),
                    f.runnerUp === undefined ? '' : t.categories[f.runnerUp],
                  )}
            </td>
            <td class="cx-kano__num">
              {f.total === 0 ? t.noFlags : t.percentValue(formatFixed(f.totalStrength * 100, 0, locale))}
            </td>
            <td>
              <TestCell f={f} />
            </td>
            <td>
              {f.fong === undefined
                ? t.fongNotApplicable
                : t.fongValue(f.fong.significant, f.fong.difference, formatFixed(f.fong.critical, 1, locale))}
            </td>
            <td class="cx-kano__num">{formatCoefficient(f.better, lang)}</td>
            <td class="cx-kano__num">{formatInterval(f.betterInterval, lang)}</td>
            <td class="cx-kano__num">{formatCoefficient(f.worse, lang)}</td>
            <td class="cx-kano__num">{formatInterval(f.worseInterval, lang)}</td>
            {importance && (
              <td>
                {f.importance.mean === undefined
                  ? t.noFlags
                  : t.importanceValue(
                      formatNumber(f.importance.mean, 1, lang),
                      formatNumber(f.importance.sd, 1, lang),
                      f.importance.n,
                    )}
              </td>
            )}
            <td>{f.quadrant === undefined ? t.undefinedCoefficient : t.quadrantShort[f.quadrant]}</td>
            <td>
              <Flags f={f} />
            </td>
          </tr>
        );
      })}
    </>
  );
});

/** Per feature: counts, category, category and total strength, both tests, Better and Worse with intervals, importance, quadrant and flags. */
export function ResultsTable({ features, caption, importance }: Props) {
  const { kanoText: t } = useText(KANO);
  // A table of hundreds of features is drawn a block of rows at a time, so the page answers in between.
  const shown = useGrowing(features.length, BLOCK_ROWS, features);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section class="cx-kano__scroll" aria-label={caption} tabIndex={0}>
      <table class="cx-kano__results">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.feature}</th>
            <th scope="col">{t.columns.total}</th>
            {CATEGORIES.map((c) => (
              <th key={c} scope="col">
                <abbr title={t.categories[c]}>{c}</abbr>
              </th>
            ))}
            <th scope="col">{t.columns.category}</th>
            <th scope="col">{t.columns.categoryStrength}</th>
            <th scope="col">{t.columns.totalStrength}</th>
            <th scope="col">{t.columns.test}</th>
            <th scope="col">{t.columns.fong}</th>
            <th scope="col">{t.columns.better}</th>
            <th scope="col">{t.columns.betterInterval}</th>
            <th scope="col">{t.columns.worse}</th>
            <th scope="col">{t.columns.worseInterval}</th>
            {importance && <th scope="col">{t.columns.importance}</th>}
            <th scope="col">{t.quadrantColumn}</th>
            <th scope="col">{t.columns.flags}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: Math.ceil(shown / BLOCK_ROWS) }, (_, b) => (
            <RowBlock
              key={b}
              features={features}
              from={b * BLOCK_ROWS}
              to={Math.min(shown, (b + 1) * BLOCK_ROWS)}
              importance={importance}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

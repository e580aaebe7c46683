import { formatFixed } from '../../../i18n/format';
import { useLocale, useText } from '../../../i18n/island';
import { type Namespaces, uses } from '../../../i18n/text';
import type { Analysis, FeatureAnalysis, GroupAnalysis } from '../../../lib/kano/analysis';
import { SMALL_SEGMENT } from '../../../lib/kano/options';
import type { PriorityKey } from '../../../lib/kano/priority';
import { memoized } from '../shared/memo';
import { KanoScatter } from './KanoScatter';
import { methodSentences } from './method-text';
import { PriorityList } from './PriorityList';
import { BLOCK_ROWS, ResultsTable, Verdict } from './ResultsTable';
import { useGrowing } from './use-growing';

interface Props {
  heading: 'h3' | 'h4';
  analysis: Analysis;
  /** What orders features within a category in the priority list, and how the reader changes it. */
  order: PriorityKey;
  onOrder: (order: PriorityKey) => void;
}

const KANO = uses('kano');
/** The stage that draws the first segment; the stages before it draw the verdicts, table, chart, priority list and segment test. */
const FIRST_SEGMENT_STAGE = 5;

/** A group's name in the words of `t`: everyone, or its segment. */
const groupName = (g: GroupAnalysis, t: Namespaces['kano']['kanoText']) =>
  g.name === undefined ? t.everyone : t.segmentName(g.name || t.blankSegment);

/** The glance list's items for features `from` to `to`. */
const GlanceBlock = memoized(function GlanceBlock({
  features,
  from,
  to,
}: {
  features: readonly FeatureAnalysis[];
  from: number;
  to: number;
}) {
  return (
    <>
      {features.slice(from, to).map((f, k) => (
        <li key={`${f.name}-${from + k}`}>
          <strong>{f.name}</strong>: <Verdict f={f} />
        </li>
      ))}
    </>
  );
});

/** Results for everyone, then per segment side by side, with the test of whether segments differ. */
export function SurveyResults({ heading: H, analysis: a, order, onOrder }: Props) {
  const { kanoText: t } = useText(KANO);
  const locale = useLocale();
  const method = methodSentences(a, t).join(' ');
  const caption = a.filter.leftOut > 0 ? t.resultsCaptionFiltered(a.filter.leftOut, a.filter.before) : t.resultsCaption;
  const small = a.segments.filter((s) => s.small);
  // Drawn in stages, one task each: the verdicts and method, the table, the chart, the priority list, the segments' test, then each segment.
  const stage = useGrowing(FIRST_SEGMENT_STAGE + a.segments.length, 1, a);
  const glance = useGrowing(a.overall.features.length, BLOCK_ROWS, a);
  return (
    <div class="cx-kano__results-block">
      {/* The key result first, short enough to stay in view beside the mapping on a wide screen. */}
      <ul class="cx-kano__glance" aria-label={t.glanceLabel}>
        {Array.from({ length: Math.ceil(glance / BLOCK_ROWS) }, (_, b) => (
          <GlanceBlock
            key={b}
            features={a.overall.features}
            from={b * BLOCK_ROWS}
            to={Math.min(glance, (b + 1) * BLOCK_ROWS)}
          />
        ))}
      </ul>
      <p class="cx-kano__method">{method}</p>
      <details class="cx-kano__explain">
        <summary>{t.howSure.heading}</summary>
        {t.howSure.paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </details>
      {stage >= 2 && <ResultsTable features={a.overall.features} caption={caption} importance={a.hasImportance} />}
      {stage >= 3 && (
        <div class="cx-kano__chart-section">
          <H>{t.chartHeading}</H>
          <KanoScatter features={a.overall.features} caption={t.chartCaption(method)} importance={a.hasImportance} />
        </div>
      )}
      {stage >= 4 && <PriorityList heading={H} analysis={a} order={order} onOrder={onOrder} />}
      {stage >= 5 && a.segments.length > 0 && (
        <div class="cx-kano__segment-part">
          <H>{t.segments.heading}</H>
          <p>{t.segments.intro(a.segments.length)}</p>
          {small.length > 0 && (
            <p class="cx-kano__mixed">
              {t.segments.small(
                SMALL_SEGMENT,
                small.map((s) => t.segments.sized(s.name || t.blankSegment, s.respondents)).join(', '),
              )}
            </p>
          )}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
          <section class="cx-kano__scroll" aria-label={t.segments.testCaption} tabIndex={0}>
            <table class="cx-kano__results">
              <caption>{t.segments.testCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.feature}</th>
                  <th scope="col">{t.segments.verdict}</th>
                  <th scope="col">{t.segments.statistic}</th>
                  <th scope="col">{t.segments.method}</th>
                </tr>
              </thead>
              <tbody>
                {a.overall.features.map((f, j) => {
                  const test = a.segmentTests[j];
                  return (
                    <tr key={`${f.name}-${j}`}>
                      <th scope="row">{f.name}</th>
                      <td>
                        {test === undefined ? t.segments.noTest : test.p < 0.05 ? t.segments.differ : t.segments.same}
                      </td>
                      <td>
                        {test === undefined
                          ? t.noFlags
                          : t.segments.stat(formatFixed(test.statistic, 2, locale), test.df, t.pValue(test.p))}
                      </td>
                      <td>
                        {test === undefined
                          ? t.noFlags
                          : test.method === 'asymptotic'
                            ? t.segments.asymptotic
                            : t.segments.monteCarlo(
                                test.resamples,
                                test.seed,
                                formatFixed(test.minExpected, 1, locale),
                              )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          <div class="cx-kano__segments">
            {a.segments.slice(0, Math.max(0, stage - FIRST_SEGMENT_STAGE)).map((g, k) => (
              <section key={`${g.name}-${k}`} class="cx-kano__segment" aria-label={groupName(g, t)}>
                <H>{t.segments.groupHeading(groupName(g, t), g.respondents)}</H>
                <ResultsTable
                  features={g.features}
                  caption={t.segments.resultsCaption(groupName(g, t))}
                  importance={a.hasImportance}
                />
                <KanoScatter
                  features={g.features}
                  caption={t.chartCaption(`${groupName(g, t)}. ${method}`)}
                  importance={a.hasImportance}
                />
              </section>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

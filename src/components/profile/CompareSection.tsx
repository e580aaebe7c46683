import { profileText as t } from '../../i18n/en/profile';
import { offeringLabel, PROFILE_TOOLS, type ProfileOffering, QUESTION_IDS } from '../../lib/profile/model';
import { compareTool, type OfferingSummaries } from '../../lib/profile/summaries';
import { CompareTable } from './CompareTable';

interface Props {
  idBase: string;
  offerings: readonly ProfileOffering[];
  summaries: readonly OfferingSummaries[];
}

/** Two or three offerings side by side: the four answers, then one table per tool. */
export function CompareSection({ idBase, offerings, summaries }: Props) {
  const id = `${idBase}-compare`;
  const names = offerings.map((o, i) => offeringLabel(o, i, t.offerings.unnamed));
  const questions = QUESTION_IDS.map((q) => ({
    id: q,
    label: t.questions.labels[q],
    cells: offerings.map((o) => o.answers[q].trim()),
  }));
  return (
    <section class="cx-profile__compare cx-no-print" aria-labelledby={id}>
      <h2 id={id}>{t.compare.heading}</h2>
      {offerings.length < 2 ? (
        <p class="cx-profile__hint">{t.compare.needTwo}</p>
      ) : (
        <>
          <p class="cx-profile__hint">{t.compare.intro}</p>
          <CompareTable caption={t.compare.questionsCaption} names={names} rows={questions} />
          {PROFILE_TOOLS.map((tool) => {
            const table = compareTool(tool, summaries);
            return table.rows.length === 0 ? null : (
              <CompareTable
                key={tool}
                caption={t.compare.caption(t.tools.names[tool])}
                names={names}
                rows={table.rows}
              />
            );
          })}
        </>
      )}
    </section>
  );
}

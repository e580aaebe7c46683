import { useText } from '../../i18n/island';
import { type Namespaces, uses } from '../../i18n/text';
import { offeringLabel, PROFILE_TOOLS, type ProfileOffering, QUESTION_IDS } from '../../lib/profile/model';
import { functionLoads } from '../../lib/profile/ownership';
import { hasStartContent, STEP_IDS } from '../../lib/profile/start-sequence';
import { compareTool } from '../../lib/profile/summaries';
import { CompareTable } from './CompareTable';
import type { OfferingSummaries } from './summaries';

const PROFILE = uses('profile');
const TOOL_NAMES = uses('tool-names');

interface Props {
  idBase: string;
  offerings: readonly ProfileOffering[];
  summaries: readonly OfferingSummaries[];
}

/** The ownership map and start sequence of each offering, in a few comparable rows. */
function planRows(offerings: readonly ProfileOffering[], t: Namespaces['profile']['profileText']) {
  const c = t.compare;
  return [
    { id: 'touchpoints', label: c.touchpoints, cells: offerings.map((o) => String(o.ownership.length)) },
    {
      id: 'owners',
      label: c.owners,
      cells: offerings.map((o) =>
        functionLoads(o.ownership)
          .filter((l) => l.owns > 0)
          .map((l) => c.ownerCount(t.functions[l.id], l.owns))
          .join(', '),
      ),
    },
    {
      id: 'order',
      label: c.startOrder,
      cells: offerings.map((o) => o.start.order.map((f) => t.functions[f]).join(', ')),
    },
    {
      id: 'steps',
      label: c.stepsDone,
      cells: offerings.map((o) =>
        c.stepsDoneValue(STEP_IDS.filter((s) => o.start.steps[s].status === 'done').length, STEP_IDS.length),
      ),
    },
  ];
}

/** Two or three offerings side by side: the four answers, one table per tool, then the map and the sequence. */
export function CompareSection({ idBase, offerings, summaries }: Props) {
  const { profileText: t } = useText(PROFILE);
  const { toolNames } = useText(TOOL_NAMES);
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
                caption={t.compare.caption(toolNames[tool].title)}
                names={names}
                rows={table.rows}
              />
            );
          })}
          {offerings.some((o) => o.ownership.length > 0 || hasStartContent(o.start)) && (
            <CompareTable caption={t.compare.planCaption} names={names} rows={planRows(offerings, t)} />
          )}
        </>
      )}
    </section>
  );
}

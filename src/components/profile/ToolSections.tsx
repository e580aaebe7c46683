import { useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import type { ProfileOffering, ProfileTool } from '../../lib/profile/model';
import type { TakeReport } from '../../lib/profile/take';
import { AnxietyChart } from './AnxietyChart';
import { GridChart } from './GridChart';
import { QuizChart } from './QuizChart';
import type { OfferingSummaries } from './summaries';
import { TakeFromTools } from './TakeFromTools';
import { ToolCard } from './ToolCard';

const PROFILE = uses('profile');

interface Props {
  idBase: string;
  offering: ProfileOffering;
  summaries: OfferingSummaries;
  onTake: (tools: ProfileTool[]) => TakeReport;
}

/** "What the tools say": the take control, then one card per tool with its summary and chart. */
export function ToolSections({ idBase, offering, summaries, onTake }: Props) {
  const { profileText: t } = useText(PROFILE);
  const id = `${idBase}-tools`;
  const grid = summaries['spectrum-grid'];
  const quiz = summaries['value-quiz'];
  const anxiety = summaries['anxiety-gap'];
  const gridPosition = grid?.rows.find((r) => r.id === 'position')?.value ?? '';
  return (
    <section class="cx-profile__tools" aria-labelledby={id}>
      <h3 id={id}>{t.tools.heading}</h3>
      <TakeFromTools idBase={idBase} onTake={onTake} />
      <div class="cx-profile__cards">
        <ToolCard
          idBase={idBase}
          tool="spectrum-grid"
          query={offering.tools['spectrum-grid']}
          summary={grid}
          chart={
            grid?.chart && <GridChart data={grid.chart} label={t.grid.chartLabel(grid.chart.name, gridPosition)} />
          }
        />
        <ToolCard
          idBase={idBase}
          tool="value-quiz"
          query={offering.tools['value-quiz']}
          summary={quiz}
          chart={quiz?.chart && <QuizChart data={quiz.chart} />}
        />
        <ToolCard idBase={idBase} tool="kano" query={offering.tools.kano} summary={summaries.kano} />
        <ToolCard
          idBase={idBase}
          tool="anxiety-gap"
          query={offering.tools['anxiety-gap']}
          summary={anxiety}
          chart={anxiety?.chart && <AnxietyChart data={anxiety.chart} />}
        />
      </div>
    </section>
  );
}

import { useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import { PROFILE_TOOLS, type ProfileOffering, type ProfileTool } from '../../lib/profile/model';
import type { TakeReport } from '../../lib/profile/take';
import type { OfferingSummaries } from './summaries';
import { TakeFromTools } from './TakeFromTools';
import { ToolCard } from './ToolCard';
import { PROFILE_PARTS } from './tool-parts';

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
  return (
    <section class="cx-profile__tools" aria-labelledby={id}>
      <h3 id={id}>{t.tools.heading}</h3>
      <TakeFromTools idBase={idBase} onTake={onTake} />
      <div class="cx-profile__cards">
        {PROFILE_TOOLS.map((tool) => {
          const summary = summaries[tool];
          return (
            <ToolCard
              key={tool}
              idBase={idBase}
              tool={tool}
              query={offering.tools[tool]}
              summary={summary}
              chart={summary?.chart !== undefined && PROFILE_PARTS[tool].chart?.(summary.chart, summary.rows)}
            />
          );
        })}
      </div>
    </section>
  );
}

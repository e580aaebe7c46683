import type { ProfileOffering } from '../../lib/profile/model';
import type { Summary } from '../../lib/profile/summary';
import { type AnxietyChart, anxietySummary } from './summary-anxiety';
import { type GridChart, gridSummary } from './summary-grid';
import { kanoSummary } from './summary-kano';
import { type QuizChart, quizSummary } from './summary-quiz';

/** Every tool's summary for one offering; a tool nothing was taken from has none. */
export interface OfferingSummaries {
  'spectrum-grid': Summary<GridChart> | undefined;
  'value-quiz': Summary<QuizChart> | undefined;
  kano: Summary<never> | undefined;
  'anxiety-gap': Summary<AnxietyChart> | undefined;
}

/** Summarises each tool's state of an offering in `lang`, skipping tools with nothing taken. */
export function summariseOffering(o: ProfileOffering, lang: string): OfferingSummaries {
  const when = <S>(query: string, fn: (q: string) => S): S | undefined => (query === '' ? undefined : fn(query));
  return {
    'spectrum-grid': when(o.tools['spectrum-grid'], (q) => gridSummary(q, lang)),
    'value-quiz': when(o.tools['value-quiz'], (q) => quizSummary(q, lang)),
    kano: when(o.tools.kano, (q) => kanoSummary(q, lang)),
    'anxiety-gap': when(o.tools['anxiety-gap'], (q) => anxietySummary(q, lang)),
  };
}

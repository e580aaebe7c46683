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

/** Summarises each tool's state of an offering in the page's language, skipping tools with nothing taken. */
export function summariseOffering(o: ProfileOffering, locale: string): OfferingSummaries {
  const when = <S>(query: string, fn: (q: string) => S): S | undefined => (query === '' ? undefined : fn(query));
  return {
    'spectrum-grid': when(o.tools['spectrum-grid'], gridSummary),
    'value-quiz': when(o.tools['value-quiz'], quizSummary),
    kano: when(o.tools.kano, kanoSummary),
    'anxiety-gap': when(o.tools['anxiety-gap'], (q) => anxietySummary(q, locale)),
  };
}

import { useText } from '../../../i18n/island';
import { uses } from '../../../i18n/text';
import type { SurveyIssue } from '../../../lib/kano/issues';

const KANO = uses('kano');

interface Props {
  issues: readonly SurveyIssue[];
  total: number;
  heading: 'h3' | 'h4';
}

/** The problems found in a survey, each with its row and column; text only, capped, with a count of the rest. */
export function IssueList({ issues, total, heading: H }: Props) {
  const { kanoText: t } = useText(KANO);
  if (total === 0) return null;
  return (
    <div class="cx-kano__issues">
      <H>{t.issuesHeading(total)}</H>
      <ul>
        {issues.map((i, n) => (
          <li
            key={`${i.code}-${i.row ?? ''}-${i.column ?? ''}-${n}`}
            class={`cx-kano__issue cx-kano__issue--${i.severity}`}
          >
            <span class="cx-kano__severity">{t.severity[i.severity]}:</span> {t.issue(i)}
          </li>
        ))}
      </ul>
      {total > issues.length && <p>{t.issueMore(total - issues.length)}</p>}
    </div>
  );
}

import type { Row } from '../../lib/profile/summary';

interface Props {
  rows: readonly Row[];
  label: string;
}

/** A tool's summary as a description list: the text equivalent of its chart. */
export function SummaryList({ rows, label }: Props) {
  return (
    <dl class="cx-profile__rows" aria-label={label}>
      {rows.map((r) => (
        <div key={r.id} class="cx-profile__row">
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

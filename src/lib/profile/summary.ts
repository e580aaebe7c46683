/** A summary row: what it is and its value, as plain text. */
export interface Row {
  /** Stable id, so compare tables can line rows up across offerings. */
  id: string;
  label: string;
  value: string;
}

/** A tool's summary for one offering: rows for lists and tables, and a chart's data when there is one. */
export interface Summary<C> {
  rows: Row[];
  /** Extra sentences shown under the summary (not compared). */
  notes: string[];
  /** What the chart draws; undefined when the state gives nothing worth drawing. */
  chart: C | undefined;
}

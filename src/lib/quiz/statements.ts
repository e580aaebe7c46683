/** The essay's four sources of value, in the order the quiz shows them. */
export const SOURCES = ['problem', 'opportunity', 'feel', 'look'] as const;

/** One source of value: solving a problem, enabling an opportunity, feeling good, looking good. */
export type Source = (typeof SOURCES)[number];

/** How many statements each source has. */
export const STATEMENTS_PER_SOURCE = 4;

/** A statement id: the source and its number, e.g. "problem2"; also its URL key. */
export type StatementId = `${Source}${1 | 2 | 3 | 4}`;

/** One quiz statement; its wording lives in the i18n file under the same id. */
export interface Statement {
  id: StatementId;
  source: Source;
  /** True when agreeing means less of the source, so the answer is scored backwards. */
  reverse: boolean;
}

const REVERSED: ReadonlySet<StatementId> = new Set<StatementId>(['problem4', 'opportunity3', 'feel4', 'look2']);

/** All 16 statements, four per source, one of each four reverse-keyed. */
export const STATEMENTS: readonly Statement[] = SOURCES.flatMap((source) =>
  ([1, 2, 3, 4] as const).map((n) => {
    const id: StatementId = `${source}${n}`;
    return { id, source, reverse: REVERSED.has(id) };
  }),
);

/** The statements of one source. */
export function statementsOf(source: Source): Statement[] {
  return STATEMENTS.filter((s) => s.source === source);
}

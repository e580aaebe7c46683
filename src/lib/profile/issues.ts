/** The parts of a zod issue the messages use (zod 4 issue shapes, read defensively); the i18n side words them. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  expected?: unknown;
  maximum?: unknown;
  minimum?: unknown;
  origin?: unknown;
  keys?: unknown;
  format?: unknown;
  input?: unknown;
}

/** The company functions the ownership map and the start sequence name. */
export const FUNCTION_IDS = ['support', 'product', 'logistics', 'sales', 'marketing', 'operations'] as const;

/** One company function: support, product development, procurement and logistics, sales, marketing, operations. */
export type FunctionId = (typeof FUNCTION_IDS)[number];

/**
 * The order Schultze argues for: support, product development, procurement and logistics, sales,
 * and marketing last. Operations is not in his sequence, so the start sequence leaves it out.
 */
export const ESSAY_ORDER = [
  'support',
  'product',
  'logistics',
  'sales',
  'marketing',
] as const satisfies readonly FunctionId[];

/** A function in the start sequence. */
export type SequenceFunction = (typeof ESSAY_ORDER)[number];

/** Whether a value is one of the functions. */
export function isFunctionId(v: unknown): v is FunctionId {
  return typeof v === 'string' && (FUNCTION_IDS as readonly string[]).includes(v);
}

/** The functions given, once each, in the order of FUNCTION_IDS. */
export function canonicalFunctions(ids: readonly FunctionId[]): FunctionId[] {
  return FUNCTION_IDS.filter((id) => ids.includes(id));
}

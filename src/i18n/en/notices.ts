import { quote } from '../quote';

/** What was wrong with a value read from a link, file or storage, and what was used instead. */
export const noticeText = {
  /** Quotes a value from the input (shortened), as this language quotes. */
  quote,
  notANumber: (label: string, given: string, used: number) =>
    `${label} ${quote(given)} is not a number; using ${used}.`,
  outOfRange: (label: string, given: string, min: number, max: number, integer: boolean, used: number) =>
    `${label} ${quote(given)} is outside ${min} to ${max}${integer ? ' (whole numbers)' : ''}; using ${used}.`,
  notAChoice: (label: string, given: string, choices: readonly string[], used: string) =>
    `${label} ${quote(given)} is not one of ${choices.join(', ')}; using ${used}.`,
  shortened: (label: string, maxLength: number) =>
    `${label} was longer than ${maxLength} characters and was shortened.`,
  missing: (label: string, used: number) => `${label} is missing; using ${used}.`,
  noPosition: (label: string, given: string) =>
    `${label} ${quote(given)} has no position (name_frequency_complexity); placed in the middle.`,
  tooManyOfferings: (given: number, kept: number) =>
    `The link had ${given} offerings; only the first ${kept} were kept.`,
  /** A field of one of the anxiety calculator's two scenarios. */
  scenarioField: (scenario: string, field: string) => `${scenario}: ${field}`,
  /** The spectrum grid's fields, some of them per offering. */
  grid: {
    offering: (n: number) => `Offering ${n}`,
    named: (offering: string, name: string) => `${offering} (${quote(name)})`,
    name: (offering: string) => `${offering} name`,
    frequency: (offering: string) => `${offering} frequency`,
    complexity: (offering: string) => `${offering} complexity`,
    from: (field: string) => `${field} (from)`,
    to: (field: string) => `${field} (to)`,
    read: 'Offering to read',
    refs: 'Reference products',
  },
} as const;

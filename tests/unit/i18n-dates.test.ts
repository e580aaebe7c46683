import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/i18n/dates';

describe('formatSourceDate', () => {
  it.each([
    ['2012', 'en-GB', '2012'],
    ['2016-07', 'en-GB', 'July 2016'],
    ['2012-09-13', 'en-GB', '13 September 2012'],
    ['2012-11-30', 'en-GB', '30 November 2012'],
    ['2012', 'de-DE', '2012'],
    ['2016-07', 'de-DE', 'Juli 2016'],
    ['2012-09-13', 'de-DE', '13. September 2012'],
    ['2012-03-01', 'de-DE', '1. März 2012'],
    ['n.d.', 'de-DE', 'n.d.'],
  ])('%s in %s → %s', (iso, locale, out) => {
    expect(formatSourceDate(iso, locale)).toBe(out);
  });
});

import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { ValueQuiz } from '../../src/components/tools/value-quiz/ValueQuiz';
import { loadAllText } from '../../src/i18n/server';

beforeAll(() => loadAllText('en'));

describe('ValueQuiz on the server', () => {
  it('renders the whole form without touching window or storage', () => {
    const html = renderToString(h(ValueQuiz, { lang: 'en', headingLevel: 2 }));
    expect(html.match(/<fieldset/g)).toHaveLength(17); // 16 statements and the grid place
    expect(html.match(/type="radio"/g)).toHaveLength(80);
    expect(html).toContain('Offering name');
    expect(html).toContain('Formula and assumptions');
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('ValueQuiz inside a chapter', () => {
  it('moves its headings one level down', () => {
    const html = renderToString(h(ValueQuiz, { lang: 'en', headingLevel: 3 }));
    expect(html).not.toContain('<h2');
    expect(html).toContain('<h3');
  });
});

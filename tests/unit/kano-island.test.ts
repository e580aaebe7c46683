import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { KanoClassifier } from '../../src/components/tools/kano/KanoClassifier';
import { loadAllText } from '../../src/i18n/server';

describe('KanoClassifier on the server', () => {
  it('renders the single-pair form and the evaluation table without touching window or storage', async () => {
    await loadAllText('en');
    const html = renderToString(h(KanoClassifier, { lang: 'en', headingLevel: 2 }));
    expect(html.match(/type="radio"/g)).toHaveLength(12); // 2 modes, 2 x 5 answers
    expect(html).toContain('<table');
    expect(html.match(/cx-kano__cell /g)).toHaveLength(25);
    expect(html).toContain('Formula and assumptions');
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });
});

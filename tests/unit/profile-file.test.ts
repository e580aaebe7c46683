import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { profileProblem } from '../../src/components/profile/problem-text';
import { loadAllText } from '../../src/i18n/server';
import { MAX_FILE_BYTES, readProfileFile, serialiseProfile, toFile } from '../../src/lib/profile/file';
import { guardedParse, nestingDepth } from '../../src/lib/profile/json-guard';
import { emptyOffering, emptyProfile, type Profile } from '../../src/lib/profile/model';
import { profile } from './profile-arbitraries';

beforeAll(() => loadAllText('en'));

/** A problem in English. */
const inEnglish = (p: Parameters<typeof profileProblem>[0]) => profileProblem(p, 'en');

/** A valid file as an object, for tests to spoil one field at a time. */
function validFile(): Record<string, unknown> {
  const p: Profile = {
    current: 0,
    offerings: [
      {
        ...emptyOffering(),
        name: 'Meal kit',
        tools: { ...emptyOffering().tools, 'value-quiz': 'quiz-offering=Meal+kit&problem1=5' },
      },
    ],
  };
  return JSON.parse(serialiseProfile(p)) as Record<string, unknown>;
}

/** The valid file with one change made to its first offering. */
function withOffering(change: (o: Record<string, unknown>) => void): string {
  const f = validFile();
  const offerings = f['offerings'] as Record<string, unknown>[];
  const first = offerings[0];
  if (first) change(first);
  return JSON.stringify(f);
}

function refused(text: string): string {
  const r = readProfileFile(text);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.problems.map(inEnglish).join(' | ');
}

describe('profile file: round trip', { timeout: 30_000 }, () => {
  it('export then import gives the same profile, for any valid profile', () => {
    fc.assert(
      fc.property(profile, (p) => {
        const back = readProfileFile(serialiseProfile(p));
        expect(back).toEqual({ ok: true, profile: p, cards: {} });
      }),
      { numRuns: 300 },
    );
  });

  it('writes the format, the version and every field, and reads an empty profile back', () => {
    const f = toFile(emptyProfile());
    expect(Object.keys(f)).toEqual(['format', 'version', 'current', 'offerings']);
    expect(f.format).toBe('cx-spectrum-profile');
    expect(f.version).toBe(3);
    expect(readProfileFile(serialiseProfile(emptyProfile()))).toEqual({ ok: true, profile: emptyProfile(), cards: {} });
  });

  it('keeps tool states in the codec’s own form', () => {
    const text = withOffering((o) => {
      o['tools'] = { ...(o['tools'] as object), kano: 'kano-feature=+Skip+a+week+&kano-functional=like' };
    });
    const r = readProfileFile(text);
    expect(r.ok && r.profile.offerings[0]?.tools.kano).toBe('kano-feature=Skip+a+week&kano-functional=like');
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(readProfileFile(`\uFEFF${JSON.stringify(validFile())}`).ok).toBe(true);
  });
});

describe('profile file: hostile and malformed input is refused, naming the problem', () => {
  const big = 'x'.repeat(20 * 1024 * 1024);
  const cases: [string, string, RegExp][] = [
    ['empty text', '', /empty/],
    ['not JSON', 'name: Meal kit', /not JSON/],
    ['JSON cut short', JSON.stringify(validFile()).slice(0, 60), /not JSON/],
    ['a list at the top', '[]', /top level is not an object/],
    ['a string at the top', '"profile"', /top level is not an object/],
    ['null', 'null', /top level is not an object/],
    ['another format', JSON.stringify({ ...validFile(), format: 'something-else' }), /not a handbook profile/],
    ['no format', JSON.stringify({ version: 1, current: 0, offerings: [] }), /not a handbook profile/],
    ['a newer version', JSON.stringify({ ...validFile(), version: 4 }), /newer version .*version 4\).*versions 1 to 3/],
    ['a version as text', JSON.stringify({ ...validFile(), version: '1' }), /“version” has a value/],
    ['no offerings', JSON.stringify({ ...validFile(), offerings: [] }), /at least 1 entry/],
    [
      'too many offerings',
      JSON.stringify({
        ...validFile(),
        offerings: Array.from({ length: 4 }, () => (validFile()['offerings'] as unknown[])[0]),
      }),
      /more than 3 entries/,
    ],
    [
      'offerings not a list',
      JSON.stringify({ ...validFile(), offerings: { a: 1 } }),
      /list of offerings: expected a list/,
    ],
    ['current past the end', JSON.stringify({ ...validFile(), current: 2 }), /points past the last offering/],
    ['current not whole', JSON.stringify({ ...validFile(), current: 0.5 }), /“current” is not a whole number/],
    ['current too large', JSON.stringify({ ...validFile(), current: 1e9 }), /“current” is not a whole number/],
    [
      'a name as a number',
      withOffering((o) => {
        o['name'] = 42;
      }),
      /Offering 1, name: expected text/,
    ],
    [
      'a long name',
      withOffering((o) => {
        o['name'] = 'n'.repeat(81);
      }),
      /Offering 1, name is longer than 80/,
    ],
    [
      'a huge answer',
      withOffering((o) => {
        o['answers'] = { ...(o['answers'] as object), value: 'v'.repeat(100_000) };
      }),
      /answer to “How does it create value for customers\?” is longer than 500/,
    ],
    [
      'a control character in an answer',
      withOffering((o) => {
        o['answers'] = { ...(o['answers'] as object), value: 'a\u0000b' };
      }),
      /control characters/,
    ],
    [
      'a missing tool',
      withOffering((o) => {
        o['tools'] = { kano: '' };
      }),
      /Spectrum grid state is missing/,
    ],
    [
      'an unknown field at the top',
      JSON.stringify({ ...validFile(), extra: true }),
      /fields this page does not know: “extra”/,
    ],
    [
      'an unknown field in an offering',
      withOffering((o) => {
        o['colour'] = 'red';
      }),
      /Offering 1 has fields .*“colour”/,
    ],
    ['a __proto__ key', JSON.stringify(validFile()).replace('{', '{"__proto__":{"polluted":true},'), /“__proto__”/],
    [
      'a nested constructor key',
      withOffering((o) => {
        o['answers'] = { constructor: { prototype: {} } };
      }),
      /“(constructor|prototype)”/,
    ],
    ['a prototype key', JSON.stringify({ prototype: 1 }), /“prototype”/],
    ['nesting far too deep', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, /more than 16 levels deep/],
    ['a 20 MB file', big, /20\.0 MB; a profile file is at most 512 KB/],
    [
      'a tool query that decodes with notices',
      withOffering((o) => {
        o['tools'] = { ...(o['tools'] as object), 'value-quiz': 'problem1=9&look1=abc' };
      }),
      /Offering 1, Value quiz: Answer to problem1 “9”/,
    ],
    [
      'a tool query with another tool’s key',
      withOffering((o) => {
        o['tools'] = { ...(o['tools'] as object), kano: 'place=Car_2_8' };
      }),
      /Kano classifier: the key “place” does not belong/,
    ],
    [
      'an anxiety value out of range',
      withOffering((o) => {
        o['tools'] = { ...(o['tools'] as object), 'anxiety-gap': 'churn=900' };
      }),
      /Anxiety-gap calculator: .*outside 0 to 100/,
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(refused(text)).toMatch(expected);
    });
  }

  it('lists at most six problems and counts the rest', () => {
    const f = validFile();
    const bad = { name: 1, answers: 2, tools: 3, x: 4 };
    const r = readProfileFile(JSON.stringify({ ...f, a: 1, current: 'x', offerings: [bad, bad] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.length).toBeLessThanOrEqual(7);
      expect(r.problems.at(-1)?.code).toBe('more');
      expect(r.problems.map(inEnglish).at(-1)).toMatch(/more problems?\./);
    }
  });

  it('does not pollute any prototype', () => {
    readProfileFile('{"__proto__":{"polluted":1},"format":"cx-spectrum-profile"}');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a refused message shows text from the file only as a short quotation', () => {
    const r = readProfileFile(JSON.stringify({ ...validFile(), ['<img src=x onerror=alert(1)>'.repeat(20)]: 1 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(inEnglish).join('').length).toBeLessThan(300);
  });
});

// Property runs are many and cheap, but a loaded machine can stretch them past the default 5 s.
describe('profile file: never throws', { timeout: 30_000 }, () => {
  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const r = readProfileFile(text);
        expect(r.ok ? r.profile.offerings.length : r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = readProfileFile(JSON.stringify(value) ?? '');
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('on a valid file with one value replaced by anything', () => {
    const keys = [
      'format',
      'version',
      'current',
      'offerings',
      'name',
      'answers',
      'tools',
      'kano',
      'value',
      '__proto__',
    ];
    fc.assert(
      fc.property(profile, fc.constantFrom(...keys), fc.jsonValue(), (p, key, value) => {
        const text = serialiseProfile(p).replace(
          `"${key}":`,
          `"${key}": ${JSON.stringify(value) ?? 'null'}, "x${key}":`,
        );
        const r = readProfileFile(text);
        if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('guarded JSON parse', () => {
  it('measures nesting outside strings only', () => {
    expect(nestingDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    expect(nestingDepth('"\\"[["')).toBe(0);
  });
  it('finds forbidden keys at any depth', () => {
    expect(guardedParse('{"a":[{"b":{"constructor":1}}]}')).toEqual({
      ok: false,
      reason: 'forbidden-key',
      key: 'constructor',
    });
    expect(guardedParse('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
  it('has a size limit the largest valid profile stays well under', () => {
    // Per offering: name, four answers, four tool states, twelve touchpoints (name and up to 3 × 6
    // function ids of at most 10 characters, quoted), the reason and six step notes; two bytes a character.
    const offering = 80 + 4 * 500 + 4 * 6000 + 12 * (80 + 3 * 6 * 13) + 7 * 500;
    expect(MAX_FILE_BYTES).toBeGreaterThan(3 * offering * 2);
  });
});

describe('profile file: versions', () => {
  // A file exactly as the page wrote it before the ownership map and the start sequence (version 1).
  const v1 = `{
  "format": "cx-spectrum-profile",
  "version": 1,
  "current": 1,
  "offerings": [
    {
      "name": "Meal kit",
      "answers": { "frequency": "Weekly.", "complexity": "", "value": "", "realise": "" },
      "tools": { "spectrum-grid": "", "value-quiz": "quiz-offering=Meal+kit&problem1=5", "kano": "", "anxiety-gap": "" }
    },
    {
      "name": "Car",
      "answers": { "frequency": "", "complexity": "", "value": "", "realise": "" },
      "tools": { "spectrum-grid": "place=Car_2-9_8", "value-quiz": "", "kano": "", "anxiety-gap": "" }
    }
  ]
}
`;
  const ESSAY = ['support', 'product', 'logistics', 'sales', 'marketing'];

  it('reads a version 1 file, giving each offering an empty map and the essay’s order', () => {
    const r = readProfileFile(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.current).toBe(1);
    expect(r.profile.offerings.map((o) => o.name)).toEqual(['Meal kit', 'Car']);
    expect(r.profile.offerings[0]?.answers.frequency).toBe('Weekly.');
    for (const o of r.profile.offerings) {
      expect(o.ownership).toEqual([]);
      expect(o.start.order).toEqual(ESSAY);
      expect(o.start.why).toBe('');
      expect(Object.keys(o.start.steps)).toEqual([
        'objectives',
        'assessment',
        'strategy',
        'execution',
        'budgets',
        'measure',
      ]);
      expect(Object.values(o.start.steps).every((s) => s.status === 'not-started' && s.notes === '')).toBe(true);
    }
  });

  it('writes a version 1 file back as version 3, with the new fields and each offering’s position as its id', () => {
    const r = readProfileFile(v1);
    if (!r.ok) throw new Error('not read');
    const again = JSON.parse(serialiseProfile(r.profile)) as { version: number; offerings: Record<string, unknown>[] };
    expect(again.version).toBe(3);
    expect(Object.keys(again.offerings[0] ?? {})).toEqual(['id', 'name', 'answers', 'tools', 'ownership', 'start']);
    expect(again.offerings.map((o) => o['id'])).toEqual(['1', '2']);
  });

  it('keeps the ownership map, the start sequence and the ids through a version 3 file', () => {
    const p: Profile = {
      current: 0,
      offerings: [
        {
          id: 'r7un',
          ...emptyOffering(),
          name: 'Running shoes',
          ownership: [
            {
              id: 'f1tq',
              name: 'Fit questions',
              owner: 'product',
              contributors: ['support'],
              voices: ['product', 'marketing'],
            },
            { id: '2', name: 'Late orders', owner: 'logistics', contributors: [], voices: [] },
          ],
          start: {
            ...emptyOffering().start,
            order: ['product', 'support', 'logistics', 'sales', 'marketing'],
            why: 'Few customers yet.',
          },
        },
      ],
    };
    expect(readProfileFile(serialiseProfile(p))).toEqual({ ok: true, profile: p, cards: {} });
  });

  const v2 = (change: (o: Record<string, unknown>) => void) => withOffering(change);
  const cases: [string, string, RegExp][] = [
    [
      'a version 1 file with version 2 fields',
      v1.replace('"name": "Car",', '"name": "Car", "ownership": [],'),
      /Offering 2 has fields this page does not know: “ownership”/,
    ],
    [
      'a version 2 file without the map',
      v2((o) => {
        delete o['ownership'];
      }),
      /Offering 1, ownership map is missing/,
    ],
    [
      'an unknown function',
      v2((o) => {
        o['ownership'] = [{ name: 'Returns', owner: 'legal', contributors: [], voices: [] }];
      }),
      /Offering 1, ownership map, touchpoint 1 has a value/,
    ],
    [
      'a function twice among the contributors',
      v2((o) => {
        o['ownership'] = [{ name: 'Returns', owner: '', contributors: ['sales', 'sales'], voices: [] }];
      }),
      /touchpoint 1 has a value/,
    ],
    [
      'too many touchpoints',
      v2((o) => {
        o['ownership'] = Array.from({ length: 13 }, () => ({ name: 'x', owner: '', contributors: [], voices: [] }));
      }),
      /ownership map has more than 12 entries/,
    ],
    [
      'a control character in a touchpoint name',
      v2((o) => {
        o['ownership'] = [{ name: 'a\nb', owner: '', contributors: [], voices: [] }];
      }),
      /touchpoint 1 contains control characters/,
    ],
    [
      'an order with a function twice',
      v2((o) => {
        o['start'] = { ...(o['start'] as object), order: ['support', 'support', 'logistics', 'sales', 'marketing'] };
      }),
      /start sequence, order of functions has a value/,
    ],
    [
      'an order missing a function',
      v2((o) => {
        o['start'] = { ...(o['start'] as object), order: ['support', 'product', 'logistics', 'sales'] };
      }),
      /start sequence, order of functions/,
    ],
    [
      'an unknown step status',
      v2((o) => {
        const start = o['start'] as { steps: Record<string, unknown> };
        o['start'] = { ...start, steps: { ...start.steps, budgets: { status: 'late', notes: '' } } };
      }),
      /start sequence, step “Budgets, resources and ROI” has a value/,
    ],
    [
      'a step note too long',
      v2((o) => {
        const start = o['start'] as { steps: Record<string, unknown> };
        o['start'] = { ...start, steps: { ...start.steps, measure: { status: 'done', notes: 'n'.repeat(501) } } };
      }),
      /step “Measure and tune” is longer than 500/,
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(`refuses ${name}`, () => {
      expect(refused(text)).toMatch(expected);
    });
  }
});

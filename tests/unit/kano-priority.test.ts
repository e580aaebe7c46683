import { describe, expect, it } from 'vitest';
import { analyseFeature } from '../../src/lib/kano/analysis';
import { continuousScores } from '../../src/lib/kano/continuous';
import { type CategoryCounts, emptyCounts } from '../../src/lib/kano/counts';
import { DEFAULT_OPTIONS } from '../../src/lib/kano/options';
import { firstFeatures, type PriorityKey, priorityList } from '../../src/lib/kano/priority';
import { spreadOf } from '../../src/lib/kano/stats';

const feature = (name: string, c: Partial<CategoryCounts>, importance: number[]) =>
  analyseFeature(name, { ...emptyCounts(), ...c }, DEFAULT_OPTIONS, spreadOf(importance), continuousScores([], []));

// By hand: category, Better, |Worse|, mean importance.
const features = [
  feature('a', { M: 5, O: 1 }, [4]), // M, 1/6, 1, 4
  feature('b', { M: 3, I: 1 }, [9]), // M, 0, 0.75, 9
  feature('c', { O: 4 }, [5]), // O, 1, 1, 5
  feature('d', { A: 3, I: 1 }, [7]), // A, 0.75, 0, 7
  feature('e', { I: 4 }, [1]), // I, 0, 0, 1
  feature('f', { A: 3 }, []), // A, 1, 0, none
  feature('g', { R: 3 }, [2]), // R, n/a, n/a, 2
  feature('h', {}, [3]), // no answers: no category, left out
];

describe('priority list', () => {
  const cases: [PriorityKey, string[][]][] = [
    ['importance', [['b', 'a'], ['c'], ['d', 'f'], ['e'], ['g']]],
    // |Worse|: a 1 before b 0.75; d and f both 0, table order kept.
    ['worse', [['a', 'b'], ['c'], ['d', 'f'], ['e'], ['g']]],
    // Better: a 0.167 before b 0; f 1 before d 0.75.
    ['better', [['a', 'b'], ['c'], ['f', 'd'], ['e'], ['g']]],
  ];
  it.each(cases)('orders within categories by %s, categories M, O, A, I, then R', (key, want) => {
    const groups = priorityList(features, key);
    expect(groups.map((g) => g.category)).toEqual(['M', 'O', 'A', 'I', 'R']);
    expect(groups.map((g) => g.features.map((f) => f.name))).toEqual(want);
  });
  it('holds every feature with a category exactly once', () => {
    for (const key of ['importance', 'worse', 'better'] as const) {
      const names = priorityList(features, key).flatMap((g) => g.features.map((f) => f.name));
      expect(names.sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    }
  });
});

describe('the list drawn a block at a time', () => {
  // By |Worse|: M [a, b], O [c], A [d, f], I [e], R [g] (worked by hand above): 7 features, a b c d f e g.
  const groups = priorityList(features, 'worse');
  const names = (n: number) =>
    firstFeatures(groups, n).map((g) => `${g.category}:${g.features.map((f) => f.name).join('')}`);

  it.each([
    [0, []],
    [1, ['M:a']],
    [2, ['M:ab']],
    [3, ['M:ab', 'O:c']],
    [4, ['M:ab', 'O:c', 'A:d']],
    [6, ['M:ab', 'O:c', 'A:df', 'I:e']],
    [7, ['M:ab', 'O:c', 'A:df', 'I:e', 'R:g']],
    [100, ['M:ab', 'O:c', 'A:df', 'I:e', 'R:g']],
    [-3, []],
  ])('the first %i features', (n, want) => {
    expect(names(n)).toEqual(want);
  });

  it('keeps whole groups as they are', () => {
    expect(firstFeatures(groups, 100)[0]).toBe(groups[0]);
  });
});

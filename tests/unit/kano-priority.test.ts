import { describe, expect, it } from 'vitest';
import { analyseFeature } from '../../src/lib/kano/analysis';
import { continuousScores } from '../../src/lib/kano/continuous';
import { type CategoryCounts, emptyCounts } from '../../src/lib/kano/counts';
import { DEFAULT_OPTIONS } from '../../src/lib/kano/options';
import { type PriorityKey, priorityList } from '../../src/lib/kano/priority';
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

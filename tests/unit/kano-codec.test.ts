import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { kanoNotice } from '../../src/components/tools/kano/notice-text';
import { loadText } from '../../src/i18n/text';
import { ANSWERS } from '../../src/lib/kano/answers';
import { KANO_KEYS, type KanoState, kanoCodec } from '../../src/lib/kano/codec';

beforeAll(() => loadText('en', ['kano', 'notices']));

describe('Kano URL state', () => {
  it('writes nothing for the defaults', () => {
    expect(kanoCodec.encode(kanoCodec.defaults()).toString()).toBe('');
  });
  it('uses readable keys', () => {
    const s: KanoState = { mode: 'survey', feature: 'Skip a week', functional: 'like', dysfunctional: 'dislike' };
    expect(kanoCodec.encode(s).toString()).toBe(
      'kano-mode=survey&kano-feature=Skip+a+week&kano-functional=like&kano-dysfunctional=dislike',
    );
  });
  it('round-trips any valid state', () => {
    const answer = fc.constantFrom('' as const, ...ANSWERS);
    const state = fc.record({
      mode: fc.constantFrom('single' as const, 'survey' as const),
      feature: fc.string({ maxLength: 120 }).map((s) => s.replace(/\p{Cc}/gu, ' ').trim()),
      functional: answer,
      dysfunctional: answer,
    });
    fc.assert(
      fc.property(state, (s) => {
        const back = kanoCodec.decode(new URLSearchParams(kanoCodec.encode(s).toString()));
        expect(back.value).toEqual(s);
        expect(back.notices).toEqual([]);
      }),
    );
  });
  it('names each bad value and falls back', () => {
    const r = kanoCodec.decode(new URLSearchParams('kano-mode=grid&kano-functional=love&kano-dysfunctional=<b>x</b>'));
    expect(r.value).toEqual(kanoCodec.defaults());
    expect(r.notices.map((n) => n.key)).toEqual(['kano-mode', 'kano-functional', 'kano-dysfunctional']);
    expect(r.notices[1]).toMatchObject({
      code: 'bad-answer',
      given: 'love',
      field: { tool: 'kano', field: 'functional' },
    });
    expect(r.notices[1] && kanoNotice(r.notices[1], 'en')).toBe(
      'Answer with the feature “love” is not one of like, expect, neutral, tolerate, dislike; it was left unanswered.',
    );
  });
  it('never throws on any query', () => {
    const key = fc.constantFrom(...KANO_KEYS, 'other');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string())), (pairs) => {
        const p = new URLSearchParams();
        for (const [k, v] of pairs) p.append(k, v);
        const r = kanoCodec.decode(p);
        return ['single', 'survey'].includes(r.value.mode) && r.value.feature.length <= 120;
      }),
    );
  });
});

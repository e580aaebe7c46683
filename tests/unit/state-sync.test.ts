import { describe, expect, it } from 'vitest';
import { anxietyCodec } from '../../src/lib/anxiety/codec';
import { emptyOffering, emptyProfile, type Profile } from '../../src/lib/profile/model';
import { profileFormat } from '../../src/lib/profile/stored';
import { codecFormat } from '../../src/lib/state/format';
import { decideOpening, planSave, takeIncoming } from '../../src/lib/state/sync';

const anx = codecFormat(anxietyCodec);
const url = (q: string) => anxietyCodec.decode(new URLSearchParams(q));

describe('decideOpening', () => {
  it('shows a shared link as a visitor when it differs from saved work', () => {
    const o = decideOpening(anx, url('today.complexity=4'), { ok: true, raw: 'today.complexity=9' });
    expect(o.mode).toBe('shared');
    expect(o.value.today.complexity).toBe(4);
    expect(o.base.value.today.complexity).toBe(9);
    expect(o.base.raw).toBe('today.complexity=9');
  });
  it('is the reader’s own when the link says what is saved', () => {
    expect(decideOpening(anx, url('today.complexity=9'), { ok: true, raw: 'today.complexity=9' }).mode).toBe('own');
  });
  it('opens saved work when the address carries none', () => {
    const o = decideOpening(anx, null, { ok: true, raw: 'today.complexity=9' });
    expect(o).toMatchObject({ mode: 'own', unreadable: null, storage: true });
    expect(o.value.today.complexity).toBe(9);
  });
  it('marks saved text that reads only with notices to be kept aside', () => {
    const o = decideOpening(anx, null, { ok: true, raw: 'today.complexity=banana' });
    expect(o.unreadable).toBe('today.complexity=banana');
    expect(o.notices.length).toBeGreaterThan(0);
  });
  it('marks a corrupt saved profile to be kept aside and shows an empty one', () => {
    const o = decideOpening(profileFormat, null, { ok: true, raw: '{"format":"cx-spectrum-profile",' });
    expect(o.unreadable).toBe('{"format":"cx-spectrum-profile",');
    expect(o.problems.length).toBeGreaterThan(0);
    expect(o.value).toEqual(emptyProfile());
  });
  it('says when storage cannot be used', () => {
    expect(decideOpening(anx, null, { ok: false }).storage).toBe(false);
  });
});

function profile(...names: string[]): Profile {
  return { current: 0, offerings: names.map((name) => ({ ...emptyOffering(), name })) };
}
const text = (p: Profile) => profileFormat.write(p);

describe('takeIncoming and planSave on the profile', () => {
  it('takes in another tab’s edit to one field without losing this tab’s edit to another', () => {
    const base = profile('Meal kit');
    const baseRaw = text(base);
    const ours: Profile = {
      ...base,
      offerings: [
        { ...emptyOffering(), name: 'Meal kit', answers: { ...emptyOffering().answers, frequency: 'weekly' } },
      ],
    };
    const theirs: Profile = {
      ...base,
      offerings: [{ ...emptyOffering(), name: 'Meal kit', answers: { ...emptyOffering().answers, complexity: 'low' } }],
    };
    const taken = takeIncoming(profileFormat, { raw: baseRaw, value: base }, ours, text(theirs));
    expect(taken?.value.offerings[0]?.answers).toMatchObject({ frequency: 'weekly', complexity: 'low' });
    expect(taken?.conflicts).toEqual([]);
  });
  it('ignores text from another tab it cannot read', () => {
    const base = profile('A');
    expect(takeIncoming(profileFormat, { raw: text(base), value: base }, base, 'not json')).toBeNull();
  });
  it('keeps the offering shown in this tab', () => {
    const base = { ...profile('A', 'B'), current: 1 };
    const theirs = { ...profile('A', 'B2'), current: 0 };
    const taken = takeIncoming(profileFormat, { raw: text(base), value: base }, base, text(theirs));
    expect(taken?.value.current).toBe(1);
    expect(taken?.value.offerings[1]?.name).toBe('B2');
  });
  it('merges before saving when another tab saved since the base, this edit being the later', () => {
    const base = profile('A');
    const ours = profile('Ours');
    const theirs = profile('A', 'Added');
    const plan = planSave(profileFormat, { raw: text(base), value: base }, ours, text(theirs));
    expect(plan.value.offerings.map((o) => o.name)).toEqual(['Ours', 'Added']);
    expect(plan.write).toBe(true);
    expect(plan.raw).toBe(text(plan.value));
  });
  it('does not write what is already there', () => {
    const base = profile('A');
    expect(planSave(profileFormat, { raw: text(base), value: base }, base, text(base)).write).toBe(false);
  });
  it('keeps nothing for an empty profile', () => {
    expect(profileFormat.write(emptyProfile())).toBeNull();
  });
});

describe('planSave never writes over what it cannot read', () => {
  it('is blocked when storage holds unreadable text that is not its base', () => {
    const base = profile('A');
    const plan = planSave(profileFormat, { raw: text(base), value: base }, profile('B'), '{broken');
    expect(plan.blocked).toBe(true);
    expect(plan.write).toBe(false);
  });
});

describe('the profile format after a merge', () => {
  it('clamps the offering shown when another tab removed offerings', () => {
    const base = { ...profile('A', 'B'), current: 1 };
    const taken = takeIncoming(profileFormat, { raw: text(base), value: base }, base, text(profile('A')));
    expect(taken?.value.current).toBe(0);
    expect(taken?.value.offerings.map((o) => o.name)).toEqual(['A']);
  });
});

import { useId, useMemo, useState } from 'preact/hooks';
import { island, useLang, useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import {
  addOffering,
  clip,
  currentOffering,
  LIMITS,
  offeringLabel,
  type ProfileOffering,
  type ProfileTool,
  removeCurrent,
  showOffering,
  updateCurrent,
} from '../../lib/profile/model';
import type { ProfileProblem } from '../../lib/profile/problems';
import { type TakeReport, takeFromTools } from '../../lib/profile/take';
import { toolNotice } from '../tools/notice-text';
import { SavedStatus } from '../tools/shared/SavedStatus';
import { SaveIndicator } from '../tools/shared/SaveIndicator';
import { CompareSection } from './CompareSection';
import { FileControls } from './FileControls';
import { OfferingPicker } from './OfferingPicker';
import { PlanSheet } from './PlanSheet';
import { profileProblem, whereOf } from './problem-text';
import { Questions } from './Questions';
import { readSavedTools } from './saved-tools';
import { summariseOffering } from './summaries';
import { ToolSections } from './ToolSections';
import { useSavedProfile } from './use-saved-profile';
import './profile.css';

const PROFILE = uses('profile');

/**
 * The offering profile: for up to three offerings, the four questions in the reader's words and
 * what every tool says, side by side when there are several; printed as a one-page handout, and
 * saved to or read from a JSON file. Kept in localStorage, read only after hydration.
 */
function OfferingProfileView() {
  const { profileText: t } = useText(PROFILE);
  const lang = useLang();
  const idBase = `cx-profile-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const store = useSavedProfile();
  const { state: profile, setState: setProfile } = store;
  const [status, setStatus] = useState('');
  const offering = currentOffering(profile);
  const label = offeringLabel(offering, profile.current, t.offerings.unnamed);
  const summaries = useMemo(() => profile.offerings.map((o) => summariseOffering(o, lang)), [profile.offerings, lang]);
  const shown = summaries[profile.current] ?? summariseOffering(offering, lang);

  const onTake = (tools: ProfileTool[]): TakeReport => {
    const { offering: next, report } = takeFromTools(offering, readSavedTools(), tools);
    if (report.taken.length > 0 || report.named !== undefined) {
      store.replace(
        updateCurrent(profile, () => next),
        t.take.undoable(label),
      );
    }
    return report;
  };
  /** A change to the offering shown; one that throws something away says so in `undoable` and can be undone. */
  const changeCurrent = (fn: (o: ProfileOffering) => ProfileOffering, undoable?: string) => {
    if (undoable === undefined) setProfile((p) => updateCurrent(p, fn));
    else store.replace(updateCurrent(profile, fn), undoable);
  };
  const onAdd = () => {
    const index = profile.offerings.length;
    setProfile((p) => addOffering(p, Math.random));
    setStatus(t.offerings.added(t.offerings.unnamed(index + 1)));
    setTimeout(() => document.getElementById(`${idBase}-name`)?.focus(), 0);
  };
  const onRemove = () => {
    setStatus('');
    store.replace(
      removeCurrent(profile),
      profile.offerings.length > 1 ? t.offerings.removed(label) : t.offerings.cleared(label),
      t.offerings.restored(label),
    );
  };

  return (
    <div class="cx-profile">
      <div class="cx-profile__saved cx-no-print">
        <SaveIndicator state={store.saveState} />
      </div>
      <SavedStatus
        store={store}
        describeNotice={(n) => toolNotice(n, lang)}
        describeProblem={(p) => profileProblem(p as ProfileProblem, lang)}
        describeElsewhere={() => t.saved.elsewhere(store.elsewhere.map((path) => whereOf(path, lang)).join('; '))}
      />
      <OfferingPicker
        idBase={idBase}
        offerings={profile.offerings}
        current={profile.current}
        status={status}
        onShow={(i) => setProfile((p) => showOffering(p, i))}
        onName={(name) => setProfile((p) => updateCurrent(p, (o) => ({ ...o, name: clip(name, LIMITS.name) })))}
        onAdd={onAdd}
        onRemove={onRemove}
      />
      <article class="cx-profile__sheet" aria-labelledby={`${idBase}-sheet`}>
        <h2 id={`${idBase}-sheet`}>{t.print.heading(label)}</h2>
        <Questions
          idBase={idBase}
          answers={offering.answers}
          onAnswer={(q, text) =>
            setProfile((p) =>
              updateCurrent(p, (o) => ({ ...o, answers: { ...o.answers, [q]: clip(text, LIMITS.answer) } })),
            )
          }
        />
        <ToolSections idBase={idBase} offering={offering} summaries={shown} onTake={onTake} />
        <p class="cx-profile__print-only cx-profile__source">{t.print.source}</p>
      </article>
      <PlanSheet
        idBase={idBase}
        label={label}
        ownership={offering.ownership}
        start={offering.start}
        onOwnership={(change, undoable) => changeCurrent((o) => ({ ...o, ownership: change(o.ownership) }), undoable)}
        onStart={(fn, undoable) => changeCurrent((o) => ({ ...o, start: fn(o.start) }), undoable)}
      />
      <CompareSection idBase={idBase} offerings={profile.offerings} summaries={summaries} />
      <FileControls idBase={idBase} profile={profile} onImport={(p) => store.replace(p, t.file.replacedUndoable)} />
    </div>
  );
}

/** The offering profile, an island: it takes the page's `lang`. */
export const OfferingProfile = island(OfferingProfileView);

export default OfferingProfile;

import { useState } from 'preact/hooks';
import { changeCards, readCards } from '../../client/learn/cards';
import { useLang, useText } from '../../i18n/island';
import { type Namespaces, uses } from '../../i18n/text';
import { mergeCards } from '../../lib/learn/store';
import { MAX_FILE_BYTES, readProfileFile, serialiseProfile } from '../../lib/profile/file';
import type { Profile } from '../../lib/profile/model';
import { downloadText } from '../tools/shared/download';
import { profileProblem } from './problem-text';

const PROFILE = uses('profile');

interface Props {
  idBase: string;
  profile: Profile;
  onImport: (profile: Profile) => void;
}

/** A file name from the offering shown: "offering-profile-meal-kit.json". */
function fileName(profile: Profile, t: Namespaces['profile']['profileText']): string {
  const name = profile.offerings[profile.current]?.name ?? '';
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${t.file.fileBase}${slug === '' ? '' : `-${slug}`}.json`;
}

/** Export to a JSON file, import from one (all or nothing), and print the handout. */
export function FileControls({ idBase, profile, onImport }: Props) {
  const { profileText: t } = useText(PROFILE);
  const lang = useLang();
  const id = `${idBase}-file`;
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  const exportFile = () => {
    const file = fileName(profile, t);
    // The review cards go with the profile; cards this page cannot read stay out (and stay in storage).
    const cards = readCards();
    downloadText(file, serialiseProfile(profile, cards.ok ? cards.state.cards : {}), 'application/json;charset=utf-8');
    setProblems([]);
    setStatus(t.file.exported(file));
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus('');
    if (file.size > MAX_FILE_BYTES) {
      setProblems([t.problems.tooLarge(file.size, MAX_FILE_BYTES)]);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setProblems([t.problems.unreadable]);
      return;
    }
    const read = readProfileFile(text);
    if (!read.ok) {
      setProblems(read.problems.map((p) => profileProblem(p, lang)));
      return;
    }
    setProblems([]);
    onImport(read.profile);
    const carried = Object.keys(read.cards).length;
    const kept = carried === 0 ? 'saved' : changeCards((mine) => ({ cards: mergeCards(mine.cards, read.cards) }));
    const cardsNote =
      carried === 0 ? '' : kept === 'saved' ? ` ${t.file.importedCards(carried)}` : ` ${t.file.cardsNotKept}`;
    setStatus(`${t.file.imported(read.profile.offerings.length)}${cardsNote}`);
  };

  return (
    <section class="cx-profile__file cx-no-print" aria-labelledby={id}>
      <h2 id={id}>{t.file.heading}</h2>
      <div class="cx-profile__actions">
        <button type="button" onClick={exportFile}>
          {t.file.export}
        </button>
        <button type="button" aria-describedby={`${id}-print-hint`} onClick={() => window.print()}>
          {t.file.print}
        </button>
      </div>
      <p id={`${id}-print-hint`} class="cx-profile__hint">
        {t.file.printHint}
      </p>
      <div class="cx-profile__field">
        <label for={`${id}-import`}>{t.file.importLabel}</label>
        <input
          id={`${id}-import`}
          type="file"
          accept="application/json,.json"
          aria-describedby={`${id}-import-hint`}
          onChange={(e) => {
            void importFile(e.currentTarget);
          }}
        />
        <p id={`${id}-import-hint`} class="cx-profile__hint">
          {t.file.importHint}
        </p>
      </div>
      <p class="cx-profile__status" role="status">
        {status}
      </p>
      <div class="cx-profile__problems" role="alert">
        {problems.length > 0 && (
          <>
            <p>{t.file.refused}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={`${i}-${p}`}>{p}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

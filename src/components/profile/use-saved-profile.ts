import { useEffect, useRef, useState } from 'preact/hooks';
import { readProfileFile, serialiseProfile } from '../../lib/profile/file';
import { emptyProfile, type Profile } from '../../lib/profile/model';
import { loadSaved, save } from '../../lib/state/storage';

/** Where the profile is kept: cx-spectrum:profile:v1, as the same JSON an export writes. */
export const PROFILE_STORE = { name: 'profile', version: 1 } as const;

function browserStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The profile, read once from localStorage after hydration (through the same checks as an imported
 * file), then saved after every change the reader makes. A saved profile that cannot be read is left
 * in storage until the reader changes something, and its problems are returned.
 */
export function useSavedProfile() {
  const [profile, setProfile] = useState<Profile>(emptyProfile);
  const [ready, setReady] = useState(false);
  const [loadProblems, setLoadProblems] = useState<string[]>([]);
  const [saveFailed, setSaveFailed] = useState(false);
  const skipFirst = useRef(true);

  useEffect(() => {
    const raw = loadSaved(browserStore(), PROFILE_STORE.name, PROFILE_STORE.version);
    if (raw !== null) {
      const read = readProfileFile(raw);
      if (read.ok) setProfile(read.profile);
      else setLoadProblems(read.problems);
    }
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    setSaveFailed(!save(browserStore(), PROFILE_STORE.name, PROFILE_STORE.version, serialiseProfile(profile)));
  }, [profile, ready]);

  return { profile, setProfile, ready, loadProblems, setLoadProblems, saveFailed };
}

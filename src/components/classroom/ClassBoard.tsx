import { useEffect, useRef, useState } from 'preact/hooks';
import { island, useLang, useText } from '../../i18n/island';
import { type Namespaces, textOf, uses } from '../../i18n/text';
import type { FileGroups } from '../../lib/board/file';
import { type FoundLink, findToolLinks, type LinkProblem, MAX_LINKS } from '../../lib/board/links';
import {
  addLinks,
  BOARD_LIMITS,
  type Board,
  type BoardProblem,
  boardAddress,
  boardToOpen,
  cleanName,
  decodeBoard,
  emptyBoard,
  pastAddress,
  readSavedBoard,
  restoreGroups,
  serialiseBoard,
} from '../../lib/board/model';
import { boardFormat, groupsAt } from '../../lib/board/stored';
import { PROFILE_TOOLS } from '../../lib/profile/model';
import { ADDRESS_LIMITS } from '../../lib/state/packed';
import { readStamp } from '../../lib/state/revision';
import type { WriteResult } from '../../lib/state/storage';
import { toolNotice } from '../tools/notice-text';
import { DraftInput } from '../tools/shared/DraftInput';
import { downloadText } from '../tools/shared/download';
import { StorageWarning } from '../tools/shared/StorageWarning';
import { UndoStatus } from '../tools/shared/UndoStatus';
import { useMadeFrom } from '../tools/shared/use-made-from';
import { useRevisions } from '../tools/shared/use-revisions';
import { useUndo } from '../tools/shared/use-undo';
import { type BoardView, loadBoardViews } from './board-parts';
import { readStored, replaceQuery, writeStored } from './url-state';

const BOARD = uses('board');
const TOOL_NAMES = uses('tool-names');
const UNDO = uses('undo');

/** Where the board is kept in this browser (board.astro names it too: the page hydrates at once when it holds one). */
const STORE = 'cx-class-board';
const EMPTY_BOARD = emptyBoard();

/** Link problems with each codec notice put in words in `lang`, for the board's sentences. */
function worded(problems: readonly LinkProblem[], lang: string): LinkProblem[] {
  return problems.map((p) => (p.notice ? { ...p, detail: toolNotice(p.notice, lang) } : p));
}

/** A board problem in the words of `t` (the board's table in `lang`), its skipped links' notices included. */
function boardProblem(p: BoardProblem, t: Namespaces['board']['boardText'], lang: string): string {
  const tool = p.tool ? textOf(lang, TOOL_NAMES).toolNames[p.tool].title : '';
  return t.boardProblem(p.problems ? { ...p, problems: worded(p.problems, lang) } : p, tool);
}

/** What the last paste or file did, for the live report. */
interface Report {
  lines: string[];
  skipped: Extract<FoundLink, { ok: false }>[];
}

/** The class board: paste the groups' links, see every group on one screen, share it by its address. */
function ClassBoardView() {
  const { boardText: t } = useText(BOARD);
  const { toolNames } = useText(TOOL_NAMES);
  const { undoText } = useText(UNDO);
  const lang = useLang();
  /** The board read from the address or storage; undefined until then (the server's HTML shows an empty one). */
  const [loaded, setBoard] = useState<Board | undefined>(undefined);
  const [problems, setProblems] = useState<BoardProblem[]>([]);
  const [text, setText] = useState('');
  const [report, setReport] = useState<Report | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [present, setPresent] = useState(false);
  const [stored, setStored] = useState<WriteResult>('saved');
  const undo = useUndo(undoText.undone);
  /**
   * The newest board, set as soon as it is decided (before a render shows it): every change, and another
   * tab's save, applies to it, so nothing that landed between a render and the reader's action is dropped.
   */
  const latest = useRef<Board | undefined>(undefined);
  const commit = (next: Board) => {
    latest.current = next;
    setBoard(next);
  };
  /** The board as it is now: what a change applies to. */
  const current = () => latest.current ?? emptyBoard();
  /** The tools' board views: loaded once the board has groups (undefined before; 'failed' when they could not load). */
  const [views, setViews] = useState<readonly BoardView[] | 'failed' | undefined>(undefined);
  /** True while the board shown is not the address's (it could not be read): nothing is written until the reader acts. */
  const holdAddress = useRef(false);
  /**
   * The revision glue, group by group (by id): what this tab knows is saved, the reader's changes here, and
   * another tab's later change to the same group, named, with the reader's values offered back by undo.
   */
  const revs = useRevisions<Board>({
    format: boardFormat,
    show: commit,
    edit: (fn) => edit(fn),
    undo,
    words: (from, said) => ({
      message: t.ownKept(
        groupsAt(from, said).map((g) => (g.name.trim() === '' ? t.unnamed(from.groups.indexOf(g) + 1) : g.name)),
      ),
      undoneMessage: t.ownBack,
    }),
  });
  /** Asks for a save: a clash this tab won is written again (the next save does), so both tabs keep the same. */
  const [resave, setResave] = useState(0);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    setPresent(params.has('present'));
    document.documentElement.classList.toggle('cx-present', params.has('present'));
    const hasGroups = [...params.keys()].some((k) => k !== 'present');
    const storedRaw = readStored(STORE) ?? null;
    // A packed address (or a board saved packed by an older page) is unpacked by the browser's streams, a
    // moment later: the server's empty board shows until then. A board the reader has already changed by then
    // (links added to the empty board) is theirs: kept.
    void (async () => {
      const saved = await readSavedBoard(storedRaw ?? '');
      const kept = storedRaw === null ? null : readStamp(storedRaw);
      revs.rebase({ raw: kept?.raw ?? null, value: saved.value ?? emptyBoard(), rev: kept?.rev ?? null });
      const read = hasGroups ? await decodeBoard(params) : saved;
      if (read.value) {
        // An address this page wrote for a board past the address's limit opens the whole board this browser kept.
        const value = hasGroups ? boardToOpen(read.value, saved.value) : read.value;
        if (latest.current === undefined) commit(value);
        setProblems(read.problems);
        return;
      }
      // The address could not be read: the saved board stays as it is, shown and kept, and the address too.
      holdAddress.current = true;
      const own = hasGroups ? saved : read;
      if (latest.current === undefined) commit(own.value ?? emptyBoard());
      setProblems([...read.problems, ...(hasGroups ? [{ code: 'saved-shown' as const }] : [])]);
    })();
  }, []);

  useEffect(() => {
    // Another tab saved the board: its changes come in group by group, this tab's own stay (the save below writes the result).
    const onStorage = (e: StorageEvent) => {
      const ours = latest.current;
      if (e.key !== STORE || !ours) return;
      const incoming = revs.take(ours, e.newValue);
      // A clash this tab won is saved again (its text may equal what this tab showed), so every tab ends on it.
      if (incoming?.rewrite) setResave((n) => n + 1);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  /** The address for the board shown, with the board it was made for (packing answers a moment later). */
  const written = useMadeFrom(loaded, boardAddress);
  /** The last address made (the page says when it is too long); written only once it is the board shown's. */
  const address = written?.output;
  useEffect(() => {
    // Nothing is written before the board is read: the empty board shown until then would erase it.
    if (!loaded || !address || written?.input !== loaded) return;
    if (holdAddress.current) {
      holdAddress.current = false;
      return;
    }
    const query = address.ok ? address.query : '';
    replaceQuery(present ? (query === '' ? 'present' : `${query}&present`) : query);
    // Merged first with anything another tab saved that this tab has not heard of yet, by group id.
    // Stamped with a revision: another tab merges it against what this tab had seen, and the later edit wins.
    const result = revs.save(loaded, readStored(STORE) ?? null, (raw) => writeStored(STORE, raw ?? undefined));
    setStored(result === 'held' ? 'blocked' : result);
  }, [loaded, address, present, resave]);

  const hasGroups = (loaded?.groups.length ?? 0) > 0;
  useEffect(() => {
    if (!hasGroups || (views !== undefined && views !== 'failed')) return;
    loadBoardViews(lang).then(setViews, () => setViews('failed'));
  }, [hasGroups]);

  // The server renders the empty board as real HTML (the page hydrates it when the reader starts to use it).
  const board = loaded ?? EMPTY_BOARD;
  const names = board.groups.map((g, i) => (g.name.trim() === '' ? t.unnamed(i + 1) : g.name));
  /** The sentence naming what the board had no room for, each name once. */
  const leftOut = (left: readonly string[]) => t.leftOut(BOARD_LIMITS.groups, [...new Set(left)]);

  /** A change the reader makes: timed (the later edit wins across tabs), remembered where it changed the board. */
  const edit = (fn: (b: Board) => Board) => {
    const before = current();
    const after = fn(before);
    revs.edited(before, after);
    commit(after);
  };
  /** A change the reader makes besides undo: withdraws any offer, since something else has now changed. */
  const change = (fn: (b: Board) => Board) => {
    undo.dismiss();
    revs.withdraw();
    edit(fn);
  };

  const addText = () => {
    const found = findToolLinks(text);
    // Added to the board as it is now (the change below applies at once, to the same board).
    const added = addLinks(current(), found.links, Math.random);
    const skipped = found.links.filter((l): l is Extract<FoundLink, { ok: false }> => !l.ok);
    const lines = found.tooLong
      ? [t.tooLong]
      : found.links.length === 0
        ? [t.noLinks]
        : [t.report(found.links.length, added.added, added.repeated, skipped.length)];
    if (found.more > 0) lines.push(t.more(found.more, MAX_LINKS));
    if (added.left.length > 0) lines.push(leftOut(added.left.map((l) => l.name || toolNames[l.tool].title)));
    change(() => added.board);
    setReport({ lines, skipped });
    setStatus('');
  };

  const addFiles = async (files: FileList | null) => {
    if (!files) return;
    // Taken before anything is awaited: the input empties its live list once the change is handled.
    const chosen = [...files];
    // The reader (with the profile file's schema) loads only when a file is opened: the board starts lighter.
    const reader = await import('../../lib/board/file').catch(() => undefined);
    if (!reader) {
      // The reader could not load (an old tab after an update, or no network): each file is named, none dropped.
      setReport({ lines: chosen.map((file) => t.fileRefused(file.name)), skipped: [] });
      return;
    }
    const { MAX_BOARD_FILE, addGroupFiles, readGroupsFile } = reader;
    const read: { name: string; got: FileGroups }[] = [];
    for (const file of chosen) {
      read.push({
        name: file.name,
        got: file.size > MAX_BOARD_FILE ? { ok: false } : readGroupsFile(await file.text()),
      });
    }
    // Once every file is read, added to the board as it is then: groups another tab added meanwhile stay.
    const added = addGroupFiles(current(), read, Math.random);
    change(() => added.board);
    const lines = added.files.flatMap((f) =>
      f.ok
        ? [
            t.fileRead(f.name, f.added),
            ...f.problems.map((p) => boardProblem(p, t, lang)),
            ...(f.left.length > 0 ? [leftOut(f.left.map(({ group, at }) => group.name || t.unnamed(at)))] : []),
          ]
        : [t.fileRefused(f.name)],
    );
    setReport({ lines, skipped: [] });
  };

  const rename = (id: string, name: string) => {
    // By id, on the board as it is when the change lands: another tab's changes to other groups stay.
    change((b) => ({ groups: b.groups.map((g) => (g.id === id ? { ...g, name: cleanName(name) } : g)) }));
  };
  /** Takes groups off the board, offering them back (by id, where they stood, beside anything another tab changed since). */
  const removeGroups = (ids: readonly string[], message: string) => {
    const before = current();
    change((b) => ({ groups: b.groups.filter((g) => !ids.includes(g.id)) }));
    setStatus('');
    undo.offerUndo({ message, undo: () => edit((b) => restoreGroups(b, before, ids)) });
  };
  const remove = (i: number) => {
    const group = board.groups[i];
    if (group) removeGroups([group.id], t.removed(names[i] ?? ''));
  };
  const copy = async () => {
    if (address && !address.ok) {
      setStatus(t.copyTooLong);
      return;
    }
    try {
      await navigator.clipboard.writeText(window.location.href.replace(/[?&]present\b/, ''));
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  };
  const togglePresent = () => {
    const next = !present;
    setPresent(next);
    document.documentElement.classList.toggle('cx-present', next);
  };

  return (
    <div class="cx-board">
      <section class="cx-board__input cx-no-print" aria-labelledby="board-add">
        <h2 id="board-add" class="cx-board__for-edit">
          {t.add}
        </h2>
        {problems.length > 0 && (
          <ul class="cx-board__problems">
            {problems.map((p, i) => (
              <li key={`${p.code}${i}`}>{boardProblem(p, t, lang)}</li>
            ))}
          </ul>
        )}
        <p class="cx-board__for-edit">
          <label for="board-text">{t.pasteLabel}</label>
          <textarea
            id="board-text"
            rows={6}
            spellcheck={false}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </p>
        <p class="cx-board__actions cx-board__for-edit">
          <button type="button" onClick={addText}>
            {t.add}
          </button>
        </p>
        <p class="cx-board__for-edit">
          <label for="board-file">{t.fileLabel}</label>
          <input
            id="board-file"
            type="file"
            accept=".json,application/json"
            multiple
            onChange={(e) => {
              void addFiles(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </p>
        <div role="status" class="cx-board__report">
          {report?.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
          {status !== '' && <p>{status}</p>}
        </div>
        {report && report.skipped.length > 0 && (
          <>
            <h3>{t.skippedHeading}</h3>
            <ul class="cx-board__skipped">
              {report.skipped.map((s) => (
                <li key={s.at}>
                  {t.skipped(toolNames[s.tool].title, worded(s.problems, lang))}
                  <br />
                  <code>{s.raw}</code>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="board-groups">
        <h2 id="board-groups">{t.groupsHeading}</h2>
        {board.groups.length === 0 ? (
          <p>{t.groupsEmpty}</p>
        ) : (
          <ol class="cx-board__groups">
            {board.groups.map((g, i) => (
              <li key={g.id}>
                <label for={`board-name-${i}`}>{t.groupName(i + 1)}</label>
                <DraftInput
                  id={`board-name-${i}`}
                  type="text"
                  maxLength={BOARD_LIMITS.name}
                  value={g.name}
                  placeholder={t.unnamed(i + 1)}
                  onCommit={(name) => rename(g.id, name)}
                />
                <span class="cx-board__sent">
                  {t.sent}:{' '}
                  {PROFILE_TOOLS.filter((tool) => g.tools[tool] !== undefined)
                    .map((tool) => toolNames[tool].title)
                    .join(', ')}
                </span>
                <button type="button" class="cx-board__for-edit" onClick={() => remove(i)}>
                  {t.remove(names[i] ?? '')}
                </button>
              </li>
            ))}
          </ol>
        )}
        <UndoStatus undo={undo} />
        <StorageWarning result={stored} />
      </section>

      {board.groups.length > 0 &&
        (views === 'failed' ? (
          <p role="status">{t.viewsFailed}</p>
        ) : (
          views?.map(({ tool, View }) => <View key={tool} board={board} names={names} />)
        ))}

      <section class="cx-no-print" aria-labelledby="board-file-heading">
        <h2 id="board-file-heading">{t.fileHeading}</h2>
        {pastAddress(board).length > 0 && (
          <p class="cx-board__address-note" role="status">
            {t.pastAddress(
              BOARD_LIMITS.groups,
              pastAddress(board).map((g, i) => names[BOARD_LIMITS.groups + i] ?? g.name),
            )}
          </p>
        )}
        {address && !address.ok && (
          <p class="cx-board__address-note">{t.addressTooLong(address.length, ADDRESS_LIMITS.read)}</p>
        )}
        <p class="cx-board__actions">
          <button type="button" aria-pressed={present} onClick={togglePresent}>
            {present ? t.exitPresent : t.present}
          </button>
          <button type="button" onClick={copy}>
            {t.copyBoard}
          </button>
          <button
            type="button"
            onClick={() => downloadText('class-board.json', serialiseBoard(board), 'application/json')}
          >
            {t.exportJson}
          </button>
          <button
            type="button"
            class="cx-board__for-edit"
            onClick={() => {
              setReport(undefined);
              removeGroups(
                board.groups.map((g) => g.id),
                t.cleared,
              );
            }}
          >
            {t.clear}
          </button>
        </p>
      </section>
    </div>
  );
}

/** The class board, an island: it takes the page's `lang`. */
export const ClassBoard = island(ClassBoardView);

import { useEffect, useRef, useState } from 'preact/hooks';
import { island, useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import { ANSWERS } from '../../lib/kano/answer-codes';
import { CODES_KEY } from '../../lib/questionnaire/kept-codes';
import { ANSWER_SETS, Q_LIMITS, type QuestionFeature, type Questionnaire } from '../../lib/questionnaire/model';
import {
  decodeQuestionnaire,
  encodeQuestionnaire,
  type QuestionnaireProblem,
  questionnaireAddress,
} from '../../lib/questionnaire/url';
import { ADDRESS_LIMITS } from '../../lib/state/packed';
import type { WriteResult } from '../../lib/state/storage';
import { StorageWarning } from '../tools/shared/StorageWarning';
import { UndoStatus } from '../tools/shared/UndoStatus';
import { useMadeFrom } from '../tools/shared/use-made-from';
import { useUndo } from '../tools/shared/use-undo';
import { CollectPanel } from './CollectPanel';
import { QrCode } from './QrCode';
import { readStored, replaceQuery, writeStored } from './url-state';

const ANSWER = uses('answer');
const QUESTIONNAIRE = uses('questionnaire');
const UNDO = uses('undo');

const STORE = 'cx-questionnaire-builder';

/** The answering page's address, as the page's own (base- and file://-aware) link names it. */
function answerBase(): string {
  const a = document.querySelector<HTMLAnchorElement>('a[data-answer-base]');
  return a ? a.href : new URL('../../../answer/', window.location.href).href;
}

/** The questionnaire builder: features, wording and answer set, kept in the address; QR code and codes panel. */
function QuestionnaireBuilderView() {
  const { answerText: a } = useText(ANSWER);
  const { questionnaireText: t } = useText(QUESTIONNAIRE);
  const { undoText } = useText(UNDO);
  const [q, setQ] = useState<Questionnaire | undefined>(undefined);
  const [problems, setProblems] = useState<QuestionnaireProblem[]>([]);
  const [rows, setRows] = useState<QuestionFeature[]>([]);
  const [status, setStatus] = useState('');
  const [base, setBase] = useState('');
  const [stored, setStored] = useState<WriteResult>('saved');
  const undo = useUndo(undoText.undone);
  /** True while the questionnaire shown is the saved one because the address could not be read: nothing is written yet. */
  const holdAddress = useRef(false);
  const [savedShown, setSavedShown] = useState(false);
  /** The QR code full screen, for a room: as many modules, each many times larger. */
  const large = useRef<HTMLDialogElement>(null);
  const [largeShown, setLargeShown] = useState(false);

  useEffect(() => {
    setBase(answerBase());
    // Collected codes the address keeps are the codes panel's, not the questionnaire's.
    const params = new URLSearchParams(window.location.search);
    params.delete(CODES_KEY);
    const own = params.toString();
    // A packed address is unpacked by the browser's streams, a moment later: the page waits for it.
    void (async () => {
      const fromUrl = own !== '' ? await decodeQuestionnaire(own) : undefined;
      const unreadable = fromUrl?.problems.some((p) => p.code === 'bad-packed') ?? false;
      // An address that could not be read leaves the saved questionnaire as it is, shown, and itself in place.
      if (unreadable) holdAddress.current = true;
      setSavedShown(unreadable);
      const read = fromUrl && !unreadable ? fromUrl : await decodeQuestionnaire(readStored(STORE) ?? '', true);
      setQ(read.value);
      setProblems([...(unreadable && fromUrl ? fromUrl.problems : []), ...read.problems]);
      setRows(read.value.features.length > 0 ? read.value.features : [{ name: '', description: '' }]);
    })();
  }, []);

  /** The address for the questionnaire shown, with the questionnaire it was made for (packing answers a moment later). */
  const made = useMadeFrom(q, questionnaireAddress);
  const written = made && made.input === q ? made.output : undefined;
  /** What the share panel shows: the last address made, so it does not blink out while the next one is packed. */
  const shown = made?.output;
  useEffect(() => {
    if (!q || !written) return;
    if (holdAddress.current) {
      holdAddress.current = false;
      return;
    }
    replaceQuery(written.ok ? written.query : '', [CODES_KEY]);
    setStored(writeStored(STORE, encodeQuestionnaire(q).toString()));
  }, [q, written]);

  if (!q) {
    return (
      <div class="cx-builder cx-builder--waiting">
        <p>{t.needsScript}</p>
      </div>
    );
  }

  /** Puts these rows in the questionnaire, keeping its other parts as they are now. */
  const putRows = (next: QuestionFeature[]) => {
    setRows(next);
    setQ((now) => now && { ...now, features: next.filter((f) => f.name.trim() !== '') });
  };
  const update = (next: QuestionFeature[]) => {
    undo.dismiss();
    putRows(next);
  };
  const removeRow = (i: number) => {
    const before = rows;
    const name = rows[i]?.name.trim() ?? '';
    putRows(rows.filter((_, j) => j !== i));
    if (name !== '' || (rows[i]?.description.trim() ?? '') !== '')
      undo.offerUndo({ message: t.featureRemoved(i + 1, name), undo: () => putRows(before) });
  };
  const edit = (i: number, part: Partial<QuestionFeature>) =>
    update(rows.map((f, j) => (j === i ? { ...f, ...part } : f)));
  const named = q.features.length;
  const address = named > 0 && shown?.ok ? `${base}?${shown.query}` : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  };

  return (
    <div class="cx-builder">
      <StorageWarning result={stored} />
      {problems.length > 0 && (
        <section class="cx-builder__problems" aria-labelledby="q-problems">
          <h2 id="q-problems">{t.problemsHeading}</h2>
          <ul>
            {problems.map((p) => (
              <li key={`${p.code}${p.key}`}>{t.problem(p)}</li>
            ))}
            {savedShown && <li>{t.savedShown}</li>}
          </ul>
        </section>
      )}
      {/* What the trainer writes, and beside it on a wide screen what it gives (tool pages' layout). */}
      <div class="cx-builder__inputs">
        <p>
          <label for="q-title">{t.titleLabel}</label>
          <input
            id="q-title"
            type="text"
            maxLength={Q_LIMITS.title}
            value={q.title}
            onInput={(e) => setQ({ ...q, title: e.currentTarget.value })}
          />
        </p>
        <fieldset class="cx-builder__features">
          <legend>{t.featuresHeading}</legend>
          <p class="cx-builder__hint">{t.featuresHint}</p>
          <ol>
            {rows.map((f, i) => (
              <li key={i} class="cx-builder__feature">
                <label for={`q-f${i}`}>{t.featureName(i + 1)}</label>
                <input
                  id={`q-f${i}`}
                  type="text"
                  maxLength={Q_LIMITS.name}
                  value={f.name}
                  onInput={(e) => edit(i, { name: e.currentTarget.value })}
                />
                <label for={`q-d${i}`}>{t.featureDescription(i + 1)}</label>
                <input
                  id={`q-d${i}`}
                  type="text"
                  maxLength={Q_LIMITS.description}
                  value={f.description}
                  onInput={(e) => edit(i, { description: e.currentTarget.value })}
                />
                <span class="cx-builder__row-actions">
                  {i > 0 && (
                    <button
                      type="button"
                      onClick={() => {
                        const next = [...rows];
                        const [moved] = next.splice(i, 1);
                        if (moved) next.splice(i - 1, 0, moved);
                        update(next);
                      }}
                    >
                      {t.moveUp(i + 1)}
                    </button>
                  )}
                  <button type="button" onClick={() => removeRow(i)}>
                    {t.removeFeature(i + 1)}
                  </button>
                </span>
              </li>
            ))}
          </ol>
          {rows.length < Q_LIMITS.features ? (
            <button type="button" onClick={() => update([...rows, { name: '', description: '' }])}>
              {t.addFeature}
            </button>
          ) : (
            <p>{t.featureLimit}</p>
          )}
          <UndoStatus undo={undo} />
        </fieldset>
        <fieldset>
          <legend>{t.wordingHeading}</legend>
          <p class="cx-builder__hint" id="q-wording-hint">
            {t.wordingHint}
          </p>
          <WordingInput
            id="q-yes"
            label={t.functionalLabel}
            placeholder={a.defaultFunctional}
            value={q.functional}
            onInput={(functional) => setQ({ ...q, functional })}
          />
          <WordingInput
            id="q-no"
            label={t.dysfunctionalLabel}
            placeholder={a.defaultDysfunctional}
            value={q.dysfunctional}
            onInput={(dysfunctional) => setQ({ ...q, dysfunctional })}
          />
        </fieldset>
        <fieldset>
          <legend>{t.setHeading}</legend>
          <p class="cx-builder__hint">{t.setHint}</p>
          {ANSWER_SETS.map((id) => (
            <label key={id} class="cx-builder__set">
              <input
                type="radio"
                name="q-set"
                value={id}
                checked={q.answers === id}
                onChange={() => setQ({ ...q, answers: id })}
              />
              <span>
                <strong>{t.answerSetNames[id]}</strong>
                <br />
                {ANSWERS.map((k) => a.answerSets[id][k]).join(' / ')}
              </span>
            </label>
          ))}
        </fieldset>
      </div>
      <div class="cx-builder__results">
        <section class="cx-builder__share" aria-labelledby="q-share">
          <h2 id="q-share">{t.shareHeading}</h2>
          {named > 0 && shown && !shown.ok ? (
            <p role="status">{t.addressTooLong(shown.length, ADDRESS_LIMITS.read)}</p>
          ) : address === '' ? (
            <p>{t.shareEmpty}</p>
          ) : (
            <>
              <p>{t.shareIntro}</p>
              <div class="cx-builder__qr">
                <QrCode text={address} label={t.qrLabel(named)} tooLong={t.tooLongForQr} />
                <div>
                  <label for="q-address">{t.addressLabel}</label>
                  <textarea id="q-address" readOnly rows={4} spellcheck={false} value={address} />
                  <p class="cx-builder__row-actions">
                    <button type="button" onClick={copy}>
                      {t.copyAddress}
                    </button>
                    <button
                      type="button"
                      onClick={() => {
                        setLargeShown(true);
                        large.current?.showModal();
                      }}
                    >
                      {t.qrLarge}
                    </button>
                    <a href={address} target="_blank" rel="noopener">
                      {t.openAnswer}
                    </a>
                    <span role="status">{status}</span>
                  </p>
                </div>
              </div>
              <dialog
                ref={large}
                class="cx-builder__qr-large"
                aria-label={t.qrLabel(named)}
                onClose={() => setLargeShown(false)}
              >
                <form method="dialog">
                  <button type="submit">{t.qrClose}</button>
                </form>
                {largeShown && <QrCode text={address} label={t.qrLabel(named)} tooLong={t.tooLongForQr} />}
              </dialog>
            </>
          )}
        </section>
        {named > 0 && <CollectPanel questionnaire={q} inAddress />}
      </div>
    </div>
  );
}

/** The questionnaire builder, an island: it takes the page's `lang`. */
export const QuestionnaireBuilder = island(QuestionnaireBuilderView);

/** One of the two question wordings: a text field under the shared wording hint. */
function WordingInput(props: {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onInput: (value: string) => void;
}) {
  return (
    <p>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        maxLength={Q_LIMITS.wording}
        placeholder={props.placeholder}
        aria-describedby="q-wording-hint"
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </p>
  );
}

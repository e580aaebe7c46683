import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { island, useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import { ANSWERS, type Answer } from '../../lib/kano/answer-codes';
import { fingerprint } from '../../lib/questionnaire/fingerprint';
import { fillQuestion, type Questionnaire } from '../../lib/questionnaire/model';
import { readQuestionnaire } from '../../lib/questionnaire/read';
import { encodeResponse } from '../../lib/questionnaire/response';
import type { WriteResult } from '../../lib/state/write';
import { UndoStatus } from '../tools/shared/UndoStatus';
import { useUndo } from '../tools/shared/use-undo';
import { type Draft, type Kept, loadKept, saveKept, toPair } from './answer-store';

// The answering page must stay under 14,000 bytes of JavaScript (gzip): it declares only its own small
// table (the undo button's comes with it), and a phone downloads it in its own language only.
const ANSWER = uses('answer');

/** One of the two questions about a feature: five native radio buttons in a fieldset. */
function Question(props: {
  name: string;
  legend: string;
  words: Record<Answer, string>;
  value: Answer | undefined;
  onPick: (a: Answer) => void;
}) {
  return (
    <fieldset class="cx-answer__question">
      <legend>{props.legend}</legend>
      {ANSWERS.map((a) => (
        <label key={a} class="cx-answer__choice">
          <input
            type="radio"
            name={props.name}
            value={a}
            checked={props.value === a}
            onChange={() => props.onPick(a)}
          />
          <span>{props.words[a]}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The steps of the answering page: a feature, or the response code at the end. */
function Steps() {
  const { answerText: t } = useText(ANSWER);
  const [q, setQ] = useState<Questionnaire | undefined>(undefined);
  const [kept, setKeptState] = useState<Kept>({ step: 0, drafts: [] });
  const [restored, setRestored] = useState(false);
  const [stored, setStored] = useState<WriteResult>('saved');
  const [status, setStatus] = useState('');
  const [Qr, setQr] = useState<ComponentType<{ text: string; label: string; tooLong: string }> | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const undo = useUndo(t.undone);
  const fp = useMemo(() => (q ? fingerprint(q) : ''), [q]);

  useEffect(() => {
    const start = (read: Questionnaire) => {
      setQ(read);
      const earlier = loadKept(fingerprint(read), read.features.length);
      if (earlier?.drafts.some((d) => d.functional || d.dysfunctional)) {
        setKeptState(earlier);
        setRestored(true);
      } else setKeptState({ step: 0, drafts: read.features.map(() => ({})) });
    };
    const search = window.location.search;
    const plain = readQuestionnaire(search).value;
    // An address read as it is with no feature may be packed: only then does the unpacker (the browser's own
    // DecompressionStream) load, so the page stays small for the others (a packed address has no feature key).
    if (plain.features.length > 0 || search.length < 2) start(plain);
    else
      void import('../../lib/questionnaire/url').then((m) => m.decodeQuestionnaire(search)).then((r) => start(r.value));
  }, []);

  // Focus follows a move once that step's DOM is committed, on every render: an effect deferred to after the
  // paint could run at the start of a later render, before the new step exists, and focus the old heading.
  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  });

  // Saved at once, not after the next paint, so a reload straight after a choice keeps it.
  const setKept = (next: Kept) => {
    setKeptState(next);
    if (q && q.features.length > 0) setStored(saveKept(fp, next));
  };

  // Until the address is read, nothing: the page says in a <noscript> when the browser runs no script.
  if (!q) return null;
  const n = q.features.length;
  if (n === 0) {
    return <p>{t.noFeatures}</p>;
  }
  const words = t.answerSets[q.answers];
  const go = (step: number) => {
    moved.current = true;
    setStatus('');
    setKept({ ...kept, step });
  };
  const pick = (i: number, side: keyof Draft, a: Answer) => {
    undo.dismiss();
    setKept({ ...kept, drafts: kept.drafts.map((d, j) => (j === i ? { ...d, [side]: a } : d)) });
  };

  if (kept.step >= n) {
    const pairs = q.features.map((_, i) => toPair(kept.drafts[i]));
    const code = encodeResponse(q, pairs);
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(code);
        setStatus(t.codeCopied);
      } catch {
        setStatus(t.codeCopyFailed);
      }
    };
    // Keyed apart from the steps' section: moving between them remounts it, so the undo button's own focus
    // (on its message, a moment after Undo) has no element left and the new heading keeps the focus.
    return (
      <section key="done" class="cx-answer" aria-labelledby="answer-step">
        <h2 id="answer-step" tabIndex={-1} ref={heading}>
          {t.doneHeading}
        </h2>
        <p>{t.doneIntro}</p>
        <p class="cx-answer__code">
          <output aria-labelledby="answer-step">{code}</output>
        </p>
        <p class="cx-answer__actions">
          <button type="button" onClick={copy}>
            {t.copyCode}
          </button>
          <span role="status">{status}</span>
        </p>
        {Qr ? (
          <Qr text={code} label={t.codeQrLabel} tooLong="" />
        ) : (
          <p>
            <button
              type="button"
              onClick={() => {
                // Loaded only when asked for, so the page itself stays small.
                void import('./QrCode').then((m) => setQr(() => m.QrCode));
              }}
            >
              {t.showQr}
            </button>
          </p>
        )}
        <p>{t.answered(pairs.filter((p) => p !== null).length, n)}</p>
        <p class="cx-answer__actions">
          <button type="button" onClick={() => go(n - 1)}>
            {t.change}
          </button>
          <button
            type="button"
            onClick={() => {
              const before = kept;
              moved.current = true;
              setRestored(false);
              setKept({ step: 0, drafts: q.features.map(() => ({})) });
              undo.offerUndo({
                message: t.restarted,
                undo: () => {
                  moved.current = true;
                  setKept(before);
                },
              });
            }}
          >
            {t.restart}
          </button>
        </p>
        <UndoStatus undo={undo} />
      </section>
    );
  }

  const i = kept.step;
  const feature = q.features[i] ?? { name: '', description: '' };
  const draft = kept.drafts[i] ?? {};
  return (
    <section key="steps" class="cx-answer" aria-labelledby="answer-step">
      {q.title !== '' && <p class="cx-answer__title">{q.title}</p>}
      {restored && <p role="status">{t.restored}</p>}
      <p role="status" class="cx-answer__storage">
        {stored === 'saved' ? '' : t.notKept(stored === 'full')}
      </p>
      <p class="cx-answer__progress">
        <label>
          {t.progress(i + 1, n)}
          <progress max={n} value={i + 1} />
        </label>
      </p>
      <h2 id="answer-step" tabIndex={-1} ref={heading}>
        {feature.name}
      </h2>
      {feature.description !== '' && <p>{feature.description}</p>}
      {/* Keyed by step: each step's radio buttons are new elements, never the last step's renamed (the
          browser then clears the checked one), so Back and Next show the saved answers checked. */}
      <Question
        key={`f${i}-yes`}
        name={`f${i}-yes`}
        legend={fillQuestion(q.functional || t.defaultFunctional, feature.name)}
        words={words}
        value={draft.functional}
        onPick={(a) => pick(i, 'functional', a)}
      />
      <Question
        key={`f${i}-no`}
        name={`f${i}-no`}
        legend={fillQuestion(q.dysfunctional || t.defaultDysfunctional, feature.name)}
        words={words}
        value={draft.dysfunctional}
        onPick={(a) => pick(i, 'dysfunctional', a)}
      />
      <UndoStatus undo={undo} />
      <p class="cx-answer__hint">{t.skipNote}</p>
      <p class="cx-answer__actions">
        {i > 0 && (
          <button type="button" onClick={() => go(i - 1)}>
            {t.back}
          </button>
        )}
        <button type="button" class="cx-answer__next" onClick={() => go(i + 1)}>
          {i === n - 1 ? t.finish : t.next}
        </button>
      </p>
    </section>
  );
}

/** The answering page: one feature at a time, answers kept in this browser, a response code at the end. */
function AnswerFormView() {
  // One root element in every state, so hydration patches in place (the offline edition relies on it).
  return (
    <div class="cx-answer-root">
      <Steps />
    </div>
  );
}

/** The answering page, an island: it takes the page's `lang`. */
export const AnswerForm = island(AnswerFormView);

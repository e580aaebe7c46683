import { useState } from 'preact/hooks';
import { useText } from '../../i18n/island';
import { type Namespaces, uses } from '../../i18n/text';
import { ESSAY_ORDER, type SequenceFunction } from '../../lib/profile/functions';
import {
  compareWithEssay,
  isEssayOrder,
  moveFunction,
  START_LIMITS,
  STEP_IDS,
  STEP_STATUSES,
  type StartSequence,
  type StepStatus,
} from '../../lib/profile/start-sequence';

interface Props {
  idBase: string;
  value: StartSequence;
  /** `undoable` is said when the change overwrote the reader's order, for the page's undo line. */
  onChange: (fn: (s: StartSequence) => StartSequence, undoable?: string) => void;
}

const PROFILE = uses('profile');

/** The start sequence's words in one language. */
type StartWords = Namespaces['profile']['profileText']['start'];

function isStatus(v: string): v is StepStatus {
  return (STEP_STATUSES as readonly string[]).includes(v);
}

/** How a place compares with the essay's, in words. */
function placeWords(s: StartWords, earlier: number, essayPosition: number): string {
  if (earlier === 0) return s.same;
  return earlier > 0 ? s.earlier(earlier, essayPosition) : s.later(-earlier, essayPosition);
}

/** The start sequence: the five functions in the reader's order against the essay's, and the six steps with notes. */
export function StartPlan({ idBase, value, onChange }: Props) {
  const { profileText: t } = useText(PROFILE);
  const s = t.start;
  const fn = (f: SequenceFunction) => t.functions[f];
  const id = `${idBase}-start`;
  const [status, setStatus] = useState('');
  const places = compareWithEssay(value.order);
  const differing = places.filter((p) => p.earlier !== 0).length;
  const move = (index: number, delta: -1 | 1) => {
    const moving = value.order[index];
    if (moving === undefined) return;
    const to = index + delta;
    onChange((x) => ({ ...x, order: moveFunction(x.order, index, delta) }));
    setStatus(s.moved(fn(moving), to + 1));
    // Keep focus on the function that moved: on the same button, or the other one at either end.
    const edge = (delta < 0 && to === 0) || (delta > 0 && to === ESSAY_ORDER.length - 1);
    const button = edge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down';
    setTimeout(() => document.getElementById(`${id}-${moving}-${button}`)?.focus(), 0);
  };
  return (
    <section class="cx-profile__start" aria-labelledby={id}>
      <h3 id={id}>{s.heading}</h3>
      <p class="cx-profile__intro cx-no-print">{s.intro}</p>
      <h4 id={`${id}-order`}>{s.orderHeading}</h4>
      <p class="cx-profile__hint cx-no-print">{s.orderHint}</p>
      <ol class="cx-profile__order cx-no-print" aria-labelledby={`${id}-order`}>
        {places.map((p, i) => (
          <li key={p.id} class={p.earlier === 0 ? 'cx-profile__place' : 'cx-profile__place cx-profile__place--moved'}>
            <span class="cx-profile__place-name">{fn(p.id)}</span>
            <span class="cx-profile__hint">{placeWords(s, p.earlier, p.essayPosition)}</span>
            <span class="cx-profile__actions">
              <button
                id={`${id}-${p.id}-up`}
                type="button"
                aria-label={s.moveUp(fn(p.id))}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                {s.up}
              </button>
              <button
                id={`${id}-${p.id}-down`}
                type="button"
                aria-label={s.moveDown(fn(p.id))}
                disabled={i === places.length - 1}
                onClick={() => move(i, 1)}
              >
                {s.down}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div class="cx-profile__actions cx-no-print">
        <p class="cx-profile__hint">{differing === 0 ? s.matches : s.differs(differing)}</p>
        {!isEssayOrder(value.order) && (
          <button
            type="button"
            onClick={() => {
              onChange((x) => ({ ...x, order: [...ESSAY_ORDER] }), s.restored);
              setStatus('');
            }}
          >
            {s.restore}
          </button>
        )}
      </div>
      <p class="cx-profile__status cx-no-print" role="status">
        {status}
      </p>
      <table class="cx-profile__table cx-profile__plan-table cx-profile__print-only">
        <caption>{s.orderCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.position}</th>
            <th scope="col">{t.ownership.function}</th>
            <th scope="col">{s.essayPosition}</th>
          </tr>
        </thead>
        <tbody>
          {places.map((p) => (
            <tr key={p.id}>
              <td>{p.position}</td>
              <th scope="row">{fn(p.id)}</th>
              <td>{p.essayPosition}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="cx-profile__field">
        <label for={`${id}-why`}>{s.why}</label>
        <p id={`${id}-why-hint`} class="cx-profile__hint cx-no-print">
          {s.whyHint}
        </p>
        <textarea
          id={`${id}-why`}
          class="cx-no-print"
          rows={3}
          maxLength={START_LIMITS.notes}
          aria-describedby={`${id}-why-hint`}
          value={value.why}
          onInput={(e) => {
            const why = e.currentTarget.value.slice(0, START_LIMITS.notes);
            onChange((x) => ({ ...x, why }));
          }}
        />
        <p class="cx-profile__print-only cx-profile__answer-text">{value.why.trim() === '' ? '—' : value.why}</p>
      </div>
      <h4>{s.stepsHeading}</h4>
      <p class="cx-profile__intro cx-no-print">{s.stepsIntro}</p>
      <div class="cx-profile__steps">
        {STEP_IDS.map((step, i) => {
          const field = `${id}-${step}`;
          const v = value.steps[step];
          return (
            <fieldset key={step} class="cx-profile__step">
              <legend>
                {i + 1}. {s.steps[step].name}
              </legend>
              <p id={`${field}-hint`} class="cx-profile__hint cx-no-print">
                {s.steps[step].hint}
              </p>
              <div class="cx-profile__field cx-no-print">
                <label for={`${field}-status`}>{s.status}</label>
                <select
                  id={`${field}-status`}
                  value={v.status}
                  onChange={(e) => {
                    const next = e.currentTarget.value;
                    if (isStatus(next))
                      onChange((x) => ({ ...x, steps: { ...x.steps, [step]: { ...x.steps[step], status: next } } }));
                  }}
                >
                  {STEP_STATUSES.map((st) => (
                    <option key={st} value={st}>
                      {s.statuses[st]}
                    </option>
                  ))}
                </select>
              </div>
              <div class="cx-profile__field cx-no-print">
                <label for={`${field}-notes`}>{s.notes}</label>
                <textarea
                  id={`${field}-notes`}
                  rows={3}
                  maxLength={START_LIMITS.notes}
                  aria-describedby={`${field}-hint`}
                  value={v.notes}
                  onInput={(e) => {
                    const notes = e.currentTarget.value.slice(0, START_LIMITS.notes);
                    onChange((x) => ({ ...x, steps: { ...x.steps, [step]: { ...x.steps[step], notes } } }));
                  }}
                />
              </div>
              <p class="cx-profile__print-only cx-profile__answer-text">
                {s.statuses[v.status]}
                {v.notes.trim() === '' ? '' : `: ${v.notes}`}
              </p>
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}

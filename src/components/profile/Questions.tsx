import { useText } from '../../i18n/island';
import { uses } from '../../i18n/text';
import { LIMITS, type ProfileAnswers, QUESTION_IDS, type QuestionId } from '../../lib/profile/model';

const PROFILE = uses('profile');

interface Props {
  idBase: string;
  answers: ProfileAnswers;
  onAnswer: (question: QuestionId, text: string) => void;
}

/** The essay's four questions as labelled, length-limited text areas; print shows the answers as text. */
export function Questions({ idBase, answers, onAnswer }: Props) {
  const q = useText(PROFILE).profileText.questions;
  const id = `${idBase}-questions`;
  return (
    <section class="cx-profile__questions" aria-labelledby={id}>
      <h3 id={id}>{q.heading}</h3>
      <p class="cx-profile__intro cx-no-print">{q.intro}</p>
      <div class="cx-profile__answers">
        {QUESTION_IDS.map((question) => {
          const field = `${id}-${question}`;
          const text = answers[question];
          return (
            <div key={question} class="cx-profile__answer">
              <label for={field} class="cx-profile__question">
                {q.labels[question]}
              </label>
              <p id={`${field}-hint`} class="cx-profile__hint cx-no-print">
                {q.hints[question]}
              </p>
              <textarea
                id={field}
                class="cx-no-print"
                rows={4}
                maxLength={LIMITS.answer}
                aria-describedby={`${field}-hint ${field}-count`}
                value={text}
                onInput={(e) => onAnswer(question, e.currentTarget.value)}
              />
              <p id={`${field}-count`} class="cx-profile__count cx-no-print">
                {q.count(text.length, LIMITS.answer)}
              </p>
              <p class="cx-profile__print-only cx-profile__answer-text">{text.trim() === '' ? q.empty : text}</p>
            </div>
          );
        })}
      </div>
    </section>
  );
}

/**
 * WellbeingQuestion: the desk's voluntary wellbeing question, a controlled fieldset for the
 * issue and renewal forms. Not mounted here: the desk view mounts it.
 *
 *   const [wellbeing, setWellbeing] = useState<WellbeingAnswer>(null);
 *   <WellbeingQuestion value={wellbeing} onChange={setWellbeing} errorField={graphError?.field} />
 *   // on submit: issueCard(input: { ..., wellbeing: toWellbeingInput(wellbeing) })
 *   //            renewCard(number: $number, wellbeing: toWellbeingInput(wellbeing))
 *
 * GraphQL: `IssueCardInput.wellbeing` and `renewCard(wellbeing:)`, both `WellbeingAnswerInput
 * { consent: Boolean!, score: Int }`. A score without consent, or outside 0-10, is refused with
 * BAD_USER_INPUT whose `extensions.field` is "wellbeing.score" or "wellbeing.consent": pass that
 * field as `errorField` and the question says what is wrong in the person's language. The
 * answer is never read back: nothing to prefill at renewal.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import './wellbeing.css';

/** null: not asked or skipped. consent false: the holder said no. */
export type WellbeingAnswer = { consent: boolean; score: number | null } | null;

const SCORES = Array.from({ length: 11 }, (_, score) => score);

/** What to send: nothing unless the holder agreed and chose a score. */
export function toWellbeingInput(value: WellbeingAnswer): { consent: boolean; score: number } | null {
  return value?.consent && value.score !== null ? { consent: true, score: value.score } : null;
}

interface Props {
  value: WellbeingAnswer;
  onChange: (value: WellbeingAnswer) => void;
  /** A BAD_USER_INPUT's `extensions.field`; one starting with "wellbeing" is shown by the scale. */
  errorField?: string | null;
}

// Native radios: each a real input with its own label, so a click, a keyboard and a test's
// getByRole('radio', { name }).check() all reach it (the design system's radio covers its input).
export function WellbeingQuestion({ value, onChange, errorField }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const error = errorField === 'wellbeing.consent' ? t('wellbeing.question.errorConsent') : errorField?.startsWith('wellbeing') ? t('wellbeing.question.errorScore') : null;
  const scoreLabel = (score: number) =>
    score === 0 ? t('wellbeing.question.lowest', { score }) : score === 10 ? t('wellbeing.question.highest', { score }) : String(score);
  const consent = value === null ? null : value.consent;
  return (
    <fieldset className="wellbeing-question" aria-describedby={`${id}-intro`}>
      <legend>{t('wellbeing.question.legend')}</legend>
      <p id={`${id}-intro`}>{t('wellbeing.question.intro')}</p>
      <fieldset className="wellbeing-choices" aria-describedby={error && !value?.consent ? `${id}-error` : undefined}>
        <legend>{t('wellbeing.question.consent')}</legend>
        <label>
          <input type="radio" name={`${id}-consent`} checked={consent === true} onChange={() => onChange({ consent: true, score: value?.score ?? null })} />
          {t('wellbeing.question.consentYes')}
        </label>
        <label>
          <input type="radio" name={`${id}-consent`} checked={consent === false} onChange={() => onChange({ consent: false, score: null })} />
          {t('wellbeing.question.consentNo')}
        </label>
        {error && !value?.consent && <p id={`${id}-error`} className="wellbeing-error">{error}</p>}
      </fieldset>
      {value?.consent && (
        <fieldset className="wellbeing-choices wellbeing-scale" aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
          <legend>{t('wellbeing.question.text')}</legend>
          <p id={`${id}-hint`}>{t('wellbeing.question.scaleHint')}</p>
          {SCORES.map((score) => (
            <label key={score}>
              <input type="radio" name={`${id}-score`} value={score} checked={value.score === score} onChange={() => onChange({ consent: true, score })} />
              {scoreLabel(score)}
            </label>
          ))}
          {error && <p id={`${id}-error`} className="wellbeing-error">{error}</p>}
        </fieldset>
      )}
      {value?.consent === false && <p>{t('wellbeing.question.declined')}</p>}
      {value !== null && (
        <Button type="button" variant="secondary" onClick={() => onChange(null)}>{t('wellbeing.question.skip')}</Button>
      )}
    </fieldset>
  );
}

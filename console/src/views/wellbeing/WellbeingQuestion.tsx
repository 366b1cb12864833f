/**
 * WellbeingQuestion: the desk's voluntary wellbeing question, a controlled fieldset for the
 * issue and renewal forms. Not mounted here: the desk view mounts it.
 *
 *   const [wellbeing, setWellbeing] = useState<WellbeingAnswer>(null);
 *   <WellbeingQuestion value={wellbeing} onChange={setWellbeing} error={fieldError} />
 *   // on submit: issueCard(input: { ..., wellbeing: toWellbeingInput(wellbeing) })
 *   //            renewCard(number: $number, wellbeing: toWellbeingInput(wellbeing))
 *
 * GraphQL: `IssueCardInput.wellbeing` and `renewCard(wellbeing:)`, both `WellbeingAnswerInput
 * { consent: Boolean!, score: Int }`. A score without consent, or outside 0-10, is refused with
 * BAD_USER_INPUT (`extensions.field` "wellbeing.score" / "wellbeing.consent"): show the message
 * with `error`. The answer is never read back: nothing to prefill at renewal.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
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
  /** The graph's message for this question, in the person's language, shown by the scale. */
  error?: string;
}

export function WellbeingQuestion({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const scoreLabel = (score: number) =>
    score === 0 ? t('wellbeing.question.lowest', { score }) : score === 10 ? t('wellbeing.question.highest', { score }) : String(score);
  return (
    <fieldset className="wellbeing-question" aria-describedby={`${id}-intro`}>
      <legend>{t('wellbeing.question.legend')}</legend>
      <p id={`${id}-intro`}>{t('wellbeing.question.intro')}</p>
      <RadioButtonGroup
        name={`${id}-consent`}
        labelText={t('wellbeing.question.consent')}
        value={value === null ? '' : value.consent ? 'yes' : 'no'}
        onChange={(choice) => onChange(choice === 'yes' ? { consent: true, score: value?.score ?? null } : { consent: false, score: null })}
      >
        <RadioButton value="yes">{t('wellbeing.question.consentYes')}</RadioButton>
        <RadioButton value="no">{t('wellbeing.question.consentNo')}</RadioButton>
      </RadioButtonGroup>
      {value?.consent && (
        <div className="wellbeing-scale">
          <RadioButtonGroup
            name={`${id}-score`}
            labelText={t('wellbeing.question.text')}
            groupHintText={t('wellbeing.question.scaleHint')}
            value={value.score === null ? '' : String(value.score)}
            onChange={(choice) => onChange({ consent: true, score: Number(choice) })}
            groupStatus={error ? 'error' : 'default'}
            groupStatusText={error}
          >
            {SCORES.map((score) => (
              <RadioButton key={score} value={String(score)}>{scoreLabel(score)}</RadioButton>
            ))}
          </RadioButtonGroup>
        </div>
      )}
      {value?.consent === false && <p>{t('wellbeing.question.declined')}</p>}
      {value !== null && (
        <Button type="button" variant="secondary" onClick={() => onChange(null)}>{t('wellbeing.question.skip')}</Button>
      )}
    </fieldset>
  );
}

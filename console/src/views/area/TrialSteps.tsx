import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { mutate } from '../../graph/client';
import { AreaCompleteStepDocument } from '../../gql/graphql';
import { formatDate, localized } from '../../ui/format';
import { FormError, ISO_DATE, SelectField, TextField, todayInFinland, useForm, type Errors, useFocusOnOpen } from './form';
import type { TrialArea } from './Trial';

type Step = TrialArea['trialSteps'][number];

/** The ten steps in order: what each means, when it was done, who answers for it, notes. */
export function TrialSteps({ area, reload }: { area: TrialArea; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | null>(null);
  const done = area.trialSteps.filter((step) => step.completed).length;
  return (
    <section aria-labelledby="area-steps-heading" className="area-section">
      <Heading variant="h2" id="area-steps-heading">{t('area.steps.title')}</Heading>
      <p>{t('area.steps.progress', { done, total: area.trialSteps.length })}</p>
      <ol className="steps">
        {area.trialSteps.map((step) => (
          <li key={step.number} className={step.completed ? 'step done' : 'step'}>
            <Heading variant="h3">{t('area.steps.heading', { number: step.number, title: localized(step.title) })}</Heading>
            <p className="step-meaning">{localized(step.description)}</p>
            <p className="step-state">
              <span aria-hidden="true">{step.completed ? '✓ ' : '○ '}</span>
              {step.completed && step.completedOn ? t('area.steps.doneOn', { date: formatDate(step.completedOn) }) : t('area.steps.notDone')}
            </p>
            {step.responsibleMember && <p>{t('area.steps.responsible', { name: step.responsibleMember.name })}</p>}
            {step.notes && <p className="notes">{step.notes}</p>}
            {editing === step.number ? (
              <StepForm area={area} step={step} onDone={async () => { setEditing(null); await reload(); }} onCancel={() => setEditing(null)} />
            ) : (
              <Button variant="secondary" onClick={() => setEditing(step.number)}>
                {step.completed ? t('area.steps.change', { number: step.number }) : t('area.steps.markDone', { number: step.number })}
              </Button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function StepForm({ area, step, onDone, onCancel }: { area: TrialArea; step: Step; onDone: () => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [completedOn, setCompletedOn] = useState(step.completedOn ?? todayInFinland());
  const [responsible, setResponsible] = useState(step.responsibleMember?.id ?? '');
  const [notes, setNotes] = useState(step.notes ?? '');
  const form = useForm({ completedOn: 'completedOn', responsibleMemberId: 'responsible', notes: 'notes' });
  const opened = useFocusOnOpen();

  const save = async (complete: boolean) => {
    const errors: Errors = {};
    if (complete && (!ISO_DATE.test(completedOn) || completedOn > todayInFinland())) errors.completedOn = t('area.invalid.completedOn');
    const ok = await form.run(errors, () =>
      mutate(AreaCompleteStepDocument, {
        input: { areaCode: area.code, step: step.number, completedOn: complete ? completedOn : null, responsibleMemberId: responsible || null, notes: notes.trim() || null },
      }),
    );
    if (ok) await onDone();
  };

  return (
    <form ref={opened} className="inline-form" aria-label={t('area.steps.formLabel', { number: step.number })} onSubmit={(event) => { event.preventDefault(); void save(true); }} noValidate>
      <TextField label={t('area.steps.completedOn')} type="date" value={completedOn} onChange={setCompletedOn} error={form.errors.completedOn} />
      <SelectField
        label={t('area.steps.responsibleLabel')}
        value={responsible}
        onChange={setResponsible}
        error={form.errors.responsible}
        optional
        options={[{ value: '', label: t('area.steps.nobody') }, ...area.workingGroup.map((member) => ({ value: member.id, label: `${member.name} (${member.organisation})` }))]}
      />
      <TextField label={t('area.steps.notes')} value={notes} onChange={setNotes} error={form.errors.notes} multiline optional />
      <FormError message={form.formError} />
      <div className="buttons">
        <Button type="submit" disabled={form.busy}>{t('area.steps.save')}</Button>
        {step.completed && <Button variant="secondary" onClick={() => void save(false)} disabled={form.busy}>{t('area.steps.undo')}</Button>}
        <Button variant="secondary" onClick={onCancel}>{t('area.form.cancel')}</Button>
      </div>
    </form>
  );
}

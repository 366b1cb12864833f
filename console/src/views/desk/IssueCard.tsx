import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import { mutate } from '../../graph/client';
import { DeskIssueCardDocument, type DeskCardFragment, type Gender, type LifeSituation } from '../../gql/graphql';
import { WellbeingQuestion, toWellbeingInput, type WellbeingAnswer } from '../wellbeing/WellbeingQuestion';
import { refusal, wellbeingField } from './graph-errors';
import { issueProblems, type IssueField, type Problems } from './validation';

const LIFE_SITUATIONS: LifeSituation[] = ['EMPLOYED', 'UNEMPLOYED', 'STUDENT', 'RETIRED', 'ON_SICK_LEAVE_OR_DISABILITY', 'FAMILY_LEAVE', 'OTHER'];
const GENDERS: Gender[] = ['WOMAN', 'MAN', 'OTHER'];
const FIELDS: IssueField[] = ['birthYear', 'postcode', 'children'];

/**
 * Issue a card: the three things the programme records, two optional ones, nothing that
 * names the holder. Each field says what is wrong next to it, before sending and after.
 */
export function IssueCard({ distributorId, onIssued }: { distributorId: string; onIssued: (card: DeskCardFragment) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ birthYear: '', postcode: '', children: '0' });
  const [lifeSituation, setLifeSituation] = useState<LifeSituation | ''>('');
  const [gender, setGender] = useState<Gender | ''>('');
  const [wellbeing, setWellbeing] = useState<WellbeingAnswer>(null);
  const [wellbeingError, setWellbeingError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems<IssueField>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const message = (field: IssueField) => (problems[field] ? t(problems[field]!.startsWith('refusal.') ? `desk.${problems[field]}` : `desk.problem.${problems[field]}`) : undefined);
  const change = (field: 'birthYear' | 'postcode' | 'children') => (value: unknown) => setForm((old) => ({ ...old, [field]: String(value ?? '') }));
  // A field that was wrong is checked again as soon as it is left, so the message goes when fixed.
  const recheck = (field: IssueField) => () => {
    if (!problems[field]) return;
    setProblems((old) => ({ ...old, [field]: issueProblems(form)[field] }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setWellbeingError(null);
    const found = issueProblems(form);
    setProblems(found);
    if (Object.keys(found).length) {
      formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setBusy(true);
    try {
      const { issueCard } = await mutate(DeskIssueCardDocument, {
        input: {
          distributorId,
          birthYear: Number(form.birthYear),
          postcode: form.postcode.trim(),
          children: Number(form.children),
          lifeSituation: lifeSituation || null,
          gender: gender || null,
          wellbeing: toWellbeingInput(wellbeing),
        },
      });
      onIssued(issueCard);
    } catch (error) {
      const named = wellbeingField(error);
      if (named) return setWellbeingError(named);
      const answer = refusal(error, FIELDS);
      if (answer.field) setProblems({ [answer.field]: `refusal.${answer.key}` });
      else setFailure(t(`desk.refusal.${answer.key}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="issue" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="issue-title">
      <h2 id="issue-title">{t('desk.issue.title')}</h2>
      <p>{t('desk.issue.intro')}</p>
      <TextInput labelText={t('desk.issue.birthYear')} hintText={t('desk.issue.birthYearHint')} inputMode="numeric" maxLength={4}
        value={form.birthYear} onChange={change('birthYear')} onBlur={recheck('birthYear')}
        status={problems.birthYear ? 'error' : 'default'} statusText={message('birthYear')} autoComplete="off" />
      <TextInput labelText={t('desk.issue.postcode')} hintText={t('desk.issue.postcodeHint')} inputMode="numeric" maxLength={5}
        value={form.postcode} onChange={change('postcode')} onBlur={recheck('postcode')}
        status={problems.postcode ? 'error' : 'default'} statusText={message('postcode')} autoComplete="off" />
      <TextInput labelText={t('desk.issue.children')} hintText={t('desk.issue.childrenHint')} inputMode="numeric" maxLength={3}
        value={form.children} onChange={change('children')} onBlur={recheck('children')}
        status={problems.children ? 'error' : 'default'} statusText={message('children')} autoComplete="off" />
      <fieldset className="optional">
        <legend>{t('desk.issue.optionalTitle')}</legend>
        <p id="optional-why">{t('desk.issue.optionalWhy')}</p>
        <label className="field">
          <span>{t('desk.issue.lifeSituation')}</span>
          <select value={lifeSituation} onChange={(event) => setLifeSituation(event.target.value as LifeSituation | '')} aria-describedby="optional-why">
            <option value="">{t('desk.issue.notGiven')}</option>
            {LIFE_SITUATIONS.map((code) => <option key={code} value={code}>{t(`desk.lifeSituation.${code}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('desk.issue.gender')}</span>
          <select value={gender} onChange={(event) => setGender(event.target.value as Gender | '')} aria-describedby="optional-why">
            <option value="">{t('desk.issue.notGiven')}</option>
            {GENDERS.map((code) => <option key={code} value={code}>{t(`desk.gender.${code}`)}</option>)}
          </select>
        </label>
      </fieldset>
      <WellbeingQuestion value={wellbeing} onChange={setWellbeing} errorField={wellbeingError} />
      {failure && <p className="error" role="alert">{failure}</p>}
      <Button type="submit" disabled={busy}>{t('desk.issue.submit')}</Button>
    </form>
  );
}

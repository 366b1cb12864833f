import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import { mutate } from '../../graph/client';
import { DeskIssueCommunityCardDocument, type DeskCardFragment } from '../../gql/graphql';
import { refusal } from './graph-errors';
import { groupSizeProblem } from './validation';

/** A card the unit holds for its clients' group visits: only the largest group size is asked. */
export function CommunityCard({ distributorId, onIssued }: { distributorId: string; onIssued: (card: DeskCardFragment) => void }) {
  const { t } = useTranslation();
  const [size, setSize] = useState('10');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const found = groupSizeProblem(size);
    setProblem(found ? t(`desk.problem.${found}`) : null);
    if (found) return;
    setBusy(true);
    try {
      const { issueCommunityCard } = await mutate(DeskIssueCommunityCardDocument, { input: { distributorId, groupSizeLimit: Number(size) } });
      onIssued(issueCommunityCard);
    } catch (error) {
      const answer = refusal(error, ['groupSizeLimit']);
      if (answer.field) setProblem(t('desk.problem.groupSizeRange'));
      else setFailure(t(`desk.refusal.${answer.key}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="issue" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="community-title">
      <h2 id="community-title">{t('desk.community.title')}</h2>
      <p>{t('desk.community.intro')}</p>
      <TextInput labelText={t('desk.community.groupSize')} hintText={t('desk.community.groupSizeHint')} inputMode="numeric" maxLength={3}
        value={size} onChange={(value) => setSize(String(value ?? ''))} status={problem ? 'error' : 'default'} statusText={problem ?? undefined} autoComplete="off" />
      {failure && <p className="error" role="alert">{failure}</p>}
      <Button type="submit" disabled={busy}>{t('desk.community.submit')}</Button>
    </form>
  );
}

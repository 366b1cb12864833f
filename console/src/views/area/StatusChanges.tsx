import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { mutate } from '../../graph/client';
import { AreaChangeStatusDocument, type AreaStatus } from '../../gql/graphql';
import { FormError, TextField, useForm, type Errors } from './form';
import type { TrialArea } from './Trial';

/**
 * The moves the graph allows now, each a button (an activation before the ten steps asks a
 * national admin for the reason); the moves it does not allow, each with its reason. Ending
 * the area is final, so it asks once more.
 */
export function StatusChanges({ area, reload }: { area: TrialArea; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<AreaStatus | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const form = useForm({ overrideReason: 'overrideReason', status: 'status' });
  const allowed = area.statusChanges.filter((change) => change.allowed);
  const refused = area.statusChanges.filter((change) => !change.allowed);

  const move = async (status: AreaStatus, needsReason: boolean) => {
    const errors: Errors = needsReason && !overrideReason.trim() ? { overrideReason: t('area.invalid.overrideReason') } : {};
    const ok = await form.run(errors, () =>
      mutate(AreaChangeStatusDocument, { code: area.code, status, overrideReason: needsReason ? overrideReason.trim() : undefined }),
    );
    if (!ok) return;
    setConfirming(null);
    setOverrideReason('');
    setDone(t('area.moves.done', { status: t(`area.status.${status}`) }));
    await reload();
  };

  return (
    <div className="moves">
      <Heading variant="h3">{t('area.moves.title')}</Heading>
      <p role="status" className="confirmation">{done}</p>
      {allowed.length === 0 && <p>{t('area.moves.none')}</p>}
      <ul className="move-list">
        {allowed.map((change) => (
          <li key={change.status}>
            {change.needsOverrideReason ? (
              <form aria-label={t('area.moves.to', { status: t(`area.status.${change.status}`) })} onSubmit={(event) => { event.preventDefault(); void move(change.status, true); }} noValidate>
                <p>{change.reason}</p>
                <TextField label={t('area.moves.overrideReason')} value={overrideReason} onChange={setOverrideReason} error={form.errors.overrideReason} multiline />
                <Button type="submit" disabled={form.busy}>{t('area.moves.to', { status: t(`area.status.${change.status}`) })}</Button>
              </form>
            ) : change.status === 'ENDED' && confirming !== 'ENDED' ? (
              <Button variant="secondary" onClick={() => setConfirming('ENDED')}>{t('area.moves.to', { status: t('area.status.ENDED') })}</Button>
            ) : change.status === 'ENDED' ? (
              <div className="confirm" role="group" aria-label={t('area.moves.confirmEnd')}>
                <p>{t('area.moves.confirmEnd')}</p>
                <Button onClick={() => void move('ENDED', false)} disabled={form.busy}>{t('area.moves.endNow')}</Button>
                <Button variant="secondary" onClick={() => setConfirming(null)}>{t('area.form.cancel')}</Button>
              </div>
            ) : (
              <Button onClick={() => void move(change.status, false)} disabled={form.busy}>{t('area.moves.to', { status: t(`area.status.${change.status}`) })}</Button>
            )}
          </li>
        ))}
      </ul>
      <FormError message={form.errors.status ?? form.formError} />
      {refused.length > 0 && (
        <>
          <Heading variant="h4">{t('area.moves.notNow')}</Heading>
          <ul className="refused-moves">
            {refused.map((change) => (
              <li key={change.status}>
                <strong>{t(`area.status.${change.status}`)}</strong>
                {': '}
                {change.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

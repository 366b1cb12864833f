import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';
import { mutate } from '../../graph/client';
import { DeskRenewCardDocument, DeskReportLostDocument, DeskRevokeCardDocument, type DeskCardFragment } from '../../gql/graphql';
import { formatDate } from '../../ui/format';
import { WellbeingQuestion, toWellbeingInput, type WellbeingAnswer } from '../wellbeing/WellbeingQuestion';
import { refusal, wellbeingField } from './graph-errors';
import { PrintCard, type PrintLayout } from './PrintCard';
import { reasonProblem } from './validation';

/** The number as printed, its last character (the check character) marked apart. */
export function CardNumber({ number }: { number: string }) {
  return <p className="issued-number">{number.slice(0, -1)}<span className="check-char">{number.slice(-1)}</span></p>;
}

/**
 * One card at the desk: its number large, its state, printing (card-sized or A4), and what
 * the unit may do with it: renew, report lost (the replacement is shown for printing at
 * once), revoke with a reason.
 */
export function CardPanel({ card, note, onChanged }: { card: DeskCardFragment; note?: string; onChanged: (card: DeskCardFragment, note?: string) => void }) {
  const { t } = useTranslation();
  const [layout, setLayout] = useState<PrintLayout>('card');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  // Renewing is two steps: the voluntary wellbeing question, then the renewal itself.
  const [renewing, setRenewing] = useState(false);
  const [wellbeing, setWellbeing] = useState<WellbeingAnswer>(null);
  const [wellbeingError, setWellbeingError] = useState<string | null>(null);
  const open = card.status === 'ACTIVE';

  const act = async (run: () => Promise<DeskCardFragment>, noteKey: string) => {
    setBusy(true);
    setFailure(null);
    try {
      const changed = await run();
      onChanged(changed, t(noteKey, { number: card.number }));
    } catch (error) {
      const named = wellbeingField(error);
      if (named) setWellbeingError(named);
      else setFailure(t(`desk.refusal.${refusal(error, ['number', 'reason']).key}`));
    } finally {
      setBusy(false);
    }
  };

  const renew = (event: FormEvent) => {
    event.preventDefault();
    setWellbeingError(null);
    void act(async () => {
      const { renewCard } = await mutate(DeskRenewCardDocument, { number: card.number, wellbeing: toWellbeingInput(wellbeing) });
      setRenewing(false);
      setWellbeing(null);
      return renewCard;
    }, 'desk.card.renewed');
  };

  const revoke = (event: FormEvent) => {
    event.preventDefault();
    const problem = reasonProblem(reason);
    setReasonError(problem ? t(`desk.problem.${problem}`) : null);
    if (problem) return;
    void act(async () => (await mutate(DeskRevokeCardDocument, { number: card.number, reason })).revokeCard, 'desk.card.revoked').then(() => setRevoking(false));
  };

  return (
    <section className="card-panel" aria-labelledby="card-panel-title">
      <h2 id="card-panel-title">{card.kind === 'COMMUNITY' ? t('desk.card.communityTitle') : t('desk.card.title')}</h2>
      {note && <p className="confirmation" role="status">{note}</p>}
      <CardNumber number={card.number} />
      <p className="check-char-note">{t('desk.card.checkCharNote', { char: card.number.slice(-1) })}</p>
      <dl className="card-facts">
        <dt>{t('desk.card.status')}</dt>
        <dd className={`status ${card.status}`}>{t(`desk.status.${card.status}`)}</dd>
        <dt>{t('desk.card.validUntil')}</dt>
        <dd>{formatDate(card.validUntil)}</dd>
        {card.kind === 'COMMUNITY' ? (
          <><dt>{t('desk.card.groupSize')}</dt><dd>{card.groupSizeLimit}</dd></>
        ) : (
          <><dt>{t('desk.card.children')}</dt><dd>{card.children}</dd></>
        )}
        {card.revokedReason && <><dt>{t('desk.card.revokedReason')}</dt><dd>{card.revokedReason}</dd></>}
      </dl>
      {failure && <p className="error" role="alert">{failure}</p>}
      {open && (
        <div className="print-controls">
          <fieldset>
            <legend>{t('desk.print.layout')}</legend>
            <label className="check-field">
              <input type="radio" name="layout" checked={layout === 'card'} onChange={() => setLayout('card')} />
              <span>{t('desk.print.layoutCard')}</span>
            </label>
            <label className="check-field">
              <input type="radio" name="layout" checked={layout === 'a4'} onChange={() => setLayout('a4')} />
              <span>{t('desk.print.layoutA4')}</span>
            </label>
          </fieldset>
          <Button type="button" onClick={() => window.print()}>{t('desk.print.button')}</Button>
          <p className="hint">{t('desk.print.hint')}</p>
          <div className="print-preview" role="group" aria-label={t('desk.print.preview')}>
            <PrintCard card={card} layout={layout} />
          </div>
        </div>
      )}
      {open && (
        <div className="card-actions">
          <h3>{t('desk.card.actions')}</h3>
          <div className="action-buttons">
            {!renewing && card.kind !== 'COMMUNITY' && (
              <Button type="button" variant="secondary" disabled={busy} onClick={() => setRenewing(true)}>{t('desk.card.renew')}</Button>
            )}
            {card.kind === 'COMMUNITY' && (
              <Button type="button" variant="secondary" disabled={busy}
                onClick={() => void act(async () => (await mutate(DeskRenewCardDocument, { number: card.number })).renewCard, 'desk.card.renewed')}>
                {t('desk.card.renew')}
              </Button>
            )}
            <Button type="button" variant="secondary" disabled={busy}
              onClick={() => void act(async () => (await mutate(DeskReportLostDocument, { number: card.number })).reportCardLost, 'desk.card.replaced')}>
              {t('desk.card.reportLost')}
            </Button>
            {!revoking && <Button type="button" variant="secondary" disabled={busy} onClick={() => setRevoking(true)}>{t('desk.card.revoke')}</Button>}
          </div>
          {renewing && (
            <form className="renew" onSubmit={renew} noValidate aria-label={t('desk.card.renew')}>
              <WellbeingQuestion value={wellbeing} onChange={setWellbeing} errorField={wellbeingError} />
              <div className="action-buttons">
                <Button type="submit" disabled={busy}>{t('desk.card.renewConfirm')}</Button>
                <Button type="button" variant="secondary" onClick={() => { setRenewing(false); setWellbeing(null); setWellbeingError(null); }}>{t('desk.card.cancel')}</Button>
              </div>
            </form>
          )}
          {revoking && (
            <form className="revoke" onSubmit={revoke} noValidate>
              <Textarea labelText={t('desk.card.reason')} hintText={t('desk.card.reasonHint')} value={reason}
                onChange={(event) => setReason(event.target.value)} status={reasonError ? 'error' : 'default'} statusText={reasonError ?? undefined} fullWidth />
              <div className="action-buttons">
                <Button type="submit" disabled={busy}>{t('desk.card.revokeConfirm')}</Button>
                <Button type="button" variant="secondary" onClick={() => { setRevoking(false); setReasonError(null); }}>{t('desk.card.cancel')}</Button>
              </div>
            </form>
          )}
        </div>
      )}
    </section>
  );
}

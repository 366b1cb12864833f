import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import { GraphError, OfflineError, query } from '../../graph/client';
import { DoorVerifyCardDocument, type DoorVerifyCardQuery } from '../../gql/graphql';
import { formatDate, localized } from '../../ui/format';
import { cardNumberProblem, isQrPayload, normaliseCardNumber } from './card-number';
import { ScanQr } from './ScanQr';

export interface CheckedCard {
  number: string;
  /** Null when the check could not reach the graph. */
  verification: DoorVerifyCardQuery['verifyCard'] | null;
  attempt: number;
}

const CALM = new Set(['NOT_FOUND']);

/** "Card number" and "Check card": a plain, large answer. */
export function CheckCard({ venueId, onChecked }: { venueId: string; onChecked: (card: CheckedCard | null) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [answer, setAnswer] = useState<CheckedCard | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const attempts = useRef(0);

  const [scanning, setScanning] = useState(false);

  const check = async (event: FormEvent | null, scanned?: string) => {
    event?.preventDefault();
    // A scanned (or pasted) QR payload goes to the graph as it is: the graph checks its seal.
    const raw = scanned ?? typed;
    const number = isQrPayload(raw) ? raw.trim() : normaliseCardNumber(raw);
    const found = isQrPayload(raw) ? null : cardNumberProblem(number);
    setProblem(found ? t(`door.numberProblem.${found}`) : null);
    setFailure(null);
    if (found) return;
    setBusy(true);
    attempts.current += 1;
    let result: CheckedCard | null = null;
    try {
      const { verifyCard } = await query(DoorVerifyCardDocument, { number, partnerId: venueId || undefined });
      result = { number, verification: verifyCard, attempt: attempts.current };
    } catch (error) {
      if (error instanceof OfflineError) result = { number, verification: null, attempt: attempts.current };
      else if (error instanceof GraphError && error.code === 'BAD_USER_INPUT') setProblem(t('door.numberProblem.CHECK_CHARACTER'));
      else setFailure(error instanceof GraphError ? t(`errors.${error.code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') }) : t('errors.INTERNAL_SERVER_ERROR'));
    } finally {
      setBusy(false);
    }
    setAnswer(result);
    onChecked(result);
  };

  const scannedPayload = useCallback((payload: string) => {
    setScanning(false);
    void check(null, payload);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [venueId]);
  const verification = answer?.verification;
  return (
    <>
      <form className="check" onSubmit={(event) => void check(event)} noValidate>
        <TextInput
          labelText={t('door.cardNumber')}
          hintText={t('door.cardNumberHint')}
          value={typed}
          onChange={(value) => setTyped(String(value ?? ''))}
          status={problem ? 'error' : 'default'}
          statusText={problem ?? undefined}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          fullWidth
        />
        <Button type="submit" disabled={busy}>{t('door.check')}</Button>
        {!scanning && <Button type="button" variant="secondary" onClick={() => setScanning(true)}>{t('door.scan')}</Button>}
      </form>
      {scanning && <ScanQr onScanned={scannedPayload} onClose={() => setScanning(false)} />}
      {failure && <p role="alert" className="error">{failure}</p>}
      <div aria-live="polite" className="answer-region">
        {answer && !verification && (
          <div className="answer unverified">
            <p className="answer-title">{t('door.unverified')}</p>
            <p>{t('door.unverifiedHelp')}</p>
          </div>
        )}
        {verification && (verification.valid ? (
          <div className="answer valid">
            <p className="answer-title">{t('door.valid')}</p>
            <dl>
              <dt>{t('door.validUntil')}</dt>
              <dd>{verification.validUntil ? formatDate(verification.validUntil) : '–'}</dd>
              <dt>{t('door.children')}</dt>
              <dd>{verification.children ?? 0}</dd>
              <dt>{t('door.homeArea')}</dt>
              <dd>{localized(verification.homeArea?.name)}</dd>
            </dl>
          </div>
        ) : (
          <div className={CALM.has(verification.reason ?? '') ? 'answer calm' : 'answer invalid'}>
            <p className="answer-title">{t(`door.reason.${verification.reason ?? 'NOT_FOUND'}`)}</p>
            {verification.validUntil && verification.reason === 'EXPIRED' && (
              <p>{t('door.expiredOn', { date: formatDate(verification.validUntil) })}</p>
            )}
          </div>
        ))}
      </div>
    </>
  );
}

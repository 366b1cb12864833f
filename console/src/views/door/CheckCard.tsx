import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphError, OfflineError, query } from '../../graph/client';
import { DoorVerifyCardDocument, type DoorVerifyCardQuery } from '../../gql/graphql';
import { formatDate, localized } from '../../ui/format';
import { CardNumberEntry } from './CardNumberEntry';

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
  const [problem, setProblem] = useState<string | null>(null);
  const [answer, setAnswer] = useState<CheckedCard | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const attempts = useRef(0);

  const check = async (number: string) => {
    setProblem(null);
    setFailure(null);
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

  const verification = answer?.verification;
  return (
    <>
      <CardNumberEntry messages="door" submitLabel={t('door.check')} busy={busy} problem={problem} onNumber={(number) => void check(number)}
        onInvalid={() => { setProblem(null); setFailure(null); }} />
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

import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import { query } from '../../graph/client';
import { DeskFindCardDocument, type DeskCardFragment } from '../../gql/graphql';
import { cardNumberProblem, normaliseCardNumber } from '../door/card-number';
import { refusal } from './graph-errors';

/** Find one of the unit's cards by its number (typed in any case, with or without dashes). */
export function FindCard({ initial, onFound }: { initial?: string; onFound: (card: DeskCardFragment) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(initial ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async (event: FormEvent | null) => {
    event?.preventDefault();
    const number = normaliseCardNumber(typed);
    const found = cardNumberProblem(number);
    setProblem(found ? t(`door.numberProblem.${found}`) : null);
    if (found) return;
    setBusy(true);
    try {
      const { card } = await query(DeskFindCardDocument, { number });
      if (card) onFound(card);
      else setProblem(t('desk.refusal.cardNotFound'));
    } catch (error) {
      setProblem(t(`desk.refusal.${refusal(error, ['number']).key}`));
    } finally {
      setBusy(false);
    }
  };

  // Opened from the list: the number is known, show its card at once.
  useEffect(() => {
    if (initial) void find(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <form className="check" onSubmit={(event) => void find(event)} noValidate aria-labelledby="find-title">
      <h2 id="find-title" className="visually-hidden">{t('desk.find.title')}</h2>
      <TextInput labelText={t('desk.find.number')} hintText={t('door.cardNumberHint')} value={typed}
        onChange={(value) => setTyped(String(value ?? ''))} status={problem ? 'error' : 'default'} statusText={problem ?? undefined}
        autoComplete="off" autoCapitalize="characters" spellCheck={false} fullWidth />
      <Button type="submit" disabled={busy}>{t('desk.find.submit')}</Button>
    </form>
  );
}

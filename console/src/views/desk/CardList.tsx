import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { query } from '../../graph/client';
import { DeskIssuedCardsDocument, type DeskIssuedCardsQuery } from '../../gql/graphql';
import { formatDate } from '../../ui/format';
import { refusal } from './graph-errors';

type Row = DeskIssuedCardsQuery['issuedCards']['edges'][number]['node'];
const PAGE = 20;

/**
 * The unit's cards, newest first, a page at a time; with `renewals` only the active cards
 * that end within 30 days (the worker who knows the client reminds them: no contact data
 * is stored).
 */
export function CardList({ distributorId, renewals, onOpen }: { distributorId: string; renewals: boolean; onOpen: (number: string) => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (after: string | null) => {
    setBusy(true);
    try {
      const { issuedCards } = await query(DeskIssuedCardsDocument, { distributorId, first: PAGE, after, expiringWithinDays: renewals ? 30 : null });
      setRows((old) => [...(after ? old : []), ...issuedCards.edges.map((edge) => edge.node)]);
      setTotal(issuedCards.totalCount);
      setNext(issuedCards.pageInfo.hasNextPage ? issuedCards.pageInfo.endCursor ?? null : null);
      setFailure(null);
    } catch (error) {
      setFailure(t(`desk.refusal.${refusal(error, []).key}`));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    void load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [distributorId, renewals]);

  const title = renewals ? t('desk.list.renewalsTitle') : t('desk.list.title');
  return (
    <section className="card-list" aria-labelledby="list-title">
      <h2 id="list-title">{title}</h2>
      {renewals && <p>{t('desk.list.renewalsIntro')}</p>}
      {failure && <p className="error" role="alert">{failure}</p>}
      {total !== null && <p role="status">{t('desk.list.count', { count: total, shown: rows.length })}</p>}
      {rows.length > 0 && (
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('desk.list.number')}</th>
              <th scope="col">{t('desk.card.status')}</th>
              <th scope="col">{t('desk.card.validUntil')}</th>
              <th scope="col">{t('desk.list.children')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <button type="button" className="link-button number" onClick={() => onOpen(row.number)}
                    aria-label={t('desk.list.open', { number: row.number })}>{row.number}</button>
                </td>
                <td>{t(`desk.status.${row.status}`)}{row.kind === 'COMMUNITY' ? ` · ${t('desk.list.community')}` : ''}</td>
                <td>{formatDate(row.validUntil)}</td>
                <td>{row.kind === 'COMMUNITY' ? '–' : row.children}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && <Button type="button" variant="secondary" disabled={busy} onClick={() => void load(next)}>{t('desk.list.more')}</Button>}
    </section>
  );
}

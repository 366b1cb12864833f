import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { GraphError, OfflineError, query } from '../../graph/client';
import { HolderCardDocument, type HolderCardQuery } from '../../gql/graphql';
import { formatDate, formatNumber, localized } from '../../ui/format';
import { CardNumberEntry } from '../door/CardNumberEntry';
import '../directory/directory.css';

type HolderCard = HolderCardQuery['holderCard'];

/**
 * The holder's own page: type the card number or scan the card's QR code, see what the card
 * allows and when to renew it. The number is kept in this page's memory only (never in the URL).
 */
export default function MyCard() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [card, setCard] = useState<HolderCard | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  const look = async (number: string) => {
    setFailure(null);
    setCard(null);
    setProblem(null);
    const attempt = ++latest.current;
    setBusy(true);
    try {
      const { holderCard } = await query(HolderCardDocument, { number });
      if (attempt === latest.current) setCard(holderCard);
    } catch (error) {
      if (attempt !== latest.current) return;
      if (error instanceof GraphError && error.code === 'BAD_USER_INPUT') setProblem(t('myCard.numberProblem.CHECK_CHARACTER'));
      else if (error instanceof GraphError && error.code === 'RATE_LIMITED') setFailure(t('myCard.tooMany'));
      else if (error instanceof OfflineError) setFailure(t('myCard.offline'));
      else setFailure(t('errors.INTERNAL_SERVER_ERROR'));
    } finally {
      if (attempt === latest.current) setBusy(false);
    }
  };
  return (
    <div className="my-card">
      <Heading variant="h1">{t('myCard.title')}</Heading>
      <p>{t('myCard.intro')}</p>
      {/* A wrong check character gets the same words as a number of no card: "check the number". */}
      <CardNumberEntry messages="myCard" submitLabel={t('myCard.show')} busy={busy} problem={problem} onNumber={(number) => void look(number)}
        onInvalid={() => { setFailure(null); setCard(null); setProblem(null); }} />
      {failure && <p role="alert" className="error">{failure}</p>}
      <div aria-live="polite" className="answer-region">{card && <CardAnswer card={card} />}</div>
      <p className="muted">{t('myCard.privacy')}</p>
    </div>
  );
}

function CardAnswer({ card }: { card: HolderCard }) {
  const { t } = useTranslation();
  const issuer = localized(card.issuer.name);
  const expired = card.daysLeft < 0;
  return (
    <div className={expired ? 'answer invalid' : 'answer valid'}>
      <p className="answer-title">{expired ? t('myCard.expired', { date: formatDate(card.validUntil) }) : t('myCard.valid')}</p>
      {card.renewalDue && !expired && (
        <p className="renewal" role="note">
          {card.daysLeft === 0 ? t('myCard.renewToday', { issuer }) : t('myCard.renewSoon', { count: card.daysLeft, date: formatDate(card.validUntil), issuer })}
        </p>
      )}
      {expired && <p className="renewal" role="note">{t('myCard.renewExpired', { issuer })}</p>}
      <dl>
        <dt>{t('myCard.validUntil')}</dt>
        <dd>{formatDate(card.validUntil)}</dd>
        <dt>{t('myCard.children')}</dt>
        <dd>{formatNumber(card.children)}</dd>
        <dt>{t('myCard.homeArea')}</dt>
        <dd>{localized(card.homeArea.name)}</dd>
        <dt>{t('myCard.usesThisYear')}</dt>
        <dd>{formatNumber(card.usesThisYear)}</dd>
        <dt>{t('myCard.renewAt')}</dt>
        <dd>
          {issuer}
          {card.issuer.venues.map((venue) => (
            <span key={venue.id} className="address">{[venue.streetAddress, venue.postalCode].filter(Boolean).join(', ')}</span>
          ))}
          {card.issuer.website && <a className="address" href={card.issuer.website} rel="noopener noreferrer">{t('myCard.issuerWebsite')}</a>}
        </dd>
      </dl>
    </div>
  );
}

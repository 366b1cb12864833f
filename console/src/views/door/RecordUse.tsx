import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import type { DoorVenueQuery, UseCategory } from '../../gql/graphql';
import { formatNumber, localized } from '../../ui/format';
import type { CheckedCard } from './CheckCard';
import { enqueue, flush, type RecordedUse } from './queue';

const CATEGORIES: UseCategory[] = ['CULTURE', 'EDUCATION', 'SCIENCE', 'SPORT'];
/** When the card could not be verified (offline), the graph checks the numbers later. */
const UNVERIFIED_CHILDREN_MAX = 20;

/**
 * "Record use" for a checked card. The idempotency key is made once per intended use (when
 * this form appears); a double click, a retry or a resend after a reload carries the same key.
 */
export function RecordUse({ card, venueId, venue, onRecorded }: { card: CheckedCard; venueId: string; venue: DoorVenueQuery['partner'] | null; onRecorded: () => void }) {
  const { t } = useTranslation();
  const key = useRef(crypto.randomUUID());
  const sending = useRef(false);
  const topCategory = venue?.categories.find((category) => !category.parentCode && CATEGORIES.includes(category.code as UseCategory))?.code as UseCategory | undefined;
  const [category, setCategory] = useState<UseCategory>(topCategory ?? 'CULTURE');
  const [adult, setAdult] = useState(true);
  const [children, setChildren] = useState(0);
  const [assistant, setAssistant] = useState(false);
  const [coursePlaces, setCoursePlaces] = useState(1);
  const [offerId, setOfferId] = useState('');
  const [state, setState] = useState<'form' | 'queued' | 'stored'>('form');
  const [stored, setStored] = useState<RecordedUse | null>(null);
  const verification = card.verification;
  if (verification && !verification.valid) return null;
  const childrenMax = verification ? verification.children ?? 0 : UNVERIFIED_CHILDREN_MAX;
  const offers = (venue?.offers ?? []).filter((offer) => offer.active);

  const record = async (event: FormEvent) => {
    event.preventDefault();
    if (sending.current || state !== 'form') return;
    sending.current = true;
    await enqueue({
      key: key.current,
      queuedAt: new Date().toISOString(),
      input: {
        cardNumber: card.number,
        partnerId: venueId,
        category,
        offerId: offerId || undefined,
        adultTickets: adult ? 1 : 0,
        childTickets: category === 'EDUCATION' ? 0 : children,
        assistantTickets: assistant ? 1 : 0,
        coursePlaces: category === 'EDUCATION' ? coursePlaces : 0,
        idempotencyKey: key.current,
      },
    });
    const sent = await flush();
    const use = sent.get(key.current);
    setStored(use ?? null);
    setState(use ? 'stored' : 'queued');
    if (use) onRecorded(); // the offers' free places changed
  };

  if (state !== 'form') {
    return (
      <p role="status" className={state === 'stored' ? 'confirmation' : 'confirmation queued'}>
        {state === 'stored' && stored
          ? t('door.recorded', { people: formatNumber(stored.adultTickets + stored.childTickets + stored.assistantTickets) })
          : t('door.queued')}
      </p>
    );
  }
  return (
    <form className="record" onSubmit={(event) => void record(event)}>
      <h2>{t('door.recordTitle')}</h2>
      <label className="check-field">
        <input type="checkbox" checked={adult} onChange={(event) => setAdult(event.target.checked)} />
        <span>{t('door.adult')}</span>
      </label>
      {category !== 'EDUCATION' && (
        <label className="field">
          <span>{t('door.childrenCount', { max: childrenMax })}</span>
          <input type="number" inputMode="numeric" min={0} max={childrenMax} value={children}
            onChange={(event) => setChildren(Math.max(0, Math.min(childrenMax, Number(event.target.value) || 0)))} />
        </label>
      )}
      <label className="check-field">
        <input type="checkbox" checked={assistant} onChange={(event) => setAssistant(event.target.checked)} />
        <span>{t('door.assistant')}</span>
      </label>
      <label className="field">
        <span>{t('door.category')}</span>
        <select value={category} onChange={(event) => setCategory(event.target.value as UseCategory)}>
          {CATEGORIES.map((code) => <option key={code} value={code}>{t(`category.${code}`)}</option>)}
        </select>
      </label>
      {category === 'EDUCATION' && (
        <label className="field">
          <span>{t('door.coursePlaces')}</span>
          <input type="number" inputMode="numeric" min={1} max={20} value={coursePlaces}
            onChange={(event) => setCoursePlaces(Math.max(1, Math.min(20, Number(event.target.value) || 1)))} />
        </label>
      )}
      {offers.length > 0 && (
        <label className="field">
          <span>{t('door.offer')}</span>
          <select value={offerId} onChange={(event) => setOfferId(event.target.value)}>
            <option value="">{t('door.noOffer')}</option>
            {offers.map((offer) => (
              <option key={offer.id} value={offer.id} disabled={offer.availability?.soldOut === true}>
                {/* No availability when the count cannot be read right now: the title alone, no figure. */}
                {!offer.availability ? localized(offer.title) : `${localized(offer.title)}: ${offer.availability.soldOut ? t('door.soldOut') : offer.availability.freePlaces === null || offer.availability.freePlaces === undefined ? t('door.noLimit') : t('door.freePlaces', { count: offer.availability.freePlaces })}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <Button type="submit">{t('door.record')}</Button>
    </form>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { query } from '../../graph/client';
import { DoorVenueDocument, type DoorVenueQuery } from '../../gql/graphql';
import { localized } from '../../ui/format';
import { useSession } from '../../ui/useSession';
import { CheckCard, type CheckedCard } from './CheckCard';
import { RecordUse } from './RecordUse';
import { Outbox } from './Outbox';

/** The door: check a card, record its use, see today's uses (PARTNER_STAFF). */
export function Door() {
  const { t } = useTranslation();
  const session = useSession();
  const venueIds = [...new Set(session?.grants.filter((grant) => grant.role === 'PARTNER_STAFF' && grant.partnerId).map((grant) => grant.partnerId!))];
  const [venueId, setVenueId] = useState(venueIds[0] ?? '');
  const [venues, setVenues] = useState<Record<string, DoorVenueQuery['partner']>>({});
  const [checked, setChecked] = useState<CheckedCard | null>(null);

  const loadVenue = (id: string) =>
    void query(DoorVenueDocument, { id })
      .then(({ partner }) => setVenues((known) => ({ ...known, [id]: partner })))
      .catch(() => undefined); // offline: the door works without the venue's name and offers
  useEffect(() => {
    venueIds.forEach(loadVenue);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [venueIds.join()]);

  const venue = venues[venueId] ?? null;
  return (
    <section className="door">
      <Heading variant="h1">{t('door.title')}</Heading>
      {venueIds.length > 1 ? (
        <label className="field">
          <span>{t('door.venue')}</span>
          <select value={venueId} onChange={(event) => { setVenueId(event.target.value); setChecked(null); }}>
            {venueIds.map((id) => <option key={id} value={id}>{localized(venues[id]?.name) || id}</option>)}
          </select>
        </label>
      ) : (
        venue && <p className="venue-name">{localized(venue.name)}</p>
      )}
      <CheckCard venueId={venueId} onChecked={setChecked} />
      {checked && <RecordUse key={checked.attempt} card={checked} venueId={venueId} venue={venue} onRecorded={() => loadVenue(venueId)} />}
      <Outbox venueId={venueId} />
    </section>
  );
}

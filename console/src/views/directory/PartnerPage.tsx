import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import { GraphError, query } from '../../graph/client';
import { DirectoryPartnerDocument, type DirectoryPartnerQuery } from '../../gql/graphql';
import { formatDate, formatNumber, localized } from '../../ui/format';
import { failureText } from './Directory';
import './directory.css';

type Partner = NonNullable<DirectoryPartnerQuery['partner']>;
type Offer = Partner['offers'][number];

/** A partner's page in the directory: offers with today's free places, venues, accessibility, website. */
export default function PartnerPage() {
  const { t } = useTranslation();
  const { partnerId = '' } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const [partner, setPartner] = useState<Partner | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setPartner(undefined);
    query(DirectoryPartnerDocument, { id: partnerId }).then(
      ({ partner: found }) => current && setPartner(found ?? null),
      (error) => {
        if (!current) return;
        // An id that is not an id is a page that does not exist, like an unknown one.
        if (error instanceof GraphError && error.code === 'BAD_USER_INPUT') setPartner(null);
        else setFailure(failureText(t, error));
      },
    );
    return () => {
      current = false;
    };
  }, [partnerId, t]);

  const back = (location.state as { search?: string } | null)?.search ?? (params.get('lang') ? `?lang=${params.get('lang')}` : '');
  const backLink = <p><Link to={`/directory${back}`}>{t('directory.back')}</Link></p>;
  if (failure) return <>{backLink}<p role="alert" className="error">{failure}</p></>;
  if (partner === undefined) return <p>{t('common.loading')}</p>;
  if (partner === null) return <>{backLink}<Heading variant="h1">{t('directory.notFound')}</Heading></>;

  const municipalities = new Map(partner.area.municipalities.map((municipality) => [municipality.code, municipality.name]));
  const accessibility = localized(partner.accessibility);
  return (
    <div className="partner-page">
      {backLink}
      <Heading variant="h1">{localized(partner.name)}</Heading>
      <p className="muted">
        {[partner.categories.map((category) => localized(category.name)).join(', '), localized(partner.area.name)].filter(Boolean).join(' · ')}
      </p>
      {partner.website && (
        <p><a href={partner.website} rel="noopener noreferrer">{t('directory.website')}<span className="visually-hidden">: {localized(partner.name)}</span></a></p>
      )}

      <section aria-labelledby="offers-heading">
        <h2 id="offers-heading">{t('directory.offers')}</h2>
        {partner.offers.length === 0 ? <p>{t('directory.noOffers')}</p> : (
          <ul className="offers">
            {partner.offers.map((offer) => (
              <li key={offer.id}>
                <h3>{localized(offer.title)}</h3>
                {offer.description && <p>{localized(offer.description)}</p>}
                <p className="muted">{t('directory.validity', { from: formatDate(offer.validFrom), until: formatDate(offer.validUntil) })}</p>
                <FreePlaces offer={offer} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="venues-heading">
        <h2 id="venues-heading">{t('directory.venues')}</h2>
        <ul className="venues">
          {partner.venues.map((venue) => (
            <li key={venue.id}>
              {venue.name && <strong>{localized(venue.name)}: </strong>}
              {[venue.streetAddress, [venue.postalCode, localized(municipalities.get(venue.municipalityCode))].filter(Boolean).join(' ')].filter(Boolean).join(', ')}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="accessibility-heading">
        <h2 id="accessibility-heading">{t('directory.accessibility')}</h2>
        <p>{accessibility || t('directory.noAccessibility')}</p>
      </section>
    </div>
  );
}

/** Today's free places in words: a number, no limit, or why there are none. */
function FreePlaces({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const availability = offer.availability;
  if (!availability) return <p className="free-places">{t('directory.places.unknown')}</p>;
  if (availability.reason) return <p className="free-places none">{t(`directory.places.${availability.reason}`)}</p>;
  if (availability.freePlaces === null || availability.freePlaces === undefined) return <p className="free-places">{t('directory.places.unlimited')}</p>;
  return <p className="free-places">{t('directory.places.free', { count: availability.freePlaces, formatted: formatNumber(availability.freePlaces) })}</p>;
}

import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { query } from '../../graph/client';
import { AreaNetworkDocument, type AreaNetworkQuery } from '../../gql/graphql';
import { formatDate, localized } from '../../ui/format';
import { Checks } from './Checks';
import { fromGraph } from './form';
import { capText, freeText } from './offers';
import { RegisterPartner } from './RegisterPartner';
import { useLoad } from './useLoad';

type Partner = NonNullable<AreaNetworkQuery['area']>['partners']['edges'][number]['node'];
const NETWORK_RULES = ['THIRD_SECTOR_ACTOR', 'THIRD_SECTOR_DISTRIBUTOR', 'CARD_DISTRIBUTOR', 'PARTNER_AGREEMENTS'];

/** The link to one partner's page, keeping the other parameters (the language). */
export function usePartnerLink() {
  const [params] = useSearchParams();
  return (id: string) => {
    const next = new URLSearchParams(params);
    next.set('tab', 'network');
    next.set('partner', id);
    return `?${next.toString()}`;
  };
}

/** The network tab: the third-sector issuer rule, the partners by role and sector, a new partner. */
export function Network({ code, onChanged }: { code: string; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const partnerLink = usePartnerLink();
  const [more, setMore] = useState<Partner[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const network = useLoad(async () => {
    const answer = await query(AreaNetworkDocument, { code });
    setMore([]);
    setCursor(answer.area?.partners.pageInfo.hasNextPage ? answer.area.partners.pageInfo.endCursor ?? null : null);
    return answer;
  }, code);

  if (network.error) return <p role="alert" className="error">{fromGraph(network.error, t, {}).formError}</p>;
  const area = network.data?.area;
  if (!area) return <p>{t('common.loading')}</p>;
  const partners = [...area.partners.edges.map((edge) => edge.node), ...more];
  const showMore = async () => {
    if (!cursor) return;
    const page = await query(AreaNetworkDocument, { code, after: cursor });
    setMore((known) => [...known, ...(page.area?.partners.edges.map((edge) => edge.node) ?? [])]);
    setCursor(page.area?.partners.pageInfo.hasNextPage ? page.area.partners.pageInfo.endCursor ?? null : null);
  };
  const groups: { key: string; members: Partner[] }[] = [
    { key: 'distributors', members: partners.filter((partner) => partner.roles.includes('CARD_DISTRIBUTOR') && !partner.roles.includes('CULTURE_PARTNER')) },
    { key: 'both', members: partners.filter((partner) => partner.roles.includes('CARD_DISTRIBUTOR') && partner.roles.includes('CULTURE_PARTNER')) },
    { key: 'culture', members: partners.filter((partner) => partner.roles.includes('CULTURE_PARTNER') && !partner.roles.includes('CARD_DISTRIBUTOR')) },
  ];
  const counts = area.partnerCounts;

  return (
    <>
      <section aria-labelledby="area-rule-heading" className="area-section">
        <Heading variant="h2" id="area-rule-heading">{t('area.network.ruleTitle')}</Heading>
        <p className="rule">{t('area.network.rule')}</p>
        <Checks checks={area.readiness.checks.filter((check) => NETWORK_RULES.includes(check.code))} />
        <dl className="facts">
          <dt>{t('area.network.total')}</dt><dd>{counts.total}</dd>
          <dt>{t('area.network.distributors')}</dt><dd>{counts.distributors}</dd>
          <dt>{t('area.network.culturePartners')}</dt><dd>{counts.culturePartners}</dd>
          <dt>{t('area.network.thirdSector')}</dt><dd>{counts.thirdSector}</dd>
          <dt>{t('area.network.withAgreement')}</dt><dd>{counts.withSignedAgreement}</dd>
          <dt>{t('area.network.withPrinciples')}</dt><dd>{counts.withPrinciplesAccepted}</dd>
        </dl>
      </section>
      <section aria-labelledby="area-partners-heading" className="area-section">
        <Heading variant="h2" id="area-partners-heading">{t('area.network.partnersTitle', { count: area.partners.totalCount })}</Heading>
        {registering ? (
          <RegisterPartner
            code={code}
            onCancel={() => setRegistering(false)}
            onDone={async (id) => {
              setRegistering(false);
              await onChanged();
              navigate(partnerLink(id));
            }}
          />
        ) : (
          <div className="section-actions"><Button onClick={() => setRegistering(true)}>{t('area.network.register')}</Button></div>
        )}
        {groups.filter((group) => group.members.length).map((group) => (
          <div key={group.key} className="partner-group">
            <Heading variant="h3">{t(`area.network.group.${group.key}`, { count: group.members.length })}</Heading>
            <ul className="partners">
              {group.members.map((partner) => (
                <li key={partner.id} className={partner.active ? undefined : 'inactive'}>
                  <Link to={partnerLink(partner.id)} className="partner-name">{localized(partner.name)}</Link>
                  <p>
                    <span className={partner.sector === 'THIRD_SECTOR' ? 'tag third' : 'tag'}>{t(`area.partnerSector.${partner.sector}`)}</span>
                    {!partner.active && <span className="tag">{t('area.partner.inactive')}</span>}
                  </p>
                  <p className="muted">
                    {partner.agreementSignedOn ? t('area.partner.agreementOn', { date: formatDate(partner.agreementSignedOn) }) : t('area.partner.noAgreement')}
                    {' · '}
                    {partner.principlesVersion ? t('area.partner.principles', { version: partner.principlesVersion }) : t('area.partner.noPrinciples')}
                  </p>
                  {partner.offers.length > 0 && (
                    <ul className="offer-lines" aria-label={t('area.partner.offersOf', { name: localized(partner.name) })}>
                      {partner.offers.map((offer) => (
                        <li key={offer.id}>
                          {localized(offer.title)}: {capText(t, offer.cap)}
                          {/* Without a cap "no cap" says it all, unless nothing is free for another reason. */}
                          {(offer.cap || offer.availability?.reason) && <> · <strong>{freeText(t, offer.availability)}</strong></>}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
        {partners.length === 0 && <p>{t('area.network.empty')}</p>}
        {cursor && <Button variant="secondary" onClick={() => void showMore()}>{t('area.network.more')}</Button>}
      </section>
    </>
  );
}

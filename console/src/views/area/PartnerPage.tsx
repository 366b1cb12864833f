import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { mutate, query } from '../../graph/client';
import {
  AreaAcceptPrinciplesDocument,
  AreaAddVenueDocument,
  AreaPartnerDocument,
  AreaRecordPartnerAgreementDocument,
  AreaRemoveVenueDocument,
  AreaSetPartnerCategoriesDocument,
  AreaSetPartnerContactsDocument,
  type AreaPartnerQuery,
} from '../../gql/graphql';
import { formatDate, localized } from '../../ui/format';
import { ChoiceField, EMAIL, FormError, ISO_DATE, PHONE, TextField, todayInFinland, useForm, type Errors } from './form';
import { Offers } from './Offers';
import { useCategoryOptions } from './RegisterPartner';
import { useLoad } from './useLoad';

export type PartnerDetail = NonNullable<AreaPartnerQuery['partner']>;

/** One partner of the area: agreement and principles, categories, venues, contacts, offers. */
export function PartnerPage({ id, code, backTo }: { id: string; code: string; backTo: string }) {
  const { t } = useTranslation();
  const loaded = useLoad(() => query(AreaPartnerDocument, { id }), id);
  const partner = loaded.data?.partner;
  const back = <p><Link to={backTo}>{t('area.partner.back')}</Link></p>;
  if (loaded.error || (loaded.data && (!partner || partner.area.code !== code))) {
    return (<>{back}<p role="alert" className="error">{t('area.partner.notHere')}</p></>);
  }
  if (!partner) return <p>{t('common.loading')}</p>;
  const reload = loaded.reload;
  return (
    <>
      {back}
      <section aria-labelledby="partner-heading" className="area-section">
        <Heading variant="h2" id="partner-heading">{localized(partner.name)}</Heading>
        <dl className="facts">
          <dt>{t('area.partner.roles')}</dt>
          <dd>{partner.roles.map((role) => t(`area.role.${role}`)).join(', ')}</dd>
          <dt>{t('area.partner.sector')}</dt>
          <dd>{t(`area.partnerSector.${partner.sector}`)}</dd>
          <dt>{t('area.partner.state')}</dt>
          <dd>{partner.active ? t('area.partner.active') : t('area.partner.inactive')}</dd>
          {partner.website && (<><dt>{t('area.partner.website')}</dt><dd>{partner.website}</dd></>)}
        </dl>
      </section>
      <Commitments partner={partner} reload={reload} />
      <Categories partner={partner} reload={reload} />
      <Venues partner={partner} reload={reload} />
      <Contacts partner={partner} reload={reload} />
      <Offers partner={partner} reload={reload} />
    </>
  );
}

interface Part {
  partner: PartnerDetail;
  reload: () => Promise<void>;
}

/** The trial agreement with the area and the national operating principles. */
function Commitments({ partner, reload }: Part) {
  const { t } = useTranslation();
  const [signedOn, setSignedOn] = useState(partner.agreementSignedOn ?? todayInFinland());
  const [validUntil, setValidUntil] = useState(partner.agreementValidUntil ?? '');
  const [version, setVersion] = useState(partner.principlesVersion ?? '');
  const agreement = useForm();
  const principles = useForm();
  const [saved, setSaved] = useState<string | null>(null);

  const recordAgreement = async () => {
    const errors: Errors = {};
    if (!ISO_DATE.test(signedOn) || signedOn > todayInFinland()) errors.signedOn = t('area.invalid.signedOn');
    if (validUntil && (!ISO_DATE.test(validUntil) || validUntil < signedOn)) errors.validUntil = t('area.invalid.agreementValidUntil');
    if (await agreement.run(errors, () => mutate(AreaRecordPartnerAgreementDocument, { partnerId: partner.id, signedOn, validUntil: validUntil || null }))) {
      setSaved(t('area.partner.agreementSaved'));
      await reload();
    }
  };
  const accept = async () => {
    const errors: Errors = /^\d{4}-\d{1,3}$/.test(version.trim()) ? {} : { version: t('area.invalid.version') };
    if (await principles.run(errors, () => mutate(AreaAcceptPrinciplesDocument, { partnerId: partner.id, version: version.trim() }))) {
      setSaved(t('area.partner.principlesSaved'));
      await reload();
    }
  };

  return (
    <section aria-labelledby="partner-commitments" className="area-section">
      <Heading variant="h3" id="partner-commitments">{t('area.partner.commitments')}</Heading>
      <p role="status" className="confirmation">{saved}</p>
      <p>
        {partner.agreementSignedOn
          ? t('area.partner.agreementOn', { date: formatDate(partner.agreementSignedOn) }) + (partner.agreementValidUntil ? ` ${t('area.partner.until', { date: formatDate(partner.agreementValidUntil) })}` : '')
          : t('area.partner.noAgreement')}
      </p>
      <form className="inline-form" aria-label={t('area.partner.agreementForm')} onSubmit={(event) => { event.preventDefault(); void recordAgreement(); }} noValidate>
        <TextField label={t('area.partner.agreementSignedOn')} type="date" value={signedOn} onChange={setSignedOn} error={agreement.errors.signedOn} />
        <TextField label={t('area.partner.agreementValidUntil')} type="date" value={validUntil} onChange={setValidUntil} error={agreement.errors.validUntil} optional />
        <FormError message={agreement.formError} />
        <Button type="submit" disabled={agreement.busy}>{t('area.partner.recordAgreement')}</Button>
      </form>
      <p>
        {partner.principlesVersion && partner.principlesAcceptedOn
          ? t('area.partner.principlesOn', { version: partner.principlesVersion, date: formatDate(partner.principlesAcceptedOn) })
          : t('area.partner.noPrinciples')}
      </p>
      <form className="inline-form" aria-label={t('area.partner.principlesForm')} onSubmit={(event) => { event.preventDefault(); void accept(); }} noValidate>
        <TextField label={t('area.partner.version')} hint={t('area.partner.versionHint')} value={version} onChange={setVersion} error={principles.errors.version} />
        <FormError message={principles.formError} />
        <Button type="submit" disabled={principles.busy}>{t('area.partner.accept')}</Button>
      </form>
    </section>
  );
}

function Categories({ partner, reload }: Part) {
  const { t } = useTranslation();
  const options = useCategoryOptions();
  const [chosen, setChosen] = useState(partner.categories.map((category) => category.code));
  const form = useForm();
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setSaved(false);
    if (await form.run({}, () => mutate(AreaSetPartnerCategoriesDocument, { partnerId: partner.id, categories: chosen }))) {
      setSaved(true);
      await reload();
    }
  };
  return (
    <section aria-labelledby="partner-categories" className="area-section">
      <Heading variant="h3" id="partner-categories">{t('area.partner.categories')}</Heading>
      <form className="inline-form" aria-label={t('area.partner.categories')} onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
        <ChoiceField legend={t('area.partner.categoriesLegend')} options={options} chosen={chosen} onChange={setChosen} error={form.errors.categories} />
        <FormError message={form.formError} />
        <p role="status" className="confirmation">{saved ? t('area.partner.categoriesSaved') : null}</p>
        <Button type="submit" disabled={form.busy}>{t('area.partner.saveCategories')}</Button>
      </form>
    </section>
  );
}

function Venues({ partner, reload }: Part) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [street, setStreet] = useState('');
  const [postalCode, setPostalCode] = useState('');
  const [municipality, setMunicipality] = useState('');
  const form = useForm({ 'name.fi': 'venueName' });
  const removal = useForm();
  const add = async () => {
    const errors: Errors = {};
    if (!street.trim()) errors.streetAddress = t('area.invalid.streetAddress');
    if (postalCode.trim() && !/^\d{5}$/.test(postalCode.trim())) errors.postalCode = t('area.invalid.postalCode');
    if (!/^\d{3}$/.test(municipality.trim())) errors.municipalityCode = t('area.invalid.municipalityCode');
    const input = { name: name.trim() ? { fi: name.trim() } : null, streetAddress: street.trim(), postalCode: postalCode.trim() || null, municipalityCode: municipality.trim() };
    if (await form.run(errors, () => mutate(AreaAddVenueDocument, { partnerId: partner.id, input }))) {
      setName('');
      setStreet('');
      setPostalCode('');
      setMunicipality('');
      await reload();
    }
  };
  return (
    <section aria-labelledby="partner-venues" className="area-section">
      <Heading variant="h3" id="partner-venues">{t('area.partner.venues')}</Heading>
      {partner.venues.length === 0 ? <p className="muted">{t('area.partner.noVenues')}</p> : (
        <ul className="venues">
          {partner.venues.map((venue) => {
            const label = [localized(venue.name), venue.streetAddress, venue.postalCode].filter(Boolean).join(', ');
            return (
              <li key={venue.id}>
                <span>{label} ({venue.municipalityCode})</span>
                <Button variant="secondary" disabled={removal.busy} onClick={() => void removal.run({}, () => mutate(AreaRemoveVenueDocument, { id: venue.id })).then(async (ok) => { if (ok) await reload(); })}>
                  {t('area.partner.removeVenue', { venue: label })}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <FormError message={removal.formError} />
      <form className="inline-form" aria-label={t('area.partner.addVenue')} onSubmit={(event) => { event.preventDefault(); void add(); }} noValidate>
        <Heading variant="h4">{t('area.partner.addVenue')}</Heading>
        <TextField label={t('area.partner.venueName')} value={name} onChange={setName} error={form.errors.venueName} optional />
        <TextField label={t('area.partner.streetAddress')} value={street} onChange={setStreet} error={form.errors.streetAddress} autoComplete="street-address" />
        <TextField label={t('area.partner.postalCode')} value={postalCode} onChange={setPostalCode} error={form.errors.postalCode} inputMode="numeric" optional autoComplete="postal-code" />
        <TextField label={t('area.partner.municipalityCode')} hint={t('area.partner.municipalityHint')} value={municipality} onChange={setMunicipality} error={form.errors.municipalityCode} inputMode="numeric" />
        <FormError message={form.formError} />
        <Button type="submit" disabled={form.busy}>{t('area.partner.addVenueNow')}</Button>
      </form>
    </section>
  );
}

type ContactRow = { name: string; email: string; phone: string };

function Contacts({ partner, reload }: Part) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<ContactRow[]>(() => (partner.contacts ?? []).map((contact) => ({ name: contact.name, email: contact.email ?? '', phone: contact.phone ?? '' })));
  const form = useForm();
  const [saved, setSaved] = useState(false);
  const change = (index: number, field: keyof ContactRow, value: string) => setRows((known) => known.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  const save = async () => {
    setSaved(false);
    const errors: Errors = {};
    rows.forEach((row, index) => {
      if (!row.name.trim()) errors[`contacts.${index}.name`] = t('area.invalid.contactName');
      if (row.email.trim() && !EMAIL.test(row.email.trim())) errors[`contacts.${index}.email`] = t('area.invalid.email');
      if (row.phone.trim() && !PHONE.test(row.phone.trim())) errors[`contacts.${index}.phone`] = t('area.invalid.phone');
    });
    const contacts = rows.map((row) => ({ name: row.name.trim(), email: row.email.trim() || null, phone: row.phone.trim() || null }));
    if (await form.run(errors, () => mutate(AreaSetPartnerContactsDocument, { partnerId: partner.id, contacts }))) {
      setSaved(true);
      await reload();
    }
  };
  return (
    <section aria-labelledby="partner-contacts" className="area-section">
      <Heading variant="h3" id="partner-contacts">{t('area.partner.contacts')}</Heading>
      <form className="inline-form" aria-label={t('area.partner.contacts')} onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
        {rows.length === 0 && <p className="muted">{t('area.partner.noContacts')}</p>}
        {rows.map((row, index) => (
          <fieldset key={index} className="contact-row">
            <legend>{t('area.partner.contactNumber', { number: index + 1 })}</legend>
            <TextField label={t('area.partner.contactName')} value={row.name} onChange={(value) => change(index, 'name', value)} error={form.errors[`contacts.${index}.name`]} />
            <TextField label={t('area.group.email')} type="email" value={row.email} onChange={(value) => change(index, 'email', value)} error={form.errors[`contacts.${index}.email`]} optional />
            <TextField label={t('area.group.phone')} type="tel" value={row.phone} onChange={(value) => change(index, 'phone', value)} error={form.errors[`contacts.${index}.phone`]} optional />
            <Button variant="secondary" onClick={() => setRows((known) => known.filter((_, at) => at !== index))}>{t('area.partner.removeContact', { number: index + 1 })}</Button>
          </fieldset>
        ))}
        <div className="buttons">
          <Button variant="secondary" onClick={() => setRows((known) => [...known, { name: '', email: '', phone: '' }])}>{t('area.partner.addContact')}</Button>
          <Button type="submit" disabled={form.busy}>{t('area.partner.saveContacts')}</Button>
        </div>
        <FormError message={form.formError} />
        <p role="status" className="confirmation">{saved ? t('area.partner.contactsSaved') : null}</p>
      </form>
    </section>
  );
}

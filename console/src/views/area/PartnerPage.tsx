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
import { ChoiceField, EMAIL, FormError, ISO_DATE, PHONE, TextField, todayInFinland, useFocusOnOpen, useForm, type Errors } from './form';
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
  const [open, setOpen] = useState<'agreement' | 'principles' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const done = async (message: string) => {
    setOpen(null);
    setSaved(message);
    await reload();
  };
  return (
    <section aria-labelledby="partner-commitments" className="area-section">
      <Heading variant="h3" id="partner-commitments">{t('area.partner.commitments')}</Heading>
      <p role="status" className="confirmation">{saved}</p>
      <p className="current">
        {partner.agreementSignedOn
          ? t('area.partner.agreementOn', { date: formatDate(partner.agreementSignedOn) }) + (partner.agreementValidUntil ? `, ${t('area.partner.until', { date: formatDate(partner.agreementValidUntil) })}` : '')
          : t('area.partner.noAgreement')}
      </p>
      {open === 'agreement'
        ? <AgreementForm partner={partner} onDone={() => done(t('area.partner.agreementSaved'))} onCancel={() => setOpen(null)} />
        : <Button variant="secondary" onClick={() => setOpen('agreement')}>{t('area.partner.recordAgreement')}</Button>}
      <p className="current">
        {partner.principlesVersion && partner.principlesAcceptedOn
          ? t('area.partner.principlesOn', { version: partner.principlesVersion, date: formatDate(partner.principlesAcceptedOn) })
          : t('area.partner.noPrinciples')}
      </p>
      {open === 'principles'
        ? <PrinciplesForm partner={partner} onDone={() => done(t('area.partner.principlesSaved'))} onCancel={() => setOpen(null)} />
        : <Button variant="secondary" onClick={() => setOpen('principles')}>{t('area.partner.accept')}</Button>}
    </section>
  );
}

interface PartForm {
  partner: PartnerDetail;
  onDone: () => Promise<void>;
  onCancel: () => void;
}

function AgreementForm({ partner, onDone, onCancel }: PartForm) {
  const { t } = useTranslation();
  const [signedOn, setSignedOn] = useState(partner.agreementSignedOn ?? todayInFinland());
  const [validUntil, setValidUntil] = useState(partner.agreementValidUntil ?? '');
  const form = useForm();
  const opened = useFocusOnOpen();
  const save = async () => {
    const errors: Errors = {};
    if (!ISO_DATE.test(signedOn) || signedOn > todayInFinland()) errors.signedOn = t('area.invalid.signedOn');
    if (validUntil && (!ISO_DATE.test(validUntil) || validUntil < signedOn)) errors.validUntil = t('area.invalid.agreementValidUntil');
    if (await form.run(errors, () => mutate(AreaRecordPartnerAgreementDocument, { partnerId: partner.id, signedOn, validUntil: validUntil || null }))) await onDone();
  };
  return (
    <form ref={opened} className="inline-form" aria-label={t('area.partner.agreementForm')} onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
      <TextField label={t('area.partner.agreementSignedOn')} type="date" value={signedOn} onChange={setSignedOn} error={form.errors.signedOn} />
      <TextField label={t('area.partner.agreementValidUntil')} type="date" value={validUntil} onChange={setValidUntil} error={form.errors.validUntil} optional />
      <FormError message={form.formError} />
      <div className="buttons">
        <Button type="submit" disabled={form.busy}>{t('area.form.save')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('area.form.cancel')}</Button>
      </div>
    </form>
  );
}

function PrinciplesForm({ partner, onDone, onCancel }: PartForm) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(partner.principlesVersion ?? '');
  const form = useForm();
  const opened = useFocusOnOpen();
  const save = async () => {
    const errors: Errors = /^\d{4}-\d{1,3}$/.test(version.trim()) ? {} : { version: t('area.invalid.version') };
    if (await form.run(errors, () => mutate(AreaAcceptPrinciplesDocument, { partnerId: partner.id, version: version.trim() }))) await onDone();
  };
  return (
    <form ref={opened} className="inline-form" aria-label={t('area.partner.principlesForm')} onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
      <TextField label={t('area.partner.version')} hint={t('area.partner.versionHint')} value={version} onChange={setVersion} error={form.errors.version} />
      <FormError message={form.formError} />
      <div className="buttons">
        <Button type="submit" disabled={form.busy}>{t('area.form.save')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('area.form.cancel')}</Button>
      </div>
    </form>
  );
}

function Categories({ partner, reload }: Part) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const names = partner.categories.map((category) => localized(category.name));
  return (
    <section aria-labelledby="partner-categories" className="area-section">
      <Heading variant="h3" id="partner-categories">{t('area.partner.categories')}</Heading>
      <p role="status" className="confirmation">{saved ? t('area.partner.categoriesSaved') : null}</p>
      <p className="current">{names.length ? names.join(', ') : t('area.partner.noCategories')}</p>
      {open ? (
        <CategoriesForm partner={partner} onDone={async () => { setOpen(false); setSaved(true); await reload(); }} onCancel={() => setOpen(false)} />
      ) : (
        <Button variant="secondary" onClick={() => { setSaved(false); setOpen(true); }}>{t('area.partner.changeCategories')}</Button>
      )}
    </section>
  );
}

function CategoriesForm({ partner, onDone, onCancel }: PartForm) {
  const { t } = useTranslation();
  const options = useCategoryOptions();
  const [chosen, setChosen] = useState(partner.categories.map((category) => category.code));
  const form = useForm();
  const opened = useFocusOnOpen(options.length > 0);
  const save = async () => {
    if (await form.run({}, () => mutate(AreaSetPartnerCategoriesDocument, { partnerId: partner.id, categories: chosen }))) await onDone();
  };
  return (
    <form ref={opened} className="inline-form" aria-label={t('area.partner.categories')} onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
      <ChoiceField columns legend={t('area.partner.categoriesLegend')} options={options} chosen={chosen} onChange={setChosen} error={form.errors.categories} />
      <FormError message={form.formError} />
      <div className="buttons">
        <Button type="submit" disabled={form.busy}>{t('area.partner.saveCategories')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('area.form.cancel')}</Button>
      </div>
    </form>
  );
}

function Venues({ partner, reload }: Part) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const removal = useForm();
  return (
    <section aria-labelledby="partner-venues" className="area-section">
      <Heading variant="h3" id="partner-venues">{t('area.partner.venues')}</Heading>
      {partner.venues.length === 0 ? <p className="muted">{t('area.partner.noVenues')}</p> : (
        <ul className="venues">
          {partner.venues.map((venue) => {
            const label = [localized(venue.name), venue.streetAddress, venue.postalCode].filter(Boolean).join(', ');
            return (
              <li key={venue.id}>
                <span>{t('area.partner.venueLine', { venue: label, municipality: venue.municipalityCode })}</span>
                <Button variant="secondary" disabled={removal.busy} onClick={() => void removal.run({}, () => mutate(AreaRemoveVenueDocument, { id: venue.id })).then(async (ok) => { if (ok) await reload(); })}>
                  {t('area.partner.remove')}<span className="visually-hidden"> {label}</span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <FormError message={removal.formError} />
      {adding
        ? <VenueForm partner={partner} onDone={async () => { setAdding(false); await reload(); }} onCancel={() => setAdding(false)} />
        : <Button variant="secondary" onClick={() => setAdding(true)}>{t('area.partner.addVenue')}</Button>}
    </section>
  );
}

function VenueForm({ partner, onDone, onCancel }: PartForm) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [street, setStreet] = useState('');
  const [postalCode, setPostalCode] = useState('');
  const [municipality, setMunicipality] = useState('');
  const form = useForm({ 'name.fi': 'venueName' });
  const opened = useFocusOnOpen();
  const add = async () => {
    const errors: Errors = {};
    if (!street.trim()) errors.streetAddress = t('area.invalid.streetAddress');
    if (postalCode.trim() && !/^\d{5}$/.test(postalCode.trim())) errors.postalCode = t('area.invalid.postalCode');
    if (!/^\d{3}$/.test(municipality.trim())) errors.municipalityCode = t('area.invalid.municipalityCode');
    const input = { name: name.trim() ? { fi: name.trim() } : null, streetAddress: street.trim(), postalCode: postalCode.trim() || null, municipalityCode: municipality.trim() };
    if (await form.run(errors, () => mutate(AreaAddVenueDocument, { partnerId: partner.id, input }))) await onDone();
  };
  return (
    <form ref={opened} className="inline-form" aria-label={t('area.partner.addVenue')} onSubmit={(event) => { event.preventDefault(); void add(); }} noValidate>
      <TextField label={t('area.partner.venueName')} value={name} onChange={setName} error={form.errors.venueName} optional />
      <TextField label={t('area.partner.streetAddress')} value={street} onChange={setStreet} error={form.errors.streetAddress} autoComplete="street-address" />
      <TextField label={t('area.partner.postalCode')} value={postalCode} onChange={setPostalCode} error={form.errors.postalCode} inputMode="numeric" optional autoComplete="postal-code" />
      <TextField label={t('area.partner.municipalityCode')} hint={t('area.partner.municipalityHint')} value={municipality} onChange={setMunicipality} error={form.errors.municipalityCode} inputMode="numeric" />
      <FormError message={form.formError} />
      <div className="buttons">
        <Button type="submit" disabled={form.busy}>{t('area.partner.addVenueNow')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('area.form.cancel')}</Button>
      </div>
    </form>
  );
}

type ContactRow = { name: string; email: string; phone: string };

function Contacts({ partner, reload }: Part) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const contacts = partner.contacts ?? [];
  return (
    <section aria-labelledby="partner-contacts" className="area-section">
      <Heading variant="h3" id="partner-contacts">{t('area.partner.contacts')}</Heading>
      <p role="status" className="confirmation">{saved ? t('area.partner.contactsSaved') : null}</p>
      {contacts.length === 0 ? <p className="muted">{t('area.partner.noContacts')}</p> : (
        <ul className="members">
          {contacts.map((contact, index) => (
            <li key={index}>
              <p className="member-name">{contact.name}</p>
              {(contact.email || contact.phone) && <p className="muted">{[contact.email, contact.phone].filter(Boolean).join(' · ')}</p>}
            </li>
          ))}
        </ul>
      )}
      {editing
        ? <ContactsForm partner={partner} onDone={async () => { setEditing(false); setSaved(true); await reload(); }} onCancel={() => setEditing(false)} />
        : <Button variant="secondary" onClick={() => { setSaved(false); setEditing(true); }}>{t('area.partner.changeContacts')}</Button>}
    </section>
  );
}

function ContactsForm({ partner, onDone, onCancel }: PartForm) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<ContactRow[]>(() => {
    const known = (partner.contacts ?? []).map((contact) => ({ name: contact.name, email: contact.email ?? '', phone: contact.phone ?? '' }));
    return known.length ? known : [{ name: '', email: '', phone: '' }];
  });
  // The graph names a contact's row for a blank name only (contacts.0.name), not for an email or phone.
  const form = useForm({}, (field) => /^contacts\.\d+\./.test(field));
  const opened = useFocusOnOpen();
  const change = (index: number, field: keyof ContactRow, value: string) => setRows((known) => known.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  const save = async () => {
    const errors: Errors = {};
    rows.forEach((row, index) => {
      if (!row.name.trim()) errors[`contacts.${index}.name`] = t('area.invalid.contactName');
      if (row.email.trim() && !EMAIL.test(row.email.trim())) errors[`contacts.${index}.email`] = t('area.invalid.email');
      if (row.phone.trim() && !PHONE.test(row.phone.trim())) errors[`contacts.${index}.phone`] = t('area.invalid.phone');
    });
    const contacts = rows.map((row) => ({ name: row.name.trim(), email: row.email.trim() || null, phone: row.phone.trim() || null }));
    if (await form.run(errors, () => mutate(AreaSetPartnerContactsDocument, { partnerId: partner.id, contacts }))) await onDone();
  };
  return (
    <form ref={opened} className="inline-form" aria-label={t('area.partner.contacts')} onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
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
      </div>
      <FormError message={form.formError} />
      <div className="buttons">
        <Button type="submit" disabled={form.busy}>{t('area.partner.saveContacts')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('area.form.cancel')}</Button>
      </div>
    </form>
  );
}

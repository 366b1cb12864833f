import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { mutate } from '../../graph/client';
import { AreaCreateOfferDocument, AreaUpdateOfferDocument, type CapKind, type OfferKind } from '../../gql/graphql';
import { formatDate, localized } from '../../ui/format';
import { FormError, ISO_DATE, SelectField, TextField, todayInFinland, useForm, type Errors, useFocusOnOpen } from './form';
import { capText, freeText } from './offers';
import type { PartnerDetail } from './PartnerPage';
import { useCategoryOptions } from './RegisterPartner';

type Offer = PartnerDetail['offers'][number];
const KINDS: OfferKind[] = ['TICKET', 'COURSE_PLACE', 'OTHER'];
const CAP_KINDS: CapKind[] = ['PER_EVENT', 'PER_PERIOD', 'SHARE_OF_CAPACITY'];

/** The partner's offers with their caps and today's free places; create one, change one. */
export function Offers({ partner, reload }: { partner: PartnerDetail; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const done = async (message: string) => {
    setEditing(null);
    setCreating(false);
    setSaved(message);
    await reload();
  };
  return (
    <section aria-labelledby="partner-offers" className="area-section">
      <Heading variant="h3" id="partner-offers">{t('area.offer.title')}</Heading>
      <p role="status" className="confirmation">{saved}</p>
      {partner.offers.length === 0 && <p className="muted">{t('area.offer.empty')}</p>}
      <ul className="offers">
        {partner.offers.map((offer) => (
          <li key={offer.id} className={offer.active ? undefined : 'inactive'}>
            {editing === offer.id ? (
              <OfferForm partner={partner} offer={offer} onDone={() => done(t('area.offer.changed'))} onCancel={() => setEditing(null)} />
            ) : (
              <>
                <p className="offer-title">{localized(offer.title)}</p>
                <p>
                  {t(`area.offerKind.${offer.kind}`)} · {t(`category.${offer.category.split('.')[0].toUpperCase()}`, { defaultValue: offer.category })}
                  {!offer.active && ` · ${t('area.offer.inactive')}`}
                </p>
                <p>{t('area.offer.valid', { from: formatDate(offer.validFrom), until: formatDate(offer.validUntil) })}</p>
                <p>{t('area.offer.cap')}: {capText(t, offer.cap)}</p>
                <p className="free-places"><strong>{freeText(t, offer.availability)}</strong></p>
                <Button variant="secondary" onClick={() => setEditing(offer.id)}>{t('area.offer.change', { title: localized(offer.title) })}</Button>
              </>
            )}
          </li>
        ))}
      </ul>
      {creating ? (
        <OfferForm partner={partner} onDone={() => done(t('area.offer.created'))} onCancel={() => setCreating(false)} />
      ) : (
        <Button onClick={() => setCreating(true)}>{t('area.offer.new')}</Button>
      )}
    </section>
  );
}

function OfferForm({ partner, offer, onDone, onCancel }: { partner: PartnerDetail; offer?: Offer; onDone: () => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const categories = useCategoryOptions();
  const today = todayInFinland();
  const [titleFi, setTitleFi] = useState(offer?.title.fi ?? '');
  const [titleSv, setTitleSv] = useState(offer?.title.sv ?? '');
  const [kind, setKind] = useState<OfferKind>(offer?.kind ?? 'TICKET');
  const [category, setCategory] = useState(offer?.category ?? partner.categories[0]?.code ?? '');
  const [validFrom, setValidFrom] = useState(offer?.validFrom ?? today);
  // A year by default: an offer made in December should not end at New Year.
  const [validUntil, setValidUntil] = useState(offer?.validUntil ?? `${Number(today.slice(0, 4)) + 1}${today.slice(4).replace('-02-29', '-02-28')}`);
  const [capKind, setCapKind] = useState<CapKind | ''>(offer?.cap?.kind ?? '');
  const [amount, setAmount] = useState(offer?.cap?.amount ? String(offer.cap.amount) : '');
  const [percent, setPercent] = useState(offer?.cap?.percent ? String(offer.cap.percent) : '');
  const [capacity, setCapacity] = useState(offer?.cap?.capacity ? String(offer.cap.capacity) : '');
  const [active, setActive] = useState(offer?.active ?? true);
  const form = useForm({ 'title.fi': 'titleFi', 'title.sv': 'titleSv', 'cap.amount': 'amount', 'cap.percent': 'percent', 'cap.capacity': 'capacity', 'cap.kind': 'capKind' });
  const opened = useFocusOnOpen();

  const save = async () => {
    const errors: Errors = {};
    if (!titleFi.trim()) errors.titleFi = t('area.invalid.titleFi');
    if (!category) errors.category = t('area.invalid.category');
    if (!ISO_DATE.test(validFrom)) errors.validFrom = t('area.invalid.validFrom');
    if (!ISO_DATE.test(validUntil) || validUntil < validFrom) errors.validUntil = t('area.invalid.offerValidUntil');
    const whole = (value: string) => /^\d+$/.test(value.trim()) && Number(value) >= 1;
    if ((capKind === 'PER_EVENT' || capKind === 'PER_PERIOD') && !whole(amount)) errors.amount = t('area.invalid.amount');
    if (capKind === 'SHARE_OF_CAPACITY') {
      const share = Number(percent.replace(',', '.'));
      if (!(share > 0 && share <= 100)) errors.percent = t('area.invalid.percent');
      if (!whole(capacity)) errors.capacity = t('area.invalid.capacity');
    }
    const cap = !capKind ? null
      : capKind === 'SHARE_OF_CAPACITY' ? { kind: capKind, percent: Number(percent.replace(',', '.')), capacity: Number(capacity) }
      : { kind: capKind, amount: Number(amount) };
    const title = { fi: titleFi.trim(), sv: titleSv.trim() || null };
    const ok = await form.run(errors, () =>
      offer
        ? mutate(AreaUpdateOfferDocument, { id: offer.id, input: { title, kind, category, validFrom, validUntil, active, ...(cap ? { cap } : { removeCap: true }) } })
        : mutate(AreaCreateOfferDocument, { input: { partnerId: partner.id, title, kind, category, validFrom, validUntil, cap } }),
    );
    if (ok) await onDone();
  };

  const label = offer ? t('area.offer.changeForm', { title: localized(offer.title) }) : t('area.offer.new');
  return (
    <form ref={opened} className="inline-form" aria-label={label} onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
      <Heading variant="h4">{label}</Heading>
      <TextField label={t('area.offer.titleFi')} value={titleFi} onChange={setTitleFi} error={form.errors.titleFi} />
      <TextField label={t('area.offer.titleSv')} value={titleSv} onChange={setTitleSv} error={form.errors.titleSv} optional />
      <SelectField label={t('area.offer.kind')} value={kind} onChange={(value) => setKind(value as OfferKind)} options={KINDS.map((value) => ({ value, label: t(`area.offerKind.${value}`) }))} error={form.errors.kind} />
      <SelectField label={t('area.offer.category')} value={category} onChange={setCategory} error={form.errors.category} options={[{ value: '', label: t('area.form.choose') }, ...categories]} />
      <TextField label={t('area.offer.validFrom')} type="date" value={validFrom} onChange={setValidFrom} error={form.errors.validFrom} />
      <TextField label={t('area.offer.validUntil')} type="date" value={validUntil} onChange={setValidUntil} error={form.errors.validUntil} />
      <SelectField
        label={t('area.offer.capKind')}
        hint={t('area.offer.capHint')}
        value={capKind}
        onChange={(value) => setCapKind(value as CapKind | '')}
        error={form.errors.capKind}
        options={[{ value: '', label: t('area.offer.noCap') }, ...CAP_KINDS.map((value) => ({ value, label: t(`area.capKind.${value}`) }))]}
      />
      {(capKind === 'PER_EVENT' || capKind === 'PER_PERIOD') && (
        <TextField label={t('area.offer.amount')} value={amount} onChange={setAmount} error={form.errors.amount} inputMode="numeric" />
      )}
      {capKind === 'SHARE_OF_CAPACITY' && (
        <>
          <TextField label={t('area.offer.percent')} value={percent} onChange={setPercent} error={form.errors.percent} inputMode="decimal" />
          <TextField label={t('area.offer.capacity')} value={capacity} onChange={setCapacity} error={form.errors.capacity} inputMode="numeric" />
        </>
      )}
      {offer && (
        <label className="check-field">
          <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
          <span>{t('area.offer.activeLabel')}</span>
        </label>
      )}
      <FormError message={form.formError} />
      <div className="buttons">
        <Button type="submit" disabled={form.busy}>{offer ? t('area.form.save') : t('area.offer.create')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('area.form.cancel')}</Button>
      </div>
    </form>
  );
}

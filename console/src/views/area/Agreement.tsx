import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { mutate } from '../../graph/client';
import { AreaRecordAgreementDocument } from '../../gql/graphql';
import { formatDate } from '../../ui/format';
import { FormError, ISO_DATE, TextField, todayInFinland, useForm, type Errors, useFocusOnOpen } from './form';
import type { TrialArea } from './Trial';

/** The cooperation agreement with the national support and development service. */
export function Agreement({ area, reload }: { area: TrialArea; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const agreement = area.cooperationAgreement;
  return (
    <section aria-labelledby="area-agreement-heading" className="area-section">
      <Heading variant="h2" id="area-agreement-heading">{t('area.agreement.title')}</Heading>
      <p>{t('area.agreement.about')}</p>
      {agreement ? (
        <dl className="facts">
          <dt>{t('area.agreement.signedOn')}</dt>
          <dd>{formatDate(agreement.signedOn)}</dd>
          <dt>{t('area.agreement.validFrom')}</dt>
          <dd>{formatDate(agreement.validFrom)}</dd>
          <dt>{t('area.agreement.validUntil')}</dt>
          <dd>{agreement.validUntil ? formatDate(agreement.validUntil) : t('area.agreement.openEnded')}</dd>
          <dt>{t('area.agreement.documentReference')}</dt>
          <dd>{agreement.documentReference}</dd>
        </dl>
      ) : (
        <p className="missing">{t('area.agreement.none')}</p>
      )}
      {editing ? (
        <AgreementForm area={area} onDone={async () => { setEditing(false); await reload(); }} onCancel={() => setEditing(false)} />
      ) : (
        <Button variant="secondary" onClick={() => setEditing(true)}>{agreement ? t('area.agreement.change') : t('area.agreement.record')}</Button>
      )}
    </section>
  );
}

function AgreementForm({ area, onDone, onCancel }: { area: TrialArea; onDone: () => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const current = area.cooperationAgreement;
  const [signedOn, setSignedOn] = useState(current?.signedOn ?? todayInFinland());
  const [validFrom, setValidFrom] = useState(current?.validFrom ?? todayInFinland());
  const [validUntil, setValidUntil] = useState(current?.validUntil ?? '');
  const [documentReference, setDocumentReference] = useState(current?.documentReference ?? '');
  const form = useForm({ areaCode: 'documentReference' });
  const opened = useFocusOnOpen();

  const save = async () => {
    const errors: Errors = {};
    if (!ISO_DATE.test(signedOn) || signedOn > todayInFinland()) errors.signedOn = t('area.invalid.signedOn');
    if (!ISO_DATE.test(validFrom)) errors.validFrom = t('area.invalid.validFrom');
    if (validUntil && (!ISO_DATE.test(validUntil) || validUntil < validFrom)) errors.validUntil = t('area.invalid.validUntil');
    if (!documentReference.trim()) errors.documentReference = t('area.invalid.documentReference');
    const ok = await form.run(errors, () =>
      mutate(AreaRecordAgreementDocument, { areaCode: area.code, input: { signedOn, validFrom, validUntil: validUntil || null, documentReference: documentReference.trim() } }),
    );
    if (ok) await onDone();
  };

  return (
    <form ref={opened} className="inline-form" aria-label={t('area.agreement.formLabel')} onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
      <TextField label={t('area.agreement.signedOn')} type="date" value={signedOn} onChange={setSignedOn} error={form.errors.signedOn} />
      <TextField label={t('area.agreement.validFrom')} type="date" value={validFrom} onChange={setValidFrom} error={form.errors.validFrom} />
      <TextField label={t('area.agreement.validUntil')} hint={t('area.agreement.validUntilHint')} type="date" value={validUntil} onChange={setValidUntil} error={form.errors.validUntil} optional />
      <TextField label={t('area.agreement.documentReference')} hint={t('area.agreement.documentHint')} value={documentReference} onChange={setDocumentReference} error={form.errors.documentReference} />
      <FormError message={form.formError} />
      <div className="buttons">
        <Button type="submit" disabled={form.busy}>{t('area.form.save')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('area.form.cancel')}</Button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { mutate, query } from '../../graph/client';
import { AreaCategoriesDocument, AreaRegisterPartnerDocument, type PartnerRole, type PartnerSector } from '../../gql/graphql';
import { localized } from '../../ui/format';
import { ChoiceField, FormError, TextField, useForm, type Errors, useFocusOnOpen } from './form';
import { useLoad } from './useLoad';

export const ROLES: PartnerRole[] = ['CARD_DISTRIBUTOR', 'CULTURE_PARTNER'];
export const PARTNER_SECTORS: PartnerSector[] = ['PUBLIC', 'PRIVATE', 'THIRD_SECTOR'];
export const WEBSITE = /^https?:\/\/\S+$/;

/** The category taxonomy as choices: "Culture", "Culture › Theatre", … */
export function useCategoryOptions() {
  const categories = useLoad(() => query(AreaCategoriesDocument, {}), 'categories');
  const all = categories.data?.partnerCategories ?? [];
  const nameOf = (code: string) => localized(all.find((category) => category.code === code)?.name);
  // Each top category followed by its own subcategories.
  return all
    .filter((category) => !category.parentCode)
    .flatMap((top) => [top, ...all.filter((category) => category.parentCode === top.code)])
    .map((category) => ({
      value: category.code,
      label: category.parentCode ? `${nameOf(category.parentCode)} › ${localized(category.name)}` : localized(category.name),
    }));
}

/** Registers a partner in the area: names, roles, sector, categories, website. */
export function RegisterPartner({ code, onDone, onCancel }: { code: string; onDone: (id: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const categoryOptions = useCategoryOptions();
  const [fi, setFi] = useState('');
  const [sv, setSv] = useState('');
  const [en, setEn] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [sector, setSector] = useState<string[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const [website, setWebsite] = useState('');
  const form = useForm({ 'name.fi': 'nameFi', 'name.sv': 'nameSv', 'name.en': 'nameEn' });
  const opened = useFocusOnOpen();

  const save = async () => {
    const errors: Errors = {};
    if (!fi.trim()) errors.nameFi = t('area.invalid.nameFi');
    if (!roles.length) errors.roles = t('area.invalid.roles');
    if (!sector.length) errors.sector = t('area.invalid.partnerSector');
    if (website.trim() && !WEBSITE.test(website.trim())) errors.website = t('area.invalid.website');
    let id = '';
    const ok = await form.run(errors, async () => {
      const answer = await mutate(AreaRegisterPartnerDocument, {
        input: {
          areaCode: code,
          name: { fi: fi.trim(), sv: sv.trim() || null, en: en.trim() || null },
          roles: roles as PartnerRole[],
          sector: sector[0] as PartnerSector,
          categories,
          website: website.trim() || null,
        },
      });
      id = answer.registerPartner.id;
    });
    if (ok) await onDone(id);
  };

  return (
    <form ref={opened} className="inline-form" aria-label={t('area.register.title')} onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
      <Heading variant="h3">{t('area.register.title')}</Heading>
      <TextField label={t('area.register.nameFi')} value={fi} onChange={setFi} error={form.errors.nameFi} />
      <TextField label={t('area.register.nameSv')} value={sv} onChange={setSv} error={form.errors.nameSv} optional />
      <TextField label={t('area.register.nameEn')} value={en} onChange={setEn} error={form.errors.nameEn} optional />
      <ChoiceField legend={t('area.register.roles')} options={ROLES.map((value) => ({ value, label: t(`area.role.${value}`) }))} chosen={roles} onChange={setRoles} error={form.errors.roles} />
      <ChoiceField legend={t('area.register.sector')} options={PARTNER_SECTORS.map((value) => ({ value, label: t(`area.partnerSector.${value}`) }))} chosen={sector} onChange={setSector} error={form.errors.sector} single />
      <ChoiceField columns legend={t('area.register.categories')} options={categoryOptions} chosen={categories} onChange={setCategories} error={form.errors.categories} />
      <TextField label={t('area.register.website')} hint={t('area.register.websiteHint')} type="url" value={website} onChange={setWebsite} error={form.errors.website} optional />
      <FormError message={form.formError} />
      <div className="buttons">
        <Button type="submit" disabled={form.busy}>{t('area.register.submit')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('area.form.cancel')}</Button>
      </div>
    </form>
  );
}

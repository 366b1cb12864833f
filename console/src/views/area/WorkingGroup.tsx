import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { mutate } from '../../graph/client';
import { AreaAddMemberDocument, AreaRemoveMemberDocument, AreaUpdateMemberDocument, type WorkingGroupSector } from '../../gql/graphql';
import { Checks } from './Checks';
import { EMAIL, FormError, PHONE, SelectField, TextField, useForm, type Errors, useFocusOnOpen } from './form';
import type { TrialArea } from './Trial';

type Member = TrialArea['workingGroup'][number];
const SECTORS: WorkingGroupSector[] = ['CULTURE', 'SOCIAL_AND_HEALTH', 'WELLBEING', 'THIRD_SECTOR'];

/** The working group by sector, with the both-sectors rule and its check; add, change, remove. */
export function WorkingGroup({ area, reload }: { area: TrialArea; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const remove = useForm();
  const rule = area.readiness.checks.filter((check) => check.code === 'WORKING_GROUP_SECTORS');

  return (
    <section aria-labelledby="area-group-heading" className="area-section">
      <Heading variant="h2" id="area-group-heading">{t('area.group.title')}</Heading>
      <p className="rule">{t('area.group.rule')}</p>
      <Checks checks={rule} />
      {SECTORS.map((sector) => {
        const members = area.workingGroup.filter((member) => member.sector === sector);
        return (
          <div key={sector} className="sector">
            <Heading variant="h3">{t('area.group.sectorHeading', { sector: t(`area.sector.${sector}`), count: members.length })}</Heading>
            {members.length === 0 ? (
              <p className="muted">{t('area.group.nobody')}</p>
            ) : (
              <ul className="members">
                {members.map((member) => (
                  <li key={member.id}>
                    {editing === member.id ? (
                      <MemberForm area={area} member={member} onDone={async () => { setEditing(null); await reload(); }} onCancel={() => setEditing(null)} />
                    ) : (
                      <>
                        <p className="member-name">{member.name}</p>
                        <p>{member.organisation}{member.role ? ` · ${member.role}` : ''}</p>
                        {(member.email || member.phone) && <p className="muted">{[member.email, member.phone].filter(Boolean).join(' · ')}</p>}
                        {removing === member.id ? (
                          <div className="confirm" role="group" aria-label={t('area.group.confirmRemove', { name: member.name })}>
                            <p>{t('area.group.confirmRemove', { name: member.name })}</p>
                            <FormError message={remove.formError} />
                            <div className="buttons">
                              <Button disabled={remove.busy} onClick={() => void remove.run({}, () => mutate(AreaRemoveMemberDocument, { id: member.id })).then(async (ok) => { if (ok) { setRemoving(null); await reload(); } })}>
                                {t('area.group.removeNow')}
                              </Button>
                              <Button variant="secondary" onClick={() => setRemoving(null)}>{t('area.form.cancel')}</Button>
                            </div>
                          </div>
                        ) : (
                          <div className="buttons">
                            <Button variant="secondary" onClick={() => setEditing(member.id)}>{t('area.group.change', { name: member.name })}</Button>
                            <Button variant="secondary" onClick={() => setRemoving(member.id)}>{t('area.group.remove', { name: member.name })}</Button>
                          </div>
                        )}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
      {adding ? (
        <MemberForm area={area} onDone={async () => { setAdding(false); await reload(); }} onCancel={() => setAdding(false)} />
      ) : (
        <Button onClick={() => setAdding(true)}>{t('area.group.add')}</Button>
      )}
    </section>
  );
}

function MemberForm({ area, member, onDone, onCancel }: { area: TrialArea; member?: Member; onDone: () => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(member?.name ?? '');
  const [organisation, setOrganisation] = useState(member?.organisation ?? '');
  const [sector, setSector] = useState<WorkingGroupSector | ''>(member?.sector ?? '');
  const [role, setRole] = useState(member?.role ?? '');
  const [email, setEmail] = useState(member?.email ?? '');
  const [phone, setPhone] = useState(member?.phone ?? '');
  const form = useForm();
  const opened = useFocusOnOpen();

  const save = async () => {
    const errors: Errors = {};
    if (!name.trim()) errors.name = t('area.invalid.name');
    else if (name.trim().length > 2000) errors.name = t('area.invalid.tooLong');
    if (!organisation.trim()) errors.organisation = t('area.invalid.organisation');
    else if (organisation.trim().length > 2000) errors.organisation = t('area.invalid.tooLong');
    if (!sector) errors.sector = t('area.invalid.sector');
    if (email.trim() && !EMAIL.test(email.trim())) errors.email = t('area.invalid.email');
    if (phone.trim() && !PHONE.test(phone.trim())) errors.phone = t('area.invalid.phone');
    const input = { name: name.trim(), organisation: organisation.trim(), sector: sector as WorkingGroupSector, role: role.trim() || null, email: email.trim() || null, phone: phone.trim() || null };
    const ok = await form.run(errors, () =>
      member ? mutate(AreaUpdateMemberDocument, { id: member.id, input }) : mutate(AreaAddMemberDocument, { areaCode: area.code, input }),
    );
    if (ok) await onDone();
  };

  const label = member ? t('area.group.changeForm', { name: member.name }) : t('area.group.addForm');
  return (
    <form ref={opened} className="inline-form" aria-label={label} onSubmit={(event) => { event.preventDefault(); void save(); }} noValidate>
      <Heading variant="h3">{label}</Heading>
      <TextField label={t('area.group.name')} value={name} onChange={setName} error={form.errors.name} autoComplete="name" />
      <TextField label={t('area.group.organisation')} value={organisation} onChange={setOrganisation} error={form.errors.organisation} autoComplete="organization" />
      <SelectField
        label={t('area.group.sector')}
        value={sector}
        onChange={(value) => setSector(value as WorkingGroupSector)}
        error={form.errors.sector}
        options={[{ value: '', label: t('area.form.choose') }, ...SECTORS.map((value) => ({ value, label: t(`area.sector.${value}`) }))]}
      />
      <TextField label={t('area.group.role')} value={role} onChange={setRole} error={form.errors.role} optional />
      <TextField label={t('area.group.email')} type="email" value={email} onChange={setEmail} error={form.errors.email} optional autoComplete="email" />
      <TextField label={t('area.group.phone')} type="tel" value={phone} onChange={setPhone} error={form.errors.phone} optional autoComplete="tel" />
      <FormError message={form.formError} />
      <div className="buttons">
        <Button type="submit" disabled={form.busy}>{member ? t('area.form.save') : t('area.group.addNow')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('area.form.cancel')}</Button>
      </div>
    </form>
  );
}

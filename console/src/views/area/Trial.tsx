import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import type { AreaTrialQuery } from '../../gql/graphql';
import { formatDate } from '../../ui/format';
import { Agreement } from './Agreement';
import { Checks } from './Checks';
import { StatusChanges } from './StatusChanges';
import { TrialSteps } from './TrialSteps';
import { WorkingGroup } from './WorkingGroup';

export type TrialArea = NonNullable<AreaTrialQuery['area']>;

/** The trial tab: status and its moves, readiness, the ten steps, the working group, the agreement. */
export function Trial({ area, reload }: { area: TrialArea; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="area-status-heading" className="area-section">
        <Heading variant="h2" id="area-status-heading">{t('area.statusSection.title')}</Heading>
        <dl className="facts">
          <dt>{t('area.statusSection.now')}</dt>
          <dd>{t(`area.status.${area.status}`)}</dd>
          {area.trialStartedOn && (<><dt>{t('area.statusSection.trialStarted')}</dt><dd>{formatDate(area.trialStartedOn)}</dd></>)}
          {area.activatedOn && (<><dt>{t('area.statusSection.activated')}</dt><dd>{formatDate(area.activatedOn)}</dd></>)}
          {area.localOnly && (<><dt>{t('area.statusSection.localOnly')}</dt><dd>{t('area.statusSection.localOnlyYes')}</dd></>)}
        </dl>
        <StatusChanges area={area} reload={reload} />
      </section>
      <section aria-labelledby="area-readiness-heading" className="area-section">
        <Heading variant="h2" id="area-readiness-heading">{t('area.readiness.title')}</Heading>
        <p>{area.readiness.ready ? t('area.readiness.ready') : t('area.readiness.notReady')}</p>
        <Checks checks={area.readiness.checks} />
      </section>
      <TrialSteps area={area} reload={reload} />
      <WorkingGroup area={area} reload={reload} />
      <Agreement area={area} reload={reload} />
    </>
  );
}

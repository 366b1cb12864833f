import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { query } from '../../graph/client';
import { AreaListDocument, AreaTrialDocument } from '../../gql/graphql';
import { localized } from '../../ui/format';
import { useSession } from '../../ui/useSession';
import { coordinatedAreas, isNationalAdmin, mayOpenArea } from './access';
import { AreaFigures } from './figures/AreaFigures';
import { fromGraph } from './form';
import { Network } from './Network';
import { PartnerPage } from './PartnerPage';
import { Trial } from './Trial';
import { useLoad } from './useLoad';
import './area.css';

const TABS = ['trial', 'network', 'figures'] as const;
type Tab = (typeof TABS)[number];

/** `/area` and `/area/:code`: the area's own workspace (AREA_COORDINATOR of the area, NATIONAL_ADMIN any). */
export default function Area() {
  const { code } = useParams();
  const grants = useSession()?.grants ?? [];
  if (!code) return <AreaChooser />;
  const normalized = code.trim().toLowerCase();
  // Refused before any request: another area's workspace shows nothing of it.
  if (!mayOpenArea(grants, normalized)) return <Refusal />;
  return <Workspace key={normalized} code={normalized} />;
}

function Refusal() {
  const { t } = useTranslation();
  const own = coordinatedAreas(useSession()?.grants ?? []);
  return (
    <section className="area refusal-page">
      <Heading variant="h1">{t('area.refusal.title')}</Heading>
      <p>{t('area.refusal.text')}</p>
      {own.length > 0 && <p><Link to={`/area/${own[0]}`}>{t('area.refusal.own')}</Link></p>}
    </section>
  );
}

/** National admins pick an area; a coordinator goes to their own (or picks among theirs). */
function AreaChooser() {
  const { t } = useTranslation();
  const location = useLocation();
  const grants = useSession()?.grants ?? [];
  const admin = isNationalAdmin(grants);
  const own = coordinatedAreas(grants);
  const list = useLoad(() => query(AreaListDocument, {}), 'areas');
  if (!admin && own.length === 1) return <Navigate to={`/area/${own[0]}${location.search}`} replace />;
  const areas = (list.data?.areas ?? []).filter((area) => admin || own.includes(area.code));
  return (
    <section className="area">
      <Heading variant="h1">{t('area.choose.title')}</Heading>
      <p>{t('area.choose.intro')}</p>
      {list.error ? <p role="alert" className="error">{fromGraph(list.error, t, {}).formError}</p> : null}
      {!list.data && !list.error && <p>{t('common.loading')}</p>}
      <ul className="area-list">
        {areas.map((area) => (
          <li key={area.id}>
            <Link to={`/area/${area.code}`}>{localized(area.name)}</Link>
            <span className="muted"> · {t(`area.status.${area.status}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Workspace({ code }: { code: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && TABS.includes(asked) ? asked : 'trial';
  const partnerId = tab === 'network' ? params.get('partner') : null;
  const trial = useLoad(() => query(AreaTrialDocument, { code }), code);
  const area = trial.data?.area;

  if (trial.error) return <p role="alert" className="error">{fromGraph(trial.error, t, {}).formError}</p>;
  if (!trial.data) return <p>{t('common.loading')}</p>;
  if (!area) {
    return (
      <section className="area">
        <Heading variant="h1">{t('area.notFound.title')}</Heading>
        <p>{t('area.notFound.text', { code })}</p>
      </section>
    );
  }
  const link = (to: Tab) => {
    const next = new URLSearchParams(params);
    next.set('tab', to);
    next.delete('partner');
    return `?${next.toString()}`;
  };
  return (
    <section className="area">
      <Heading variant="h1">{localized(area.name)}</Heading>
      <p className="area-status">{t('area.statusNow', { status: t(`area.status.${area.status}`) })}</p>
      <nav aria-label={t('area.tabs.label')} className="area-tabs">
        <ul>
          {TABS.map((name) => (
            <li key={name}>
              <Link to={link(name)} aria-current={tab === name ? 'page' : undefined}>{t(`area.tabs.${name}`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'trial' && <Trial area={area} reload={trial.reload} />}
      {tab === 'network' && !partnerId && <Network code={code} onChanged={trial.reload} />}
      {tab === 'network' && partnerId && <PartnerPage id={partnerId} code={code} backTo={link('network')} />}
      {tab === 'figures' && <AreaFigures code={code} />}
    </section>
  );
}

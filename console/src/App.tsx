import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { consoleConfig, type ConsoleConfig } from './auth/config';
import { followLanguageParameter, loadViewMessages } from './i18n';
import { Layout } from './ui/Layout';
import { useSession } from './ui/useSession';
import { Home } from './views/home/Home';
import { SignIn } from './views/sign-in/SignIn';
import { OidcCallback } from './views/sign-in/OidcCallback';
import { Door } from './views/door/Door';
import type { Role } from './auth/session';

// GraphiQL is large: only /explorer loads it, so the door's first JavaScript stays small.
const Explorer = lazy(() => import('./views/explorer/Explorer'));
// Every other view is its own chunk too, with its messages: a person loads only the views they use.
const view = (load: () => Promise<{ default: ComponentType }>, ...messages: string[]) =>
  lazy(async () => {
    const [module] = await Promise.all([load(), loadViewMessages(...messages)]);
    return module;
  });
const Desk = view(() => import('./views/desk/Desk'), 'desk', 'wellbeing');
const Area = view(() => import('./views/area/Area'), 'area', 'nation', 'wellbeing');
const Nation = view(() => import('./views/nation/Nation'), 'nation', 'wellbeing');
const Directory = view(() => import('./views/directory/Directory'), 'directory');
const PartnerPage = view(() => import('./views/directory/PartnerPage'), 'directory');
const MyCard = view(() => import('./views/my-card/MyCard'), 'my-card');

export function App() {
  const location = useLocation();
  const { t } = useTranslation();
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  useEffect(() => {
    void consoleConfig().then(setConfig);
  }, []);
  useEffect(() => followLanguageParameter(location.search), [location.search]);
  const explorer = config?.explorer ?? false;
  return (
    <Layout explorer={explorer}>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/sign-in" element={<SignIn config={config} />} />
        <Route path="/sign-in/callback" element={<OidcCallback config={config} />} />
        <Route path="/door" element={<SignedIn roles={['PARTNER_STAFF']}><Door /></SignedIn>} />
        <Route path="/desk" element={<SignedIn roles={['DISTRIBUTOR']}><Lazy><Desk /></Lazy></SignedIn>} />
        <Route path="/area" element={<SignedIn roles={['AREA_COORDINATOR', 'NATIONAL_ADMIN']}><Lazy><Area /></Lazy></SignedIn>} />
        <Route path="/area/:code" element={<SignedIn roles={['AREA_COORDINATOR', 'NATIONAL_ADMIN']}><Lazy><Area /></Lazy></SignedIn>} />
        <Route path="/nation" element={<SignedIn roles={['ANALYST', 'NATIONAL_ADMIN']}><Lazy><Nation /></Lazy></SignedIn>} />
        <Route path="/directory" element={<Lazy><Directory /></Lazy>} />
        <Route path="/directory/:partnerId" element={<Lazy><PartnerPage /></Lazy>} />
        <Route path="/my-card" element={<Lazy><MyCard /></Lazy>} />
        <Route
          path="/explorer"
          element={config && !explorer ? <p>{t('explorer.off')}</p> : <Suspense fallback={<p>{t('common.loading')}</p>}>{config && <Explorer />}</Suspense>}
        />
        <Route path="*" element={<p>{t('common.notFound')}</p>} />
      </Routes>
    </Layout>
  );
}

function Lazy({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p>{t('common.loading')}</p>}>{children}</Suspense>;
}

/** A view for some roles: sign-in first (keeping ?lang), a plain refusal for other roles. */
function SignedIn({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const session = useSession();
  const { t } = useTranslation();
  const location = useLocation();
  if (!session) return <Navigate to={`/sign-in${location.search}`} replace state={{ from: location.pathname }} />;
  if (!session.grants.some((grant) => roles.includes(grant.role))) return <p>{t('common.notForRole')}</p>;
  return <>{children}</>;
}

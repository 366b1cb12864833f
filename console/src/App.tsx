import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { consoleConfig, type ConsoleConfig } from './auth/config';
import { followLanguageParameter } from './i18n';
import { Layout } from './ui/Layout';
import { useSession } from './ui/useSession';
import { Home } from './views/home/Home';
import { SignIn } from './views/sign-in/SignIn';
import { OidcCallback } from './views/sign-in/OidcCallback';
import { Door } from './views/door/Door';
import type { Role } from './auth/session';

// GraphiQL is large: only /explorer loads it, so the door's first JavaScript stays small.
const Explorer = lazy(() => import('./views/explorer/Explorer'));

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
        <Route path="/door" element={<SignedIn role="PARTNER_STAFF"><Door /></SignedIn>} />
        <Route
          path="/explorer"
          element={config && !explorer ? <p>{t('explorer.off')}</p> : <Suspense fallback={<p>{t('common.loading')}</p>}>{config && <Explorer />}</Suspense>}
        />
        <Route path="*" element={<p>{t('common.notFound')}</p>} />
      </Routes>
    </Layout>
  );
}

/** A view for one role: sign-in first (keeping ?lang), a plain refusal for other roles. */
function SignedIn({ role, children }: { role: Role; children: ReactNode }) {
  const session = useSession();
  const { t } = useTranslation();
  const location = useLocation();
  if (!session) return <Navigate to={`/sign-in${location.search}`} replace state={{ from: location.pathname }} />;
  if (!session.grants.some((grant) => grant.role === role)) return <p>{t('common.notForRole')}</p>;
  return <>{children}</>;
}

import type { ReactNode } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { signOut, type Grant, type Role } from '../auth/session';
import { LanguageSwitch } from './LanguageSwitch';
import { useSession } from './useSession';
import { useOnline } from './useOnline';

/** The views each role may use; the graph still checks every request. */
export const MENU: { path: string; label: string; roles: Role[] | 'everyone' }[] = [
  { path: '/door', label: 'menu.door', roles: ['PARTNER_STAFF'] },
  { path: '/desk', label: 'menu.desk', roles: ['DISTRIBUTOR'] },
  { path: '/area', label: 'menu.area', roles: ['AREA_COORDINATOR', 'NATIONAL_ADMIN'] },
  { path: '/nation', label: 'menu.nation', roles: ['ANALYST', 'NATIONAL_ADMIN'] },
  { path: '/directory', label: 'menu.directory', roles: 'everyone' },
  { path: '/my-card', label: 'menu.myCard', roles: 'everyone' },
  { path: '/explorer', label: 'menu.explorer', roles: 'everyone' },
];

/** A coordinator's area link goes straight to their own area; others choose on /area. */
export function menuPath(path: string, grants: Grant[]): string {
  if (path !== '/area') return path;
  const own = grants.find((grant) => grant.role === 'AREA_COORDINATOR' && grant.areas?.length);
  return own ? `/area/${own.areas![0]}` : path;
}

export function Layout({ children, explorer }: { children: ReactNode; explorer: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const online = useOnline();
  const navigate = useNavigate();
  const roles = new Set(session?.grants.map((grant) => grant.role));
  const items = MENU.filter((item) => (item.path !== '/explorer' || explorer) && (item.roles === 'everyone' || item.roles.some((role) => roles.has(role))));
  return (
    <>
      <a className="skip-link" href="#main">{t('layout.skip')}</a>
      <header className="top">
        <Link to="/" className="brand">{t('layout.brand')}</Link>
        <nav aria-label={t('layout.menu')}>
          <ul>
            {items.map((item) => (
              <li key={item.path}><NavLink to={menuPath(item.path, session?.grants ?? [])}>{t(item.label)}</NavLink></li>
            ))}
          </ul>
        </nav>
        <div className="top-tools">
          <LanguageSwitch />
          {session ? (
            <button type="button" className="link-button" onClick={() => { signOut(); navigate('/sign-in'); }}>{t('layout.signOut')}</button>
          ) : (
            <Link to="/sign-in">{t('layout.signIn')}</Link>
          )}
        </div>
      </header>
      {!online && <p className="offline-banner" role="status">{t('layout.offline')}</p>}
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}

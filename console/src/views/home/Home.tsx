import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { useSession } from '../../ui/useSession';
import { MENU, menuPath } from '../../ui/Layout';

/** The start page: what the signed-in role may do here (and what anyone may), or the way to sign in. */
export function Home() {
  const { t } = useTranslation();
  const session = useSession();
  const roles = new Set(session?.grants.map((grant) => grant.role));
  const tasks = MENU.filter((item) => item.path !== '/explorer' && (item.roles === 'everyone' || item.roles.some((role) => roles.has(role))));
  return (
    <section>
      <Heading variant="h1">{t('home.title')}</Heading>
      {!session && (
        <p>
          {t('home.signedOut')} <Link to="/sign-in">{t('layout.signIn')}</Link>
        </p>
      )}
      {session && <p>{t('home.signedInAs', { roles: [...roles].map((role) => t(`role.${role}`)).join(', ') })}</p>}
      <ul className="tasks">
        {tasks.map((item) => (
          <li key={item.path}><Link to={menuPath(item.path, session?.grants ?? [])}>{t(`home.${item.label.slice('menu.'.length)}`)}</Link></li>
        ))}
      </ul>
    </section>
  );
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { useSession } from '../../ui/useSession';

/** The start page: what the signed-in role may do here, or the way to sign in. */
export function Home() {
  const { t } = useTranslation();
  const session = useSession();
  const roles = new Set(session?.grants.map((grant) => grant.role));
  return (
    <section>
      <Heading variant="h1">{t('home.title')}</Heading>
      {!session && (
        <p>
          {t('home.signedOut')} <Link to="/sign-in">{t('layout.signIn')}</Link>
        </p>
      )}
      {session && (
        <>
          <p>{t('home.signedInAs', { roles: [...roles].map((role) => t(`role.${role}`)).join(', ') })}</p>
          <ul className="tasks">
            {roles.has('PARTNER_STAFF') && <li><Link to="/door">{t('home.door')}</Link></li>}
            {!roles.has('PARTNER_STAFF') && <li>{t('home.comingSoon')}</li>}
          </ul>
        </>
      )}
    </section>
  );
}

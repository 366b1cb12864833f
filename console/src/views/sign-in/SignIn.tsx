import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { devToken, type ConsoleConfig } from '../../auth/config';
import { ROLES, signIn, signOutReason, type Role } from '../../auth/session';
import { query } from '../../graph/client';
import { SignInChoicesDocument, type SignInChoicesQuery } from '../../gql/graphql';
import { localized } from '../../ui/format';
import { signInWithOidc } from './oidc';

const NEEDS_PARTNER: Partial<Record<Role, 'venues' | 'distributors'>> = { PARTNER_STAFF: 'venues', DISTRIBUTOR: 'distributors' };

/**
 * Sign-in: the OIDC provider in production; with the dev issuer on, the dev roles with the
 * demo partners and areas, and `/sign-in?role=ROLE&partner=ID&area=CODE` at once.
 */
export function SignIn({ config }: { config: ConsoleConfig | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [choices, setChoices] = useState<SignInChoicesQuery | null>(null);
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  const params = new URLSearchParams(location.search);
  const asked = params.get('role');
  const target = (location.state as { from?: string } | null)?.from ?? '/';
  const lang = params.get('lang');
  const after = (path: string) => (lang ? `${path}?lang=${lang}` : path);

  const enter = async (grant: { role: string; partner?: string; area?: string }) => {
    setError(null);
    try {
      signIn(await devToken(grant));
      navigate(after(grant.role === 'PARTNER_STAFF' && target === '/' ? '/door' : target), { replace: true });
    } catch {
      setError(t('signIn.refused'));
    }
  };

  useEffect(() => {
    if (!config?.devSignIn) return;
    if (asked && !started.current) {
      started.current = true;
      void enter({ role: asked, partner: params.get('partner') ?? undefined, area: params.get('area') ?? undefined });
      return;
    }
    void query(SignInChoicesDocument, {}).then(setChoices).catch(() => setError(t('common.offline')));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [config, asked]);

  if (!config) return <p>{t('common.loading')}</p>;
  return (
    <section>
      <Heading variant="h1">{t('signIn.title')}</Heading>
      {signOutReason === 'expired' && <p role="status">{t('signIn.expired')}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {config.oidc && (
        <Button onClick={() => void signInWithOidc(config.oidc!)}>{t('signIn.oidc')}</Button>
      )}
      {!config.oidc && !config.devSignIn && <p>{t('signIn.unavailable')}</p>}
      {config.devSignIn && !asked && (
        <>
          <p>{t('signIn.devIntro')}</p>
          {!choices && !error && <p>{t('common.loading')}</p>}
          {choices && (
            <ul className="dev-roles">
              {ROLES.map((role) => (
                <li key={role}>
                  <h2>{t(`role.${role}`)}</h2>
                  <ul>
                    {NEEDS_PARTNER[role]
                      ? choices[NEEDS_PARTNER[role]!].edges.map(({ node }) => (
                          <li key={node.id}>
                            <button type="button" className="link-button" onClick={() => void enter({ role, partner: node.id })}>
                              <span className="visually-hidden">{t('signIn.asPrefix', { role: t(`role.${role}`) })}</span>{localized(node.name)}
                            </button>
                          </li>
                        ))
                      : role === 'AREA_COORDINATOR'
                        ? choices.areas.map((area) => (
                            <li key={area.code}>
                              <button type="button" className="link-button" onClick={() => void enter({ role, area: area.code })}>
                                <span className="visually-hidden">{t('signIn.asPrefix', { role: t(`role.${role}`) })}</span>{localized(area.name)}
                              </button>
                            </li>
                          ))
                        : (
                            <li>
                              <button type="button" className="link-button" onClick={() => void enter({ role })}>
                                {t('signIn.asRole', { role: t(`role.${role}`) })}
                              </button>
                            </li>
                          )}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

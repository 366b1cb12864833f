import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ConsoleConfig } from '../../auth/config';
import { signIn } from '../../auth/session';
import { completeOidcSignIn } from './oidc';

/** /sign-in/callback: the OIDC provider sends the person back here with the code. */
export function OidcCallback({ config }: { config: ConsoleConfig | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const done = useRef(false);
  useEffect(() => {
    if (!config?.oidc || done.current) return;
    done.current = true;
    completeOidcSignIn(config.oidc)
      .then((token) => {
        signIn(token);
        navigate('/', { replace: true });
      })
      .catch(() => setFailed(true));
  }, [config, navigate]);
  return <p role={failed ? 'alert' : 'status'}>{failed ? t('signIn.refused') : t('common.loading')}</p>;
}

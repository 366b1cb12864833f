import type { ConsoleConfig } from '../../auth/config';

/**
 * Production sign-in: authorization code with PKCE at the OIDC provider the gateway trusts
 * (oidc-client-ts, loaded only when used). The callback lands on /sign-in/callback.
 */
export async function signInWithOidc(oidc: NonNullable<ConsoleConfig['oidc']>): Promise<void> {
  const manager = await userManager(oidc);
  await manager.signinRedirect();
}

export async function completeOidcSignIn(oidc: NonNullable<ConsoleConfig['oidc']>): Promise<string> {
  const manager = await userManager(oidc);
  const user = await manager.signinRedirectCallback();
  // The gateway verifies access tokens against the provider's JWKS.
  return user.access_token;
}

async function userManager(oidc: NonNullable<ConsoleConfig['oidc']>) {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: oidc.authority,
    client_id: oidc.clientId,
    redirect_uri: `${location.origin}/sign-in/callback`,
    response_type: 'code',
    scope: oidc.scope,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
}

/** What the gateway says about sign-in and tools (GET /console/config). */
export interface ConsoleConfig {
  production: boolean;
  devSignIn: boolean;
  explorer: boolean;
  oidc: { authority: string; clientId: string; scope: string } | null;
}

let pending: Promise<ConsoleConfig> | null = null;
const OFFLINE_DEFAULT: ConsoleConfig = { production: false, devSignIn: false, explorer: false, oidc: null };

export function consoleConfig(): Promise<ConsoleConfig> {
  pending ??= fetch('/console/config')
    .then((response) => (response.ok ? (response.json() as Promise<ConsoleConfig>) : OFFLINE_DEFAULT))
    .catch(() => {
      pending = null;
      return OFFLINE_DEFAULT;
    });
  return pending;
}

/** Asks the gateway for a dev token (only while its dev issuer is on). */
export async function devToken(grant: { role: string; partner?: string; area?: string }): Promise<string> {
  const response = await fetch('/console/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(grant),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(body.error ?? 'sign-in refused');
  return body.token;
}

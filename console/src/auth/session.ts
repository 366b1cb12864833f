/**
 * Who is signed in. The token lives in sessionStorage (gone when the tab closes) and in
 * memory; it is never put in a URL or logged. Sign-out forgets it.
 */
export type Role = 'NATIONAL_ADMIN' | 'ANALYST' | 'AREA_COORDINATOR' | 'DISTRIBUTOR' | 'PARTNER_STAFF';
export const ROLES: Role[] = ['PARTNER_STAFF', 'DISTRIBUTOR', 'AREA_COORDINATOR', 'ANALYST', 'NATIONAL_ADMIN'];

export interface Grant {
  role: Role;
  partnerId?: string;
  areas?: string[];
}

export interface Session {
  token: string;
  grants: Grant[];
  expiresAt: number;
}

const KEY = 'kaiku.session';
let session: Session | null = read();
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    return stored && stored.expiresAt > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

/** Reads the grants from the token's payload (the gateway verifies the signature, not us). */
export function sessionFromToken(token: string): Session {
  const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { roles?: Grant[]; exp?: number };
  return { token, grants: payload.roles ?? [], expiresAt: (payload.exp ?? 0) * 1000 };
}

export function signIn(token: string): void {
  session = sessionFromToken(token);
  sessionStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((listener) => listener());
}

export let signOutReason: 'expired' | 'signed-out' | null = null;

export function signOut(reason: 'expired' | 'signed-out' = 'signed-out'): void {
  session = null;
  signOutReason = reason;
  sessionStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

export function currentSession(): Session | null {
  if (session && session.expiresAt <= Date.now()) signOut('expired');
  return session;
}

export function currentToken(): string | null {
  return currentSession()?.token ?? null;
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function hasRole(role: Role): boolean {
  return Boolean(currentSession()?.grants.some((grant) => grant.role === role));
}

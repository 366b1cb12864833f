import { isRole, loadOrCreateLocalKeys, signDevToken, ROLES, type RoleGrant } from '@kaiku/identity';
import { StartupError } from '@kaiku/database';
import { stableId } from '@kaiku/subgraph-kit/src/ids';
import { dataDir } from '@kaiku/subgraph-kit/src/env';

export interface TokenRequest {
  role: string;
  areas?: string[];
  partner?: string;
  subject?: string;
  hours?: number;
}

/** Dev tokens exist only while the local dev issuer is on (not in production, not with OIDC). */
export function assertDevIssuerOn(): void {
  if (process.env.KAIKU_PRODUCTION === 'true' || process.env.OIDC_JWKS_URL) {
    throw new StartupError('Dev tokens are refused: the local dev issuer is off (KAIKU_PRODUCTION or OIDC_JWKS_URL is set).');
  }
}

export async function devToken(request: TokenRequest): Promise<string> {
  assertDevIssuerOn();
  if (!isRole(request.role)) throw new StartupError(`Unknown role "${request.role}": use one of ${ROLES.join(', ')}.`);
  const grant: RoleGrant = { role: request.role };
  if (request.areas?.length) grant.areas = request.areas;
  if (request.partner) grant.partnerId = request.partner;
  if (request.role === 'AREA_COORDINATOR' && !grant.areas) throw new StartupError('AREA_COORDINATOR needs --area CODE.');
  if ((request.role === 'DISTRIBUTOR' || request.role === 'PARTNER_STAFF') && !grant.partnerId) {
    throw new StartupError(`${request.role} needs --partner ID.`);
  }
  const keys = await loadOrCreateLocalKeys(dataDir());
  const subject = request.subject ?? `dev-${request.role.toLowerCase()}`;
  return signDevToken(keys.devIssuer.privateJwk, subject, [grant], (request.hours ?? 12) * 3600);
}

/** One token per role for the demo network, printed by `up`. */
export const DEMO_ACCOUNTS: TokenRequest[] = [
  { role: 'NATIONAL_ADMIN' },
  { role: 'ANALYST' },
  { role: 'AREA_COORDINATOR', areas: ['helsinki'] },
  { role: 'DISTRIBUTOR', partner: stableId('partner', 'hki-sosiaalipalvelut') },
  { role: 'PARTNER_STAFF', partner: stableId('partner', 'hki-kaupunginteatteri') },
];

import type { Router } from 'express';
import { stringify } from 'csv-stringify/sync';
import { GraphQLError } from 'graphql';
import type { RouteEnvironment } from '@kaiku/subgraph-kit';
import { assertMayReadArea, seesRawCounts } from './access';
import { figuresFor } from './figures';
import { suppressRecord } from '@kaiku/subgraph-kit';

type Language = 'fi' | 'sv' | 'en';

/** Column headers of the welfare-report / TEAviisari export, in three languages. */
const HEADERS: Record<Language, string[]> = {
  fi: ['Alue', 'Alueen nimi', 'Vuosi', 'Myönnetyt kortit', 'Aktivoidut kortit', 'Käyttökerrat', 'Kulttuuri, aikuiset', 'Kulttuuri, lapset', 'Liikunta, aikuiset', 'Liikunta, lapset', 'Tiede, aikuiset', 'Tiede, lapset', 'Kurssipaikat', 'Salatut solut'],
  sv: ['Område', 'Områdets namn', 'År', 'Beviljade kort', 'Aktiverade kort', 'Användningar', 'Kultur, vuxna', 'Kultur, barn', 'Idrott, vuxna', 'Idrott, barn', 'Vetenskap, vuxna', 'Vetenskap, barn', 'Kursplatser', 'Skyddade celler'],
  en: ['Area', 'Area name', 'Year', 'Cards issued', 'Cards activated', 'Uses', 'Culture, adults', 'Culture, children', 'Sport, adults', 'Sport, children', 'Science, adults', 'Science, children', 'Course places', 'Suppressed cells'],
};

export interface ExportRequest {
  areaCode: string;
  year: number;
  language: Language;
}

/** One area's year as CSV (UTF-8 with BOM, so spreadsheet programs read ä and ö right). */
export async function exportAreaYear(environment: Pick<RouteEnvironment, 'dataSource'>, request: ExportRequest, suppress: boolean): Promise<string | null> {
  const [area] = await environment.dataSource.query('SELECT area_id, code, name_fi, name_sv, name_en FROM statistics.area_codes WHERE code = $1', [request.areaCode]);
  if (!area) return null;
  const figures = await figuresFor(environment.dataSource.manager, { from: `${request.year}-01-01`, to: `${request.year}-12-31` });
  const totals = figures.byArea.get(area.area_id);
  const categories = figures.byAreaCategory.get(area.area_id) ?? new Map();
  const cell = (category: string, field: 'adultTickets' | 'childTickets' | 'coursePlaces') => categories.get(category)?.[field] ?? 0;
  const record = {
    cardsIssued: totals?.cardsIssued ?? 0,
    cardsUsed: totals?.cardsUsed ?? 0,
    uses: totals?.uses ?? 0,
    cultureAdults: cell('CULTURE', 'adultTickets'),
    cultureChildren: cell('CULTURE', 'childTickets'),
    sportAdults: cell('SPORT', 'adultTickets'),
    sportChildren: cell('SPORT', 'childTickets'),
    scienceAdults: cell('SCIENCE', 'adultTickets'),
    scienceChildren: cell('SCIENCE', 'childTickets'),
    coursePlaces: cell('EDUCATION', 'coursePlaces'),
  };
  const { values, suppressed } = suppress ? suppressRecord(record, Object.keys(record) as (keyof typeof record)[]) : { values: record, suppressed: [] };
  const name = area[`name_${request.language}`] ?? area.name_fi ?? area.code;
  const row = [area.code, name, request.year, ...Object.values(values).map((value) => (value === null ? '' : value)), suppressed.join(' ')];
  return `\uFEFF${stringify([HEADERS[request.language], row], { quoted_string: true })}`;
}

/** GET /export/statistics.csv?area=CODE&year=YYYY&lang=fi|sv|en, behind the gateway's sign-in. */
export function exportRoutes(router: Router, environment: RouteEnvironment): void {
  router.get('/export/statistics.csv', async (req, res) => {
    const fail = (status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });
    try {
      const caller = await environment.callerOf(req);
      const areaCode = String(req.query.area ?? '').trim().toLowerCase();
      const year = Number(req.query.year);
      const language = String(req.query.lang ?? 'fi') as Language;
      if (!/^[a-z0-9-]{2,63}$/.test(areaCode)) return fail(400, 'BAD_USER_INPUT', 'area: give an area code, e.g. area=helsinki');
      if (!Number.isInteger(year) || year < 2015 || year > 2100) return fail(400, 'BAD_USER_INPUT', 'year: give a year from 2015 on');
      if (!(language in HEADERS)) return fail(400, 'BAD_USER_INPUT', 'lang: fi, sv or en');
      assertMayReadArea(caller, areaCode);
      const csv = await exportAreaYear(environment, { areaCode, year, language }, !seesRawCounts(caller));
      if (csv === null) return fail(404, 'NOT_FOUND', `area: no area "${areaCode}"`);
      res.type('text/csv; charset=utf-8').setHeader('content-disposition', `attachment; filename="kaikukortti-${areaCode}-${year}.csv"`).send(csv);
    } catch (error) {
      if (error instanceof GraphQLError) {
        const code = String(error.extensions.code);
        return fail(code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 400, code, error.message);
      }
      environment.logger.error({ err: error }, 'export failed');
      return fail(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
}

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { SingleBar, Presets } from 'cli-progress';
import { StartupError } from '@kaiku/database';

/** Column names accepted in the CSV header (case-insensitive), by the field they fill. */
const COLUMNS: Record<string, string[]> = {
  cardNumber: ['card_number', 'cardnumber', 'card', 'kortin_numero', 'kortnummer'],
  usedOn: ['date', 'used_on', 'usedon', 'paiva', 'päivä', 'datum'],
  category: ['category', 'kategoria', 'kategori'],
  adultTickets: ['adult_tickets', 'adulttickets', 'adults', 'aikuiset', 'vuxna'],
  childTickets: ['child_tickets', 'childtickets', 'children', 'lapset', 'barn'],
  coursePlaces: ['course_places', 'courseplaces', 'courses', 'kurssipaikat', 'kursplatser'],
  offerId: ['offer', 'offer_id', 'offerid', 'tarjous', 'erbjudande'],
};

export interface ImportRow {
  cardNumber: string;
  usedOn: string;
  category: string;
  adultTickets: number;
  childTickets?: number;
  coursePlaces?: number;
  offerId?: string;
}

/** Reads a CSV of uses (UTF-8, comma or semicolon separated, a header row). */
export function readUsesCsv(file: string): ImportRow[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const delimiter = (text.split('\n')[0].match(/;/g)?.length ?? 0) > (text.split('\n')[0].match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: Record<string, string>[] = parse(text, { columns: (header: string[]) => header.map(fieldOf), delimiter, skip_empty_lines: true, trim: true });
  return records.map((record) => ({
    cardNumber: record.cardNumber ?? '',
    usedOn: record.usedOn ?? '',
    category: (record.category ?? '').toUpperCase(),
    adultTickets: count(record.adultTickets) ?? 0,
    childTickets: count(record.childTickets),
    coursePlaces: count(record.coursePlaces),
    offerId: record.offerId || undefined,
  }));
}

function fieldOf(header: string): string {
  const key = header.trim().toLowerCase().replace(/\s+/g, '_');
  const field = Object.entries(COLUMNS).find(([, names]) => names.includes(key))?.[0];
  if (!field) throw new StartupError(`Unknown column "${header}": use ${Object.values(COLUMNS).map((names) => names[0]).join(', ')}.`);
  return field;
}

function count(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = Number(value);
  return Number.isInteger(parsed) ? parsed : -1;
}

const IMPORT = `mutation Import($input: ImportCardUsesInput!) {
  importCardUses(input: $input) { accepted alreadyRecorded rejected { row field code reason } }
}`;

export interface ImportSummary {
  accepted: number;
  alreadyRecorded: number;
  rejected: Array<{ row: number; field: string | null; code: string; reason: string }>;
}

/** Sends the rows through the gateway in chunks, as the venue's staff, with a progress bar. */
export async function importUses(options: { rows: ImportRow[]; partnerId: string; gatewayUrl: string; token: string; chunkSize?: number; progress?: boolean }): Promise<ImportSummary> {
  const chunkSize = options.chunkSize ?? 100;
  const summary: ImportSummary = { accepted: 0, alreadyRecorded: 0, rejected: [] };
  const bar = options.progress ? new SingleBar({ format: 'Importing uses [{bar}] {value}/{total} rows', clearOnComplete: false, stream: process.stderr, noTTYOutput: !process.stderr.isTTY, notTTYSchedule: 500 }, Presets.shades_classic) : null;
  bar?.start(options.rows.length, 0);
  try {
    for (let start = 0; start < options.rows.length; start += chunkSize) {
      const rows = options.rows.slice(start, start + chunkSize);
      // Row numbers as in the file: the header is row 1.
      const input = { partnerId: options.partnerId, rows, firstRowNumber: start + 2 };
      const response = await fetch(options.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify({ query: IMPORT, variables: { input } }),
      });
      const body = (await response.json()) as { data?: { importCardUses: ImportSummary }; errors?: Array<{ message: string }> };
      if (body.errors?.length || !body.data) throw new StartupError(`The import was refused: ${body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`}`);
      const report = body.data.importCardUses;
      summary.accepted += report.accepted;
      summary.alreadyRecorded += report.alreadyRecorded;
      summary.rejected.push(...report.rejected);
      bar?.update(Math.min(options.rows.length, start + chunkSize));
    }
  } finally {
    bar?.stop();
  }
  return summary;
}

import { currentToken } from '../../auth/session';

/** Saves a file the page made or fetched, under a name, through the browser's own download. */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV with quoted text and a BOM, so spreadsheet programs read ä and ö right. */
export function csv(rows: Array<Array<string | number | null>>): Blob {
  const cell = (value: string | number | null) => (value === null ? '' : typeof value === 'number' ? String(value) : `"${value.replace(/"/g, '""')}"`);
  return new Blob([`\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}

/** A file behind the gateway's sign-in (the export routes), with the person's token. */
export async function fetchSignedIn(path: string): Promise<Blob> {
  const token = currentToken();
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`${response.status}`);
  return response.blob();
}

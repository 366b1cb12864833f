import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import { SuppressionNote } from './CountText';
import './charts.css';

interface Props {
  title: string;
  rowsHeader: string;
  columnsHeader: string;
  rows: Array<{ key: string; label: string }>;
  columns: Array<{ key: string; label: string }>;
  /** values[i][j] for rows[i] x columns[j]; null where the graph suppressed it. */
  values: ReadonlyArray<ReadonlyArray<number | null> | null>;
}

/**
 * Shades from light to dark, each with a text colour of at least 4.5:1 on it, so the figure in
 * every cell stays readable. The shade repeats what the number says, it never replaces it.
 */
const SHADES = [
  { background: '#ffffff', color: '#212121' },
  { background: '#dce7f3', color: '#212121' },
  { background: '#a9c4e4', color: '#212121' },
  { background: '#3f6fb0', color: '#ffffff' },
  { background: '#003479', color: '#ffffff' },
];

function shade(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  const share = Math.log1p(value) / Math.log1p(max);
  return Math.min(4, 1 + Math.floor(share * 4));
}

/**
 * The heat map is the table itself: one row per home area, one column per venue area, each
 * cell its number on a shade of blue by its size (log scale). Screen readers read it as the
 * table it is, with both headers; the eye sees the pattern.
 */
export function HeatMap({ title, rowsHeader, columnsHeader, rows: givenRows, columns: givenColumns, values }: Props) {
  const { t } = useTranslation();
  // The graph orders areas by id; people look for them by name.
  const byName = (list: Props['rows']) => list.map((item, index) => ({ ...item, index })).sort((a, b) => a.label.localeCompare(b.label, 'fi'));
  const rows = byName(givenRows);
  const columns = byName(givenColumns);
  const id = useId();
  const max = Math.max(0, ...values.flatMap((row) => row ?? []).map((value) => value ?? 0));
  const suppressedText = t('nation.charts.suppressed');
  const hidden = values.some((row) => row?.some((value) => value === null));
  return (
    <section className="figure heat-map" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length === 0 ? (
        <p>{t('nation.charts.empty')}</p>
      ) : (
        <>
          <p className="figure-note">{t('nation.charts.heatMapHow', { rows: rowsHeader, columns: columnsHeader })}</p>
          <ul className="figure-legend">
            {SHADES.slice(1).map((s, i) => (
              <li key={s.background}><span aria-hidden="true" style={{ background: s.background }} />{t(`nation.charts.shade${i + 1}`)}</li>
            ))}
          </ul>
          <div className="figure-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`} data-chart="heat-map">
            <table className="figure-table heat-table">
              <caption id={`${id}-caption`}>{t('nation.charts.heatCaption', { title, rows: rowsHeader, columns: columnsHeader })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('nation.charts.heatCorner', { rows: rowsHeader, columns: columnsHeader })}</th>
                  {columns.map((column) => <th key={column.key} scope="col">{column.label}</th>)}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    {columns.map((column) => {
                      const value = values[row.index]?.[column.index] ?? null;
                      if (value === null) return <td key={column.key} className="suppressed" style={{ background: '#eeeeee' }}>{suppressedText}</td>;
                      const s = SHADES[shade(value, max)];
                      return <td key={column.key} style={{ background: s.background, color: s.color }}>{formatNumber(value)}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {hidden && <SuppressionNote />}
        </>
      )}
    </section>
  );
}

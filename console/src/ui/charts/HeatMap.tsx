import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SuppressionNote } from './CountText';
import { numberFormat } from './format';
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

/** The legend's swatches: the shades of charts.css (.heat-1 to .heat-4). */
const SHADES = ['#ffffff', '#dce7f3', '#a9c4e4', '#3f6fb0', '#003479'];

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
  const { t, i18n } = useTranslation();
  // The graph orders areas by id; people look for them by name.
  const byName = (list: Props['rows']) => list.map((item, index) => ({ ...item, index })).sort((a, b) => a.label.localeCompare(b.label, 'fi'));
  const rows = byName(givenRows);
  const columns = byName(givenColumns);
  const id = useId();
  const max = Math.max(0, ...values.flatMap((row) => row ?? []).map((value) => value ?? 0));
  const suppressedText = t('nation.charts.suppressed');
  // One formatter for every cell: a table of areas² cells would otherwise build thousands.
  const format = numberFormat(i18n.language);
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
            {SHADES.slice(1).map((background, i) => (
              <li key={background}><span aria-hidden="true" style={{ background }} />{t(`nation.charts.shade${i + 1}`)}</li>
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
                      if (value === null) return <td key={column.key} className="suppressed heat-hidden">{suppressedText}</td>;
                      return <td key={column.key} className={`heat-${shade(value, max)}`}>{format.format(value)}</td>;
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

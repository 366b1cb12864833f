import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../format';
import { CountText, SuppressionNote } from './CountText';
import { isSuppressed, type FigureRow, type Series } from './format';
import './charts.css';

interface Props {
  title: string;
  /** Names the table's first column (month, category, area). */
  rowHeader: string;
  rows: FigureRow[];
  series: Series[];
  /** Series drawn as one stacked bar per row instead of side by side. */
  stacked?: boolean;
  /** Bars across (long labels such as area names) instead of up. */
  horizontal?: boolean;
  headingLevel?: 2 | 3;
}

/**
 * A bar chart and, below it, the same figures as a table. The chart is a picture for the eye
 * (role img, named); the table is what a screen reader and a keyboard user read. A suppressed
 * count is drawn as nothing and written as suppressed in the table.
 */
export function BarFigure({ title, rowHeader, rows, series, stacked, horizontal, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  // A row whose every count is hidden says so on the chart's axis, where its bar would be.
  const allHidden = (row: FigureRow) => series.every((s) => isSuppressed(row, s.key, row.values[s.key]));
  const data = rows.map((row) => ({
    label: allHidden(row) ? t('nation.charts.labelSuppressed', { label: row.label }) : row.label,
    ...Object.fromEntries(series.map((s) => [s.key, row.values[s.key] ?? null])),
  }));
  const hidden = rows.some((row) => series.some((s) => isSuppressed(row, s.key, row.values[s.key])));
  const height = horizontal ? Math.max(120, rows.length * (stacked || series.length === 1 ? 28 : 22 * series.length) + 40) : 260;
  return (
    <section className="figure" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      {rows.length === 0 ? (
        <p>{t('nation.charts.empty')}</p>
      ) : (
        <>
          <div className="figure-chart" role="img" aria-label={t('nation.charts.chartLabel', { title })} data-chart="bar">
            <BarChart
              responsive
              style={{ width: '100%', height }}
              data={data}
              layout={horizontal ? 'vertical' : 'horizontal'}
              accessibilityLayer={false}
              margin={{ top: 8, right: 16, bottom: 4, left: horizontal ? 8 : 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={!!horizontal} />
              {horizontal ? (
                <>
                  <XAxis type="number" tickFormatter={formatNumber} allowDecimals={false} />
                  <YAxis type="category" dataKey="label" width={130} interval={0} tick={{ fontSize: 13 }} />
                </>
              ) : (
                <>
                  <XAxis dataKey="label" tick={{ fontSize: 13 }} />
                  <YAxis tickFormatter={formatNumber} allowDecimals={false} width={56} />
                </>
              )}
              {series.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? 'all' : undefined} maxBarSize={48} isAnimationActive={false} />
              ))}
            </BarChart>
          </div>
          {series.length > 1 && (
            <ul className="figure-legend" aria-hidden="true">
              {series.map((s) => (
                <li key={s.key}><span aria-hidden="true" style={{ background: s.color }} />{s.label}</li>
              ))}
            </ul>
          )}
          {/* Focusable so a keyboard can scroll a table wider than a phone. */}
          <div className="figure-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
            <table className="figure-table">
              <caption id={`${id}-caption`}>{t('nation.charts.tableCaption', { title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{rowHeader}</th>
                  {series.map((s) => <th key={s.key} scope="col">{s.label}</th>)}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    {series.map((s) => (
                      <td key={s.key}><CountText value={row.values[s.key]} suppressed={isSuppressed(row, s.key, row.values[s.key])} /></td>
                    ))}
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

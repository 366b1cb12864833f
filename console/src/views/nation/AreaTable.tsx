import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NationFiguresQuery } from '../../gql/graphql';
import { localized } from '../../ui/format';
import { SuppressionNote } from '../../ui/charts/CountText';
import { numberFormat } from '../../ui/charts/format';
import '../../ui/charts/charts.css';

type Row = NationFiguresQuery['nationalStatistics']['byArea'][number];
const MEASURES = ['cardsIssued', 'activeCards', 'cardsUsed', 'uses', 'adultTickets', 'childTickets', 'coursePlaces'] as const;

/** Every area with cards or uses in the period: its status and figures, by name. */
export function AreaTable({ rows }: { rows: Row[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // Plain cells (one formatter, no hook per cell): a hundred areas make seven hundred of them.
  const format = numberFormat(i18n.language);
  const suppressedText = t('nation.charts.suppressed');
  const sorted = [...rows].sort((a, b) => localized(a.area.name).localeCompare(localized(b.area.name), 'fi'));
  const hidden = rows.some((row) => row.totals.suppressed.length > 0);
  return (
    <section className="figure" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('nation.areas')}</h2>
      <div className="figure-table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table className="figure-table">
          <caption id={`${id}-caption`}>{t('nation.areasCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('nation.charts.area')}</th>
              <th scope="col">{t('nation.charts.status')}</th>
              {MEASURES.map((measure) => <th key={measure} scope="col">{t(`nation.measure.${measure}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.area.id}>
                <th scope="row">{localized(row.area.name) || row.area.code}</th>
                <td className="text">{t(`nation.status.${row.area.status}`)}</td>
                {MEASURES.map((measure) => {
                  const value = row.totals[measure];
                  if (value === null || value === undefined) {
                    const hiddenHere = row.totals.suppressed.includes(measure);
                    return <td key={measure} className={hiddenHere ? 'suppressed' : undefined}>{hiddenHere ? suppressedText : t('nation.charts.none')}</td>;
                  }
                  return <td key={measure}>{format.format(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden && <SuppressionNote />}
    </section>
  );
}

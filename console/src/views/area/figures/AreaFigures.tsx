import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { GraphError, query } from '../../../graph/client';
import { AreaFiguresDocument, type AreaFiguresQuery } from '../../../gql/graphql';
import { localized } from '../../../ui/format';
import { BarFigure } from '../../../ui/charts/BarFigure';
import { SuppressionNote } from '../../../ui/charts/CountText';
import { fetchSignedIn, saveFile } from '../../../ui/charts/download';
import { PALETTE, type FigureRow } from '../../../ui/charts/format';
import { PeriodPicker, usePeriod } from '../../../ui/charts/PeriodPicker';
import { categoryRows, monthRows, monthSeries, ticketSeries, totalItems } from '../../../ui/charts/rows';
import { Totals } from '../../../ui/charts/Totals';
import { WellbeingFigures } from '../../wellbeing/WellbeingFigures';

type Statistics = NonNullable<AreaFiguresQuery['area']>['statistics'];
type Cell = { uses?: number | null; suppressed: string[]; other: { id: string; name: { fi: string; sv?: string | null; en?: string | null } } };

/** Other areas' rows, the largest given counts first, suppressed ones after them in the graph's order. */
function areaRows(cells: Cell[]): FigureRow[] {
  return [...cells]
    .sort((a, b) => (b.uses ?? -1) - (a.uses ?? -1))
    .map((cell) => ({ key: cell.other.id, label: localized(cell.other.name), values: { uses: cell.uses ?? null }, suppressed: cell.suppressed }));
}

/**
 * The area's figures for a period: key figures, uses by month and by category, adults and
 * children, where the area's holders went and who came from elsewhere; every chart with its
 * table. Counts come exactly as the graph gives them (suppressed for coordinators).
 */
export function AreaFigures({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = usePeriod();
  const [figures, setFigures] = useState<{ key: string; statistics: Statistics | null } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [exportFailure, setExportFailure] = useState<string | null>(null);
  const key = `${code}|${period.from}|${period.to}`;

  useEffect(() => {
    let current = true;
    setFailure(null);
    query(AreaFiguresDocument, { code, ...period })
      .then((data) => current && setFigures({ key, statistics: data.area?.statistics ?? null }))
      .catch((error: unknown) => {
        if (!current) return;
        setFailure(error instanceof GraphError ? t(`errors.${error.code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') }) : t('common.offline'));
      });
    return () => {
      current = false;
    };
  }, [code, key]); // eslint-disable-line react-hooks/exhaustive-deps

  const year = Number(period.to.slice(0, 4));
  const download = async () => {
    setExportFailure(null);
    try {
      const blob = await fetchSignedIn(`/export/statistics.csv?area=${encodeURIComponent(code)}&year=${year}&lang=${i18n.language}`);
      saveFile(`kaikukortti-${code}-${year}.csv`, blob);
    } catch {
      setExportFailure(t('nation.figures.exportFailed'));
    }
  };

  const statistics = figures?.key === key ? figures.statistics : null;
  return (
    <section aria-labelledby="area-figures-title" className="area-figures">
      <h2 id="area-figures-title">{t('nation.figures.title')}</h2>
      <PeriodPicker period={period} onChange={setPeriod} />
      <div className="figure-actions">
        <Button variant="secondary" onClick={() => void download()}>{t('nation.figures.export', { year })}</Button>
      </div>
      <p className="figure-note">{t('nation.figures.exportHint')}</p>
      {exportFailure && <p role="alert" className="error">{exportFailure}</p>}
      {failure && <p role="alert" className="error">{failure}</p>}
      {!failure && !statistics && <p role="status">{t('common.loading')}</p>}
      {statistics && <AreaCharts statistics={statistics} />}
    </section>
  );
}

function AreaCharts({ statistics }: { statistics: Statistics }) {
  const { t } = useTranslation();
  const hidden = statistics.totals.suppressed.length > 0;
  const usesSeries = [{ key: 'uses', label: t('nation.measure.uses'), color: PALETTE[0] }];
  return (
    <div data-figures="drawn">
      <p className="figure-note">{t('nation.figures.whose')}</p>
      <Totals items={totalItems(t, statistics.totals)} suppressed={statistics.totals.suppressed} />
      {hidden && <SuppressionNote />}
      <BarFigure headingLevel={3} title={t('nation.figures.byMonth')} rowHeader={t('nation.charts.month')} rows={monthRows(statistics.byMonth)} series={monthSeries(t)} />
      <BarFigure headingLevel={3} title={t('nation.figures.byCategory')} rowHeader={t('nation.charts.category')} rows={categoryRows(t, statistics.byCategory, ['uses'])} series={usesSeries} />
      <BarFigure
        headingLevel={3}
        stacked
        title={t('nation.figures.people')}
        rowHeader={t('nation.charts.category')}
        rows={categoryRows(t, statistics.byCategory, ['adultTickets', 'childTickets', 'coursePlaces'])}
        series={ticketSeries(t)}
      />
      <BarFigure
        headingLevel={3}
        horizontal
        title={t('nation.figures.wentTo')}
        rowHeader={t('nation.charts.venueArea')}
        rows={areaRows(statistics.holdersWentTo.map((cell) => ({ ...cell, other: cell.venueArea })))}
        series={usesSeries}
      />
      <BarFigure
        headingLevel={3}
        horizontal
        title={t('nation.figures.visitors')}
        rowHeader={t('nation.charts.homeArea')}
        rows={areaRows(statistics.visitorsFrom.map((cell) => ({ ...cell, other: cell.homeArea })))}
        series={usesSeries}
      />
      <WellbeingFigures figures={statistics.wellbeing} headingLevel={3} />
    </div>
  );
}

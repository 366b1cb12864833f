import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { GraphError, query } from '../../graph/client';
import { NationFiguresDocument, NationOpenDataDocument, type NationFiguresQuery } from '../../gql/graphql';
import { localized } from '../../ui/format';
import { BarFigure } from '../../ui/charts/BarFigure';
import { SuppressionNote } from '../../ui/charts/CountText';
import { csv, saveFile } from '../../ui/charts/download';
import { PALETTE } from '../../ui/charts/format';
import { HeatMap } from '../../ui/charts/HeatMap';
import { PeriodPicker, usePeriod } from '../../ui/charts/PeriodPicker';
import { categoryRows, monthRows, monthSeries, ticketSeries, totalItems } from '../../ui/charts/rows';
import { Totals } from '../../ui/charts/Totals';
import { AreaTable } from './AreaTable';
import { WellbeingFigures } from '../wellbeing/WellbeingFigures';

type Figures = NationFiguresQuery['nationalStatistics'];

/** `/nation` (ANALYST, NATIONAL_ADMIN): the whole network's figures for a period, every chart with its table. */
export default function Nation() {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = usePeriod();
  const [figures, setFigures] = useState<{ key: string; figures: Figures } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);
  const key = `${period.from}|${period.to}`;

  useEffect(() => {
    let current = true;
    setFailure(null);
    query(NationFiguresDocument, period)
      .then((data) => current && setFigures({ key, figures: data.nationalStatistics }))
      .catch((error: unknown) => {
        if (!current) return;
        setFailure(error instanceof GraphError ? t(`errors.${error.code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') }) : t('common.offline'));
      });
    return () => {
      current = false;
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  const year = Number(period.to.slice(0, 4));
  /** The open data of the year (every small count suppressed, as anyone may read it), as CSV. */
  const openData = async () => {
    setDownloadFailure(null);
    try {
      const { publicStatistics } = await query(NationOpenDataDocument, { year });
      const header = ['area', 'areaName', 'year', 'cardsIssued', 'cardsUsed', 'uses', 'suppressed'].map((column) => t(`nation.openData.${column}`));
      const rows = publicStatistics.byArea.map((row) => [row.area.code, localized(row.area.name), year, row.cardsIssued ?? null, row.cardsUsed ?? null, row.uses ?? null, row.suppressed.join(' ')]);
      const total = publicStatistics.totals;
      rows.push(['', t('nation.openData.total'), year, total.cardsIssued ?? null, total.cardsUsed ?? null, total.uses ?? null, total.suppressed.join(' ')]);
      saveFile(`kaikukortti-open-data-${year}-${i18n.language}.csv`, csv([header, ...rows]));
    } catch {
      setDownloadFailure(t('nation.openData.failed'));
    }
  };

  const shown = figures?.key === key ? figures.figures : null;
  return (
    <section className="figures-wide">
      <Heading variant="h1">{t('nation.title')}</Heading>
      <PeriodPicker period={period} onChange={setPeriod} />
      <div className="figure-actions">
        <Button variant="secondary" onClick={() => void openData()}>{t('nation.openData.button', { year })}</Button>
      </div>
      <p className="figure-note">{t('nation.openData.hint')}</p>
      {downloadFailure && <p role="alert" className="error">{downloadFailure}</p>}
      {failure && <p role="alert" className="error">{failure}</p>}
      {!failure && !shown && <p role="status">{t('common.loading')}</p>}
      {shown && <NationCharts figures={shown} />}
    </section>
  );
}

function NationCharts({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const matrix = figures.crossAreaMatrix;
  const named = (areas: typeof matrix.homeAreas) => areas.map((area) => ({ key: area.id, label: localized(area.name) || area.code }));
  return (
    <div data-figures="drawn">
      <h2>{t('nation.totals')}</h2>
      <Totals items={totalItems(t, figures.totals)} suppressed={figures.totals.suppressed} />
      {figures.totals.suppressed.length > 0 && <SuppressionNote />}
      <BarFigure title={t('nation.byMonth')} rowHeader={t('nation.charts.month')} rows={monthRows(figures.byMonth)} series={monthSeries(t)} />
      <BarFigure
        title={t('nation.byCategory')}
        rowHeader={t('nation.charts.category')}
        rows={categoryRows(t, figures.byCategory, ['uses'])}
        series={[{ key: 'uses', label: t('nation.measure.uses'), color: PALETTE[0] }]}
      />
      <BarFigure stacked title={t('nation.people')} rowHeader={t('nation.charts.category')} rows={categoryRows(t, figures.byCategory, ['adultTickets', 'childTickets', 'coursePlaces'])} series={ticketSeries(t)} />
      <AreaTable rows={figures.byArea} />
      <HeatMap
        title={t('nation.crossArea')}
        rowsHeader={t('nation.charts.homeArea')}
        columnsHeader={t('nation.charts.venueArea')}
        rows={named(matrix.homeAreas)}
        columns={named(matrix.venueAreas)}
        values={matrix.uses}
      />
      <WellbeingFigures figures={figures.wellbeing} headingLevel={2} />
    </div>
  );
}

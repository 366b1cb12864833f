/**
 * WellbeingFigures: the wellbeing measure's distribution (at issue, at renewal) and the change
 * from issue to the first renewal, as tables with simple bars; no chart library. Not mounted
 * here: the area and national views mount it.
 *
 *   // in the view's .graphql: statistics(from: $from, to: $to) { wellbeing { ...WellbeingFigureFields } }
 *   import { WellbeingFigures } from '../wellbeing/WellbeingFigures';
 *   <WellbeingFigures figures={data.area.statistics.wellbeing} headingLevel={2} />
 *
 * The fragment is `WellbeingFigureFields` in ./wellbeing.graphql (type WellbeingFigureFieldsFragment).
 * Counts come suppressed for every caller; a suppressed one is written as suppressed, never as
 * a number, and draws no bar.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WellbeingFigureFieldsFragment } from '../../gql/graphql';
import { formatNumber } from '../../ui/format';
import './wellbeing.css';

interface Props {
  figures: WellbeingFigureFieldsFragment;
  headingLevel?: 2 | 3;
}

interface Row {
  key: string;
  label: string;
  count: number | null | undefined;
  suppressed: boolean;
}

export function WellbeingFigures({ figures, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const bandRows = (rows: WellbeingFigureFieldsFragment['atIssue']): Row[] =>
    rows.map((row) => ({ key: row.band, label: t('wellbeing.figures.band', { lowest: row.lowest, highest: row.highest }), count: row.answers, suppressed: row.suppressed.includes('answers') }));
  const changeRows: Row[] = figures.change.map((row) => ({
    key: row.direction,
    label: t(`wellbeing.figures.direction.${row.direction}`),
    count: row.holders,
    suppressed: row.suppressed.includes('holders'),
  }));
  const anyHidden = [...bandRows(figures.atIssue), ...bandRows(figures.atRenewal), ...changeRows].some((row) => row.suppressed);
  const months = figures.fromMonth === figures.toMonth ? figures.fromMonth : `${figures.fromMonth} – ${figures.toMonth}`;
  const table = (key: string, title: string, rowHeader: string, countHeader: string, rows: Row[]) => (
    <section aria-labelledby={`${id}-${key}`}>
      <Sub id={`${id}-${key}`}>{title}</Sub>
      <table>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col">{countHeader}</th>
            <th scope="col">{t('wellbeing.figures.bar')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="count">
                {row.suppressed ? <span className="wellbeing-suppressed">{t('wellbeing.figures.suppressed')}</span> : formatNumber(row.count ?? 0)}
              </td>
              <td aria-hidden="true">{!row.suppressed && <Bar rows={rows} count={row.count ?? 0} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
  return (
    <section className="wellbeing-figures" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{t('wellbeing.figures.title')}</Heading>
      <p>{t('wellbeing.figures.intro', { months })}</p>
      {table('issue', t('wellbeing.figures.atIssue'), t('wellbeing.figures.score'), t('wellbeing.figures.answers'), bandRows(figures.atIssue))}
      {table('renewal', t('wellbeing.figures.atRenewal'), t('wellbeing.figures.score'), t('wellbeing.figures.answers'), bandRows(figures.atRenewal))}
      {table('change', t('wellbeing.figures.change'), t('wellbeing.figures.changeHeader'), t('wellbeing.figures.holders'), changeRows)}
      {anyHidden && <p>{t('wellbeing.figures.suppressedNote')}</p>}
    </section>
  );
}

/** A bar as long as the count against the largest shown count of its table. */
function Bar({ rows, count }: { rows: Row[]; count: number }) {
  const largest = Math.max(1, ...rows.filter((row) => !row.suppressed).map((row) => row.count ?? 0));
  return <span className="wellbeing-bar" style={{ width: `${(100 * count) / largest}%` }} />;
}

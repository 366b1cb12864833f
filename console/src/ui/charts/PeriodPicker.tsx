import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { finnishToday } from './format';
import './charts.css';

export interface Period {
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIRST_YEAR = 2015; // the programme's figures start here (the graph refuses earlier)

function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The period in the page's address (?from=&to=), so a view can be shared and reloaded; this year by default. */
export function usePeriod(): [Period, (period: Period) => void] {
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const period = DATE.test(from) && DATE.test(to) ? { from, to } : yearPeriod(Number(finnishToday().slice(0, 4)));
  const choose = (next: Period) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.set('from', next.from);
      copy.set('to', next.to);
      return copy;
    });
  return [period, choose];
}

type Problem = { field: 'from' | 'to'; key: string } | null;

function check(period: Period): Problem {
  if (!DATE.test(period.from)) return { field: 'from', key: 'nation.period.badDate' };
  if (!DATE.test(period.to)) return { field: 'to', key: 'nation.period.badDate' };
  if (period.from < `${FIRST_YEAR}-01-01`) return { field: 'from', key: 'nation.period.tooEarly' };
  if (period.from > period.to) return { field: 'to', key: 'nation.period.beforeFrom' };
  if (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) > 10) return { field: 'to', key: 'nation.period.tooLong' };
  return null;
}

/**
 * A year to pick at once, or any dates from-to. Native controls only: a keyboard picks a year
 * with the arrow keys and types dates; the error is next to its field, in the reader's language.
 */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(period);
  const [shown, setShown] = useState(period);
  const [problem, setProblem] = useState<Problem>(null);
  if (shown.from !== period.from || shown.to !== period.to) {
    // The address changed (back button, a year chosen): the fields follow it.
    setShown(period);
    setDraft(period);
  }
  const thisYear = Number(finnishToday().slice(0, 4));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const wholeYear = /^(\d{4})-01-01$/.exec(period.from)?.[1];
  const selectedYear = wholeYear && period.to === `${wholeYear}-12-31` ? wholeYear : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(draft);
    setProblem(found);
    if (!found) onChange(draft);
  };
  const fieldError = (field: 'from' | 'to') =>
    problem?.field === field ? <span id={`period-${field}-error`} className="error">{t(problem.key)}</span> : null;

  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="figures-period">
        <legend>{t('nation.period.legend')}</legend>
        <label className="field">
          {t('nation.period.year')}
          <select
            value={selectedYear}
            onChange={(event) => {
              if (!event.target.value) return;
              setProblem(null);
              onChange(yearPeriod(Number(event.target.value)));
            }}
          >
            {!selectedYear && <option value="">{t('nation.period.custom')}</option>}
            {years.map((year) => <option key={year} value={year}>{year}</option>)}
          </select>
        </label>
        <label className="field">
          {t('nation.period.from')}
          <input
            type="date"
            value={draft.from}
            min={`${FIRST_YEAR}-01-01`}
            aria-invalid={problem?.field === 'from' || undefined}
            aria-describedby={problem?.field === 'from' ? 'period-from-error' : undefined}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
          {fieldError('from')}
        </label>
        <label className="field">
          {t('nation.period.to')}
          <input
            type="date"
            value={draft.to}
            min={`${FIRST_YEAR}-01-01`}
            aria-invalid={problem?.field === 'to' || undefined}
            aria-describedby={problem?.field === 'to' ? 'period-to-error' : undefined}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
          {fieldError('to')}
        </label>
        <Button type="submit">{t('nation.period.show')}</Button>
      </fieldset>
    </form>
  );
}

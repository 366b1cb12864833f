import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import type { Count } from './format';

/**
 * A count as the graph gave it. A suppressed one (null, named in the row's `suppressed`) is
 * shown as suppressed, never as a number: a hidden count may be small or may be one that
 * would let a small one be worked out, so no number or range is implied.
 */
export function CountText({ value, suppressed }: { value: Count; suppressed: boolean }) {
  const { t } = useTranslation();
  if (suppressed) return <span className="suppressed">{t('nation.charts.suppressed')}</span>;
  if (value === null || value === undefined) return <span>{t('nation.charts.none')}</span>;
  return <>{formatNumber(value)}</>;
}

/** The one explanation shown with every figure that hides a count. */
export function SuppressionNote() {
  const { t } = useTranslation();
  return <p className="figure-note">{t('nation.charts.suppressedNote')}</p>;
}

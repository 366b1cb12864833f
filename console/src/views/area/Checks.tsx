import { useTranslation } from 'react-i18next';

export interface Check {
  code: string;
  passed: boolean;
  reason: string;
}

/** Readiness checks: passed or not in words and a mark (never colour alone), the graph's reason beside. */
export function Checks({ checks }: { checks: Check[] }) {
  const { t } = useTranslation();
  return (
    <ul className="checks">
      {checks.map((check) => (
        <li key={check.code} className={check.passed ? 'passed' : 'failed'}>
          <span className="check-mark" aria-hidden="true">{check.passed ? '✓' : '✕'}</span>
          <span>
            <strong>{t(`area.check.${check.code}`)}</strong>
            {': '}
            <span className="check-state">{check.passed ? t('area.readiness.passed') : t('area.readiness.failed')}</span>
            <span className="check-reason">{check.reason}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

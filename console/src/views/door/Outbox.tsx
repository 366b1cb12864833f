import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../../ui/useOnline';
import { dismissRefused, flush, onQueueChange, pendingUses, recordedUses, refusedUses, type PendingUse, type RecordedUse, type RefusedUse } from './queue';
import { TodayUses } from './TodayUses';

/** Uses waiting to be sent, uses the graph refused, and today's uses at this venue. */
export function Outbox({ venueId }: { venueId: string }) {
  const { t } = useTranslation();
  const online = useOnline();
  const [pending, setPending] = useState<PendingUse[]>([]);
  const [refused, setRefused] = useState<RefusedUse[]>([]);
  const [recorded, setRecorded] = useState<RecordedUse[]>([]);

  useEffect(() => {
    const load = () => {
      void pendingUses().then(setPending);
      void refusedUses().then(setRefused);
      void recordedUses().then(setRecorded);
    };
    load();
    return onQueueChange(load);
  }, []);
  // Back online (or opened with uses waiting): send them.
  useEffect(() => {
    if (online) void flush();
  }, [online]);
  // And every few seconds while uses wait: an 'online' event can be missed, a gateway can restart.
  useEffect(() => {
    if (!pending.length) return;
    const timer = setInterval(() => navigator.onLine && void flush(), 3000);
    return () => clearInterval(timer);
  }, [pending.length]);

  return (
    <>
      {pending.length > 0 && <p role="status" className="waiting">{t('door.waiting', { count: pending.length })}</p>}
      {refused.length > 0 && (
        <section aria-labelledby="refused-title" className="refused">
          <h2 id="refused-title">{t('door.refusedTitle')}</h2>
          <ul>
            {refused.map((use) => (
              <li key={use.key}>
                <span>{t(`errors.${use.code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') })}: {use.message}</span>{' '}
                <button type="button" className="link-button" onClick={() => void dismissRefused(use.key)}>{t('door.dismiss')}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <TodayUses venueId={venueId} pending={pending} recorded={recorded} />
    </>
  );
}

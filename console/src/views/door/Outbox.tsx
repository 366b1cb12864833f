import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphError, mutate } from '../../graph/client';
import { DoorCancelUseDocument } from '../../gql/graphql';
import { formatTime } from '../../ui/format';
import { useOnline } from '../../ui/useOnline';
import { dismissRefused, flush, markCancelled, onQueueChange, pendingUses, recordedUses, refusedUses, type PendingUse, type RecordedUse, type RefusedUse } from './queue';

/** Uses waiting to be sent, uses the graph refused, and today's uses at this venue. */
export function Outbox({ venueId }: { venueId: string }) {
  const { t } = useTranslation();
  const online = useOnline();
  const [pending, setPending] = useState<PendingUse[]>([]);
  const [refused, setRefused] = useState<RefusedUse[]>([]);
  const [recorded, setRecorded] = useState<RecordedUse[]>([]);
  const [cancelError, setCancelError] = useState<string | null>(null);

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

  // The graph dates uses in Finnish time (YYYY-MM-DD), whatever the device's time zone.
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
  const todays = recorded.filter((use) => use.partnerId === venueId && use.usedOn === today);
  const cancel = async (use: RecordedUse) => {
    setCancelError(null);
    try {
      const { cancelCardUse } = await mutate(DoorCancelUseDocument, { useId: use.id });
      await markCancelled(use.id, cancelCardUse.cancelledAt ?? new Date().toISOString());
    } catch (error) {
      setCancelError(error instanceof GraphError ? t(`errors.${error.code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') }) : t('common.offline'));
    }
  };

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
      <section aria-labelledby="today-title" className="today">
        <h2 id="today-title">{t('door.todayTitle')}</h2>
        {cancelError && <p role="alert" className="error">{cancelError}</p>}
        {todays.length === 0 ? <p>{t('door.todayNone')}</p> : (
          <ul>
            {todays.map((use) => (
              <li key={use.id} className={use.cancelledAt ? 'cancelled' : undefined}>
                <span>{t('door.useLine', { time: formatTime(use.createdAt), adults: use.adultTickets, children: use.childTickets, category: t(`category.${use.category}`) })}</span>{' '}
                {use.cancelledAt ? <span>{t('door.cancelled')}</span> : (
                  <button type="button" className="link-button" onClick={() => void cancel(use)}>{t('door.cancel')}</button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

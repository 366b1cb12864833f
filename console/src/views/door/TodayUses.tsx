import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphError, mutate, query } from '../../graph/client';
import { DoorCancelUseDocument, DoorVenueUsesDocument, type DoorVenueUsesQuery } from '../../gql/graphql';
import { formatTime } from '../../ui/format';
import { useOnline } from '../../ui/useOnline';
import { normaliseCardNumber } from './card-number';
import { markCancelled, onQueueChange, type PendingUse, type RecordedUse } from './queue';

type ListedUses = DoorVenueUsesQuery['venueCardUses'] & { venueId: string };

interface Line {
  key: string;
  /** The stored use, to cancel; none while the use waits in the outbox. */
  useId: string | null;
  time: string;
  adults: number;
  children: number;
  category: string;
  ending: string | null;
  state: 'waiting' | 'recorded' | 'cancelled';
}

const ending = (cardNumber: string) => normaliseCardNumber(cardNumber).slice(-4);

/**
 * Today's uses at the venue as the graph holds them (whoever recorded them), merged with this
 * device's: uses still in the outbox show as waiting, and when the graph cannot be reached the
 * uses this device recorded are still listed.
 */
export function TodayUses({ venueId, pending, recorded }: { venueId: string; pending: PendingUse[]; recorded: RecordedUse[] }) {
  const { t } = useTranslation();
  const online = useOnline();
  const [listed, setListed] = useState<ListedUses | null>(null);
  const [unreachable, setUnreachable] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const latest = useRef(0);

  const load = useCallback(() => {
    if (!venueId) return;
    const asked = ++latest.current;
    void query(DoorVenueUsesDocument, { partnerId: venueId })
      .then(({ venueCardUses }) => {
        if (asked !== latest.current) return; // a later answer (or another venue) wins
        setListed({ ...venueCardUses, venueId });
        setUnreachable(false);
      })
      .catch(() => asked === latest.current && setUnreachable(true)); // offline: this device's uses still show
  }, [venueId]);
  // On opening, on a change of venue, back online, and whenever the outbox sends or a use is cancelled.
  useEffect(() => {
    load();
    return onQueueChange(load);
  }, [load, online]);

  // The graph dates uses in Finnish time (YYYY-MM-DD), whatever the device's time zone.
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
  const fromGraph = listed?.venueId === venueId ? listed.uses : [];
  const cancelledHere = new Map(recorded.filter((use) => use.cancelledAt).map((use) => [use.id, true]));
  const listedIds = new Set(fromGraph.map((use) => use.id));
  const stored: Line[] = [
    ...fromGraph.map((use) => ({
      key: use.id, useId: use.id, time: use.createdAt, adults: use.adultTickets, children: use.childTickets, category: use.category,
      ending: use.cardNumberEnding, state: use.cancelled || cancelledHere.has(use.id) ? ('cancelled' as const) : ('recorded' as const),
    })),
    ...recorded
      .filter((use) => use.partnerId === venueId && use.usedOn === today && !listedIds.has(use.id))
      .map((use) => ({
        key: use.id, useId: use.id, time: use.createdAt, adults: use.adultTickets, children: use.childTickets, category: use.category,
        ending: use.cardNumberEnding ?? null, state: use.cancelledAt ? ('cancelled' as const) : ('recorded' as const),
      })),
  ].sort((a, b) => b.time.localeCompare(a.time));
  const waiting: Line[] = pending
    .filter((use) => use.input.partnerId === venueId)
    .map((use) => ({
      key: use.key, useId: null, time: use.queuedAt, adults: use.input.adultTickets, children: use.input.childTickets ?? 0, category: use.input.category,
      ending: ending(use.input.cardNumber), state: 'waiting' as const,
    }));
  const lines = [...waiting, ...stored];

  const cancel = async (useId: string) => {
    setCancelError(null);
    try {
      const { cancelCardUse } = await mutate(DoorCancelUseDocument, { useId });
      setListed((known) => known && { ...known, uses: known.uses.map((use) => (use.id === useId ? { ...use, cancelled: true, cancelledAt: cancelCardUse.cancelledAt ?? null } : use)) });
      await markCancelled(useId, cancelCardUse.cancelledAt ?? new Date().toISOString()); // and the list reloads
    } catch (error) {
      setCancelError(error instanceof GraphError ? t(`errors.${error.code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') }) : t('common.offline'));
    }
  };

  return (
    <section aria-labelledby="today-title" className="today">
      <h2 id="today-title">{t('door.todayTitle')}</h2>
      {unreachable && <p role="status">{t('door.todayDeviceOnly')}</p>}
      {cancelError && <p role="alert" className="error">{cancelError}</p>}
      {lines.length === 0 ? <p>{t('door.todayNone')}</p> : (
        <ul>
          {lines.map((line) => (
            <li key={line.key} className={line.state === 'recorded' ? undefined : line.state}>
              <span>
                {t('door.useLine', { time: formatTime(line.time), adults: line.adults, children: line.children, category: t(`category.${line.category}`) })}
                {line.ending && <>{' '}{t('door.useCard', { ending: line.ending })}</>}
              </span>{' '}
              {line.state === 'waiting' && <span>{t('door.waitingUse')}</span>}
              {line.state === 'cancelled' && <span>{t('door.cancelled')}</span>}
              {line.state === 'recorded' && line.useId && (
                <button type="button" className="link-button" onClick={() => void cancel(line.useId!)}>{t('door.cancel')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {listed?.venueId === venueId && listed.hasMore && <p>{t('door.todayMore')}</p>}
    </section>
  );
}

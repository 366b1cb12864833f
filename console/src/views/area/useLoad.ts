import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Runs a query when its key changes and again on `reload`; an answer that comes back after a
 * newer request started is dropped, so a slow first answer never overwrites a fresh one.
 */
export function useLoad<T>(load: () => Promise<T>, key: string) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const answer = await load();
      if (request === latest.current) {
        setData(answer);
        setError(null);
      }
    } catch (failure) {
      if (request === latest.current) setError(failure);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(() => {
    setData(null);
    void reload();
  }, [reload]);
  return { data, error, reload };
}

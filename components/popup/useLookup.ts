import { useEffect, useState } from 'preact/hooks';
import { lookupKey, type LookupOutcome, type LookupQuery } from '../../lib/lookup/lookup-types';
import { sendMessage } from '../../lib/messaging/protocol';

/**
 * The outcome for `query`: what the cache holds shows at once, then the fresh answer from
 * Genesys Cloud replaces it.
 */
export function useLookup(query: LookupQuery): { outcome: LookupOutcome | undefined; refreshing: boolean; refresh: () => void } {
  const [outcome, setOutcome] = useState<LookupOutcome>();
  const [refreshing, setRefreshing] = useState(true);
  const [round, setRound] = useState(0);
  const key = lookupKey(query);

  // A different value: nothing from the previous one may linger.
  useEffect(() => setOutcome(undefined), [key]);
  useEffect(() => {
    let current = true;
    setRefreshing(true);
    void sendMessage('lookup.peek', { query }).then((cached) => {
      if (current && cached) setOutcome((shown) => shown ?? cached);
    });
    // An answer from the last few seconds (the hover card's, screen-pop's) is fresh enough.
    void sendMessage('lookup.run', { query, maxAgeMs: round === 0 ? 15_000 : 0 }).then((fresh) => {
      if (!current) return;
      setOutcome(fresh);
      setRefreshing(false);
    });
    return () => {
      current = false;
    };
  }, [key, round]);

  return { outcome, refreshing, refresh: () => setRound((n) => n + 1) };
}

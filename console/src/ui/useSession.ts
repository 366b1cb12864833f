import { useSyncExternalStore } from 'react';
import { currentSession, onSessionChange } from '../auth/session';

export function useSession() {
  return useSyncExternalStore(onSessionChange, currentSession);
}

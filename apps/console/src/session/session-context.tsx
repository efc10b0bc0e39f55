import { createContext, useContext } from 'react';
import type { GatewayApi } from '../api/gateway-api';
import type { StaffSession } from './staff-session';

export interface ConsoleContext {
  session: StaffSession;
  api: GatewayApi;
  signOut(): void;
}

export const SessionContext = createContext<ConsoleContext | undefined>(undefined);

export function useConsole(): ConsoleContext {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useConsole outside a signed-in console');
  return context;
}

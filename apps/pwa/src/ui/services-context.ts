import { createContext, useContext } from 'react';
import type { AppServices } from '../app-services.ts';

export const ServicesContext = createContext<AppServices | null>(null);

/** The app's database, session and sync scheduler. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('ServicesContext is missing');
  return services;
}

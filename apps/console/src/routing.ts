import { useEffect, useState } from 'react';

/** Where the gateway serves the console; the browser's paths below it are the console's routes. */
export const BASE = '/console';

export function currentRoute(): string {
  const path = window.location.pathname;
  return path.startsWith(BASE) ? path.slice(BASE.length) || '/' : '/';
}

export function navigate(to: string): void {
  window.history.pushState(null, '', `${BASE}${to}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The route shown, following links and the browser's back and forward buttons. */
export function useRoute(): string {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = (): void => setRoute(currentRoute());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}

/** `/complaints/abc` against `/complaints/:id` → { id: 'abc' }; undefined when it does not match. */
export function matchRoute(pattern: string, route: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const have = route.split('/');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(have[i] ?? '');
    else if (part !== have[i]) return undefined;
  }
  return params;
}

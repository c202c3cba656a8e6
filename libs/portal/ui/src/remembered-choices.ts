/**
 * Choices the portal remembers in this browser so people need not make them again, e.g. a
 * route's visiting countries for its recommendations until the delegations module provides
 * them. Every section reads and writes the same keys, so the routes section's matching tab and
 * the practices section's ranking page agree.
 */
const visitingKey = (routeId: string) => `lr.route.${routeId}.visiting`;

/** The visiting countries last chosen for a route (ISO codes), or none. */
export function rememberedVisitingCountries(routeId: string): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(visitingKey(routeId)) ?? '[]');
    return Array.isArray(stored) ? stored.filter((code): code is string => typeof code === 'string' && /^[A-Z]{2}$/.test(code)) : [];
  } catch {
    return [];
  }
}

export function rememberVisitingCountries(routeId: string, codes: string[]): void {
  if (codes.length) localStorage.setItem(visitingKey(routeId), JSON.stringify(codes));
  else localStorage.removeItem(visitingKey(routeId));
}

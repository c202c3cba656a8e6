import { getCountry, getTimezone } from 'countries-and-timezones';

const ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

export const isTimeZone = (zone: string) => ZONES.has(zone);

/**
 * Where a country's agenda is written when nobody said: the zone named after a place of that
 * country (Zambia: Africa/Lusaka, which IANA links to the shared Africa/Maputo), else its first
 * zone. Countries with several zones (Brazil) get one of them; editors set the right one.
 */
export function defaultTimeZone(countryCode: string): string {
  const code = countryCode.toUpperCase();
  const zones = getCountry(code, { deprecated: true })?.timezones ?? [];
  const own = zones.find((zone) => {
    const countries = getTimezone(zone)?.countries ?? [];
    return countries.length === 1 && countries[0] === code && isTimeZone(zone);
  });
  return own ?? zones.find(isTimeZone) ?? 'UTC';
}

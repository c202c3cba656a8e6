/**
 * A calendar day as the API sends it ('2014-06-02') as a Date at local midnight, so formatting
 * it shows that day whatever the browser's time zone.
 */
export const calendarDay = (date: string): Date => new Date(`${date}T00:00:00`);

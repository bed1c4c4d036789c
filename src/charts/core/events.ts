/**
 * Dates of the events the charts mark. They are dates of record, not data
 * values; labels print them through the Intl formatters in the page language.
 */
export const EVENTS = {
  /** Biden takes office. */
  inauguration: '2021-01-20',
  /** Biden asks Harris to lead the effort with Mexico and the Northern Triangle. */
  assigned: '2021-03-24',
  /** Harris in Guatemala (June 6-7) and Mexico (June 8). */
  tripStart: '2021-06-06',
  tripEnd: '2021-06-08',
} as const;

/** The calendar month of the trip, YYYY-MM. */
export const TRIP_MONTH = EVENTS.tripStart.slice(0, 7);

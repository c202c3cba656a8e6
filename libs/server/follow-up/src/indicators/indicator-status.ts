import { registerEnumType } from 'type-graphql';

/** Where an indicator stands against its straight line from baseline to target. */
export enum IndicatorStatus {
  /** The last verified value is on or beyond the line at its date. */
  ON_TRACK = 'ON_TRACK',
  /** The last verified value is short of the line at its date. */
  OFF_TRACK = 'OFF_TRACK',
  /** No verified report yet, or the indicator lacks a baseline or target (value and date) to draw the line. */
  NO_DATA = 'NO_DATA',
}
registerEnumType(IndicatorStatus, { name: 'IndicatorStatus', description: 'ON_TRACK, OFF_TRACK or NO_DATA' });

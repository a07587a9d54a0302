// The time slider: replaying the landscape's growth from the event log (GET /api/landscape/timeline).
export { timeEdgeDisplay, timeNodeDisplay } from './time-display';
export type { TimeFrame } from './time-frame';
export { type TimeMode, useTimeMode } from './use-time-mode';
export { TimeBar } from './views/TimeBar';
export { TimeToggle } from './views/TimeToggle';

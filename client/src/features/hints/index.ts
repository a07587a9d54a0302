// Stigmergic traces and next-action hints (issue 13 §4): the « Où aider ? » lens and list, the panel's
// « Besoin d'aide » line, and the halo of recent activity (GET /api/hints, GET /api/traces).
export { lensNodeDisplay } from './hints-display';
export { type HintsMode, useHints } from './use-hints';
export { HintsPanel } from './views/HintsPanel';
export { HintsToggle } from './views/HintsToggle';
export { NeedsHelpLine } from './views/NeedsHelpLine';
export { TraceHalos } from './views/TraceHalos';

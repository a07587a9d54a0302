// Types of the shareable view: everything the URL keeps so that reloading or sharing it shows the same map.
import type { Lang } from '../../../../../shared/vocabulary';
import type { ColorBy, SizeBy } from '../../appearance/types';
import type { ExpansionEntry } from '../expansion/types';
import type { Filters } from '../filters/types';

/** The appearance modes (features/appearance) as the URL may name them. */
export const COLOR_MODES = ['kind', 'cluster'] as const satisfies readonly ColorBy[];
export type ColorMode = ColorBy;
export const SIZE_MODES = ['degree', 'betweenness', 'pagerank'] as const satisfies readonly SizeBy[];
export type SizeMode = SizeBy;
/** `map`: the map alone; `split`: the list of visible nodes beside it; `list`: the list instead of it. */
export const DISPLAY_MODES = ['map', 'split', 'list'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** sigma's camera state (framed-graph coordinates, rotation is disabled on the map). */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface View {
  /** The selected node (its panel open). */
  node: string | null;
  /** The nodes whose neighbourhood was brought onto the map, and how deep, in the order expanded. */
  expanded: readonly ExpansionEntry[];
  filters: Filters;
  /** null: the default framing of the whole landscape. */
  camera: CameraView | null;
  /** null: not given, the visitor's own choice applies. */
  lang: Lang | null;
  /** Read-only embeddable page. */
  embed: boolean;
  color: ColorMode;
  size: SizeMode;
  display: DisplayMode;
  /** How many nodes the landscape request asks for; null: the server's default. */
  max: number | null;
  /** The day the time slider shows (`2026-05-01`, features/time); null: the live landscape. */
  time: string | null;
}

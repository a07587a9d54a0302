// Sigma settings of the landscape map: light directed edges (hidden while the camera moves), highlighted
// items on top, and labels through sigma's label grid, tuned so the main ones read at the first zoom on a
// 1280×800 screen (labels.ts then keeps them from overlapping).
import type { Settings } from 'sigma/settings';
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../../../../shared/graph';
import { MAP_COLORS } from './colors';

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const MAP_SETTINGS: Partial<Settings<GraphNodeAttributes, GraphEdgeAttributes>> = {
  allowInvalidContainer: true, // the map may be laid out after sigma starts
  defaultEdgeType: 'arrow',
  defaultEdgeColor: MAP_COLORS.edge,
  labelFont: LABEL_FONT,
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: MAP_COLORS.label },
  // Up to two candidates per 80 px cell: enough for every hub to be one; labels.ts drops those that collide.
  labelDensity: 2,
  labelGridCellSize: 80,
  // Sizes run from 3 (no link) to ~13 (the biggest hub): at the first zoom, nodes with 4 links or more.
  labelRenderedSizeThreshold: 7,
  stagePadding: 40,
  zIndex: true,
  // Moving a big map stays fluid: edges come back when the camera stops.
  hideEdgesOnMove: true,
  minCameraRatio: 0.05,
  maxCameraRatio: 4,
  enableCameraRotation: false,
};

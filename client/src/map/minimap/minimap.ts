// The minimap's drawing, on a plain 2D canvas (no second WebGL context): every node as a dot coloured as on
// the map, the selected node ringed, and the map's viewport as a rectangle. The dots are drawn once into
// a layer and only again when colours or positions change; a camera move redraws the rectangle only, at
// most once a frame. Pointing in the box moves the map's camera there.
import type { GraphNodeAttributes } from '../../../../shared/graph';
import type { NodeStyle } from '../../features/appearance';
import type { MapSigma } from '../sigma/context';
import { extentOf, type Fit, fitExtent, fromBox, type Point, rectAround, toBox } from './geometry';

export interface MinimapOptions {
  style: (node: string, data: GraphNodeAttributes) => NodeStyle;
  selected: string | null;
}

export interface Minimap {
  update(options: MinimapOptions): void;
  /** Centres the map's camera on a point of the box (CSS pixels from its top left corner). */
  moveCameraTo(point: Point): void;
  /** Pans the map by a share of its viewport (arrow keys). */
  panBy(shareX: number, shareY: number): void;
  destroy(): void;
}

const PADDING = 6;
const LAYOUT_REDRAW_MS = 150;
const VIEWPORT_COLOR = '#0b6e4f';
const SELECTED_COLOR = '#1f2933';

export function createMinimap(sigma: MapSigma, canvas: HTMLCanvasElement, initial: MinimapOptions): Minimap {
  const graph = sigma.getGraph();
  const camera = sigma.getCamera();
  const layer = document.createElement('canvas');
  let options = initial;
  let fit: Fit | null = null;
  let frame = 0;
  let layoutTimer: ReturnType<typeof setTimeout> | undefined;

  const size = () => {
    const ratio = window.devicePixelRatio || 1;
    const { width, height } = canvas.getBoundingClientRect();
    return { width, height, ratio };
  };

  /** Sigma draws a growing graph y upwards: the box does the same. */
  const yUp = () => sigma.graphToViewport({ x: 0, y: 1 }).y < sigma.graphToViewport({ x: 0, y: 0 }).y;

  function drawNodes() {
    const { width, height, ratio } = size();
    canvas.width = layer.width = Math.round(width * ratio);
    canvas.height = layer.height = Math.round(height * ratio);
    const context = layer.getContext('2d');
    const extent = extentOf(graph.mapNodes((_node, data) => data));
    if (!context || !extent || width === 0 || height === 0) {
      fit = null;
      return;
    }
    fit = fitExtent(extent, width, height, PADDING, yUp());
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const many = graph.order > 5000;
    graph.forEachNode((node, data) => {
      if (!fit) return;
      const { color, size: nodeSize } = options.style(node, data);
      const { x, y } = toBox(fit, data);
      const radius = Math.max(1, Math.min(3, nodeSize / 4));
      context.fillStyle = color;
      if (many) context.fillRect(x - radius / 2, y - radius / 2, radius, radius);
      else {
        context.beginPath();
        context.arc(x, y, radius, 0, 2 * Math.PI);
        context.fill();
      }
    });
  }

  function paint() {
    frame = 0;
    const context = canvas.getContext('2d');
    if (!context) return;
    const { width, height, ratio } = size();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    // Hidden (list-only view, collapsed box): a zero-sized layer cannot be drawn, and there is nothing to see.
    if (!fit || layer.width === 0 || layer.height === 0 || canvas.width === 0 || canvas.height === 0) return;
    context.drawImage(layer, 0, 0);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (options.selected && graph.hasNode(options.selected)) {
      const { x, y } = toBox(fit, graph.getNodeAttributes(options.selected));
      context.strokeStyle = SELECTED_COLOR;
      context.lineWidth = 2;
      context.beginPath();
      context.arc(x, y, 5, 0, 2 * Math.PI);
      context.stroke();
    }
    // The viewport's corners in graph coordinates, with the camera as it is now (not as last drawn).
    const override = { cameraState: camera.getState() };
    const dims = sigma.getDimensions();
    const corners = [
      { x: 0, y: 0 },
      { x: dims.width, y: 0 },
      { x: 0, y: dims.height },
      { x: dims.width, y: dims.height },
    ].map((corner) => sigma.viewportToGraph(corner, override));
    const rect = rectAround(fit, corners);
    context.fillStyle = 'rgb(11 110 79 / 0.08)';
    context.strokeStyle = VIEWPORT_COLOR;
    context.lineWidth = 1.5;
    const left = Math.max(rect.left, 1);
    const top = Math.max(rect.top, 1);
    const right = Math.min(rect.left + rect.width, width - 1);
    const bottom = Math.min(rect.top + rect.height, height - 1);
    context.fillRect(left, top, right - left, bottom - top);
    context.strokeRect(left, top, right - left, bottom - top);
  }

  const schedulePaint = () => {
    if (!frame) frame = requestAnimationFrame(paint);
  };
  const redrawAll = () => {
    drawNodes();
    schedulePaint();
  };
  /** Positions move many times a second during a layout refinement: the dots follow a few times a second. */
  const onLayout = () => {
    if (layoutTimer !== undefined) return;
    layoutTimer = setTimeout(() => {
      layoutTimer = undefined;
      redrawAll();
    }, LAYOUT_REDRAW_MS);
  };

  camera.on('updated', schedulePaint);
  sigma.on('resize', redrawAll);
  graph.on('eachNodeAttributesUpdated', onLayout);
  graph.on('nodeAttributesUpdated', onLayout);
  const resize = new ResizeObserver(redrawAll);
  resize.observe(canvas);
  redrawAll();

  function centreOn(target: Point) {
    const override = { cameraState: camera.getState() };
    const framed = sigma.viewportToFramedGraph(sigma.graphToViewport(target, override), override);
    camera.setState({ x: framed.x, y: framed.y });
  }

  return {
    update(next) {
      const restyled = next.style !== options.style;
      options = next;
      if (restyled) redrawAll();
      else schedulePaint(); // a new selection: only its ring moves
    },
    moveCameraTo(point) {
      if (fit) centreOn(fromBox(fit, point));
    },
    panBy(shareX, shareY) {
      const { width, height } = sigma.getDimensions();
      const override = { cameraState: camera.getState() };
      centreOn(sigma.viewportToGraph({ x: width * (0.5 + shareX), y: height * (0.5 + shareY) }, override));
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(layoutTimer);
      camera.off('updated', schedulePaint);
      sigma.off('resize', redrawAll);
      graph.off('eachNodeAttributesUpdated', onLayout);
      graph.off('nodeAttributesUpdated', onLayout);
      resize.disconnect();
    },
  };
}

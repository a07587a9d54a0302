// Keyboard navigation on the map, as pure functions: the order in which the arrow keys visit the selected
// node's neighbours, and which focused elements keep a key for themselves.
//
// The order is clockwise on screen, starting straight up ("12 o'clock"), as a sighted person reads the
// neighbours around the node; neighbours at the same angle go by title. The map never rotates and sigma
// draws a larger graph y higher on screen, so the angle comes from graph coordinates: atan2(dx, dy).
import type Graph from 'graphology';
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../../../../../shared/graph';

type MapGraph = Graph<GraphNodeAttributes, GraphEdgeAttributes>;

/** The clockwise angle from straight up, in [0, 2π). */
export function clockAngle(from: { x: number; y: number }, to: { x: number; y: number }): number {
  const angle = Math.atan2(to.x - from.x, to.y - from.y);
  return angle < 0 ? angle + 2 * Math.PI : angle;
}

/** The visible neighbours of `center` (either direction, once each) in the arrow keys' order. */
export function neighbourOrder(
  graph: MapGraph,
  center: string,
  visible: ReadonlySet<string> | null,
  lang: string,
): string[] {
  if (!graph.hasNode(center)) return [];
  const origin = graph.getNodeAttributes(center);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return graph
    .neighbors(center)
    .filter((node) => visible === null || visible.has(node))
    .map((node) => {
      const attributes = graph.getNodeAttributes(node);
      return { node, label: attributes.label, angle: clockAngle(origin, attributes) };
    })
    .sort((a, b) => a.angle - b.angle || collator.compare(a.label, b.label) || (a.node < b.node ? -1 : 1))
    .map(({ node }) => node);
}

/** The next neighbour after `current` (or the first/last when none is current), wrapping round. */
export function stepThrough(order: readonly string[], current: string | null, delta: 1 | -1): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at < 0) return (delta === 1 ? order[0] : order[order.length - 1]) ?? null;
  return order[(at + delta + order.length) % order.length] ?? null;
}

/** The bits of a focused element that tell whether it uses a key itself. */
export interface FocusedElement {
  tagName: string;
  isContentEditable?: boolean;
  getAttribute(name: string): string | null;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time']);
const ARROW_ROLES = new Set(['combobox', 'listbox', 'slider', 'spinbutton', 'radio', 'tab', 'menuitem']);

/**
 * Whether the focused element handles `key` itself, so the page must leave it alone: text fields keep
 * Escape (clear, close their list) and the arrows; selects, radios and widgets with arrow roles keep the
 * arrows.
 */
export function ownsKey(element: FocusedElement | null, key: string): boolean {
  if (!element) return false;
  const tag = element.tagName.toLowerCase();
  const role = element.getAttribute('role');
  const textField =
    tag === 'textarea' ||
    element.isContentEditable === true ||
    (tag === 'input' && TEXT_INPUTS.has((element.getAttribute('type') ?? 'text').toLowerCase())) ||
    role === 'combobox';
  if (textField) return true;
  const arrow = key.startsWith('Arrow');
  if (!arrow) return tag === 'select' && key === 'Escape';
  return (
    tag === 'select' ||
    (tag === 'input' && element.getAttribute('type') === 'radio') ||
    ARROW_ROLES.has(role ?? '')
  );
}

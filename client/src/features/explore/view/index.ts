// The shareable view in the URL: encodeView writes only what differs from the defaults, under short stable
// keys in a fixed order; decodeView reads any query string without ever throwing (a value it does not
// understand falls back to its default, one field at a time).
import { z } from 'zod';
import {
  idSchema,
  KINDS,
  kindSchema,
  langSchema,
  RELATIONS,
  relationSchema,
  stanceSchema,
} from '../../../../../shared/vocabulary';
import type { ExpansionEntry } from '../expansion/types';
import { NO_FILTERS } from '../filters';
import { type CameraView, COLOR_MODES, type DisplayMode, SIZE_MODES, type View } from './types';

export * from './types';

const STANCES = stanceSchema.options;

export const DEFAULT_CAMERA: CameraView = { x: 0.5, y: 0.5, ratio: 1 };
/** The camera ratios the map allows (map/sigma/settings.ts). */
export const CAMERA_RATIO_RANGE = { min: 0.05, max: 4 } as const;
/** How many expansions a URL keeps (the most recent ones): enough for any walk, bounded for the server. */
export const MAX_EXPANSIONS_IN_URL = 20;
/** The landscape request's limit (shared/api.ts landscapeQuerySchema). */
export const MAX_RANGE = { min: 1, max: 50_000 } as const;

export const DEFAULT_VIEW: View = {
  node: null,
  expanded: [],
  filters: NO_FILTERS,
  camera: null,
  lang: null,
  embed: false,
  color: 'kind',
  size: 'degree',
  display: 'map',
  max: null,
  time: null,
};

/** The URL keys, in the order they are written. */
export const VIEW_KEYS = {
  node: 'n',
  expanded: 'x',
  camera: 'c',
  lang: 'lang',
  hiddenKinds: 'hk',
  hiddenRelations: 'hr',
  hiddenStances: 'hs',
  communities: 'com',
  hideIsolated: 'iso',
  display: 'list',
  color: 'color',
  size: 'size',
  max: 'max',
  time: 't',
  embed: 'embed',
} as const;

/** `list=side|only` reads better in a URL than the display mode names. */
const DISPLAY_IN_URL: Record<DisplayMode, string | null> = { map: null, split: 'side', list: 'only' };

/** Positions to 1/10 000 of the landscape's frame, zoom to 3 significant digits: sub-pixel on screen. */
export function roundCamera(camera: CameraView): CameraView {
  return {
    x: Math.round(camera.x * 10_000) / 10_000,
    y: Math.round(camera.y * 10_000) / 10_000,
    ratio: Number(camera.ratio.toPrecision(3)),
  };
}

export const sameCamera = (a: CameraView | null, b: CameraView | null): boolean =>
  a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y && a.ratio === b.ratio);

/** The camera to keep in a view: rounded, and null when it is the default framing. */
export function cameraForView(camera: CameraView): CameraView | null {
  const rounded = roundCamera(camera);
  return sameCamera(rounded, DEFAULT_CAMERA) ? null : rounded;
}

export function encodeView(view: View): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | null) => {
    if (value !== null && value !== '') params.set(key, value);
  };
  const { filters } = view;
  put(VIEW_KEYS.node, view.node);
  put(
    VIEW_KEYS.expanded,
    keptExpansions(view.expanded)
      .map(({ nodeId, depth }) => `${nodeId}:${depth}`)
      .join(','),
  );
  const camera = view.camera && cameraForView(view.camera);
  put(VIEW_KEYS.camera, camera && `${camera.x},${camera.y},${camera.ratio}`);
  put(VIEW_KEYS.lang, view.lang);
  put(VIEW_KEYS.hiddenKinds, KINDS.filter((kind) => filters.hiddenKinds.includes(kind)).join(','));
  put(VIEW_KEYS.hiddenRelations, RELATIONS.filter((r) => filters.hiddenRelations.includes(r)).join(','));
  put(VIEW_KEYS.hiddenStances, STANCES.filter((s) => filters.hiddenStances.includes(s)).join(','));
  put(VIEW_KEYS.communities, [...new Set(filters.communities)].sort().join(','));
  put(VIEW_KEYS.hideIsolated, filters.hideIsolated ? '0' : null);
  put(VIEW_KEYS.display, DISPLAY_IN_URL[view.display]);
  put(VIEW_KEYS.color, view.color === DEFAULT_VIEW.color ? null : view.color);
  put(VIEW_KEYS.size, view.size === DEFAULT_VIEW.size ? null : view.size);
  put(VIEW_KEYS.max, view.max === null ? null : String(view.max));
  put(VIEW_KEYS.time, view.time);
  put(VIEW_KEYS.embed, view.embed ? '1' : null);
  // Ids, kinds and relations need no escaping; keep commas and the expansions' colons readable.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/**
 * Expansions as a replay: expanding a node again moves it last at its new depth; only the most recent
 * MAX_EXPANSIONS_IN_URL are kept.
 */
function keptExpansions(entries: readonly ExpansionEntry[]): ExpansionEntry[] {
  const byNode = new Map<string, ExpansionEntry>();
  for (const entry of entries) {
    byNode.delete(entry.nodeId);
    byNode.set(entry.nodeId, entry);
  }
  return [...byNode.values()].slice(-MAX_EXPANSIONS_IN_URL);
}

/** A comma-separated list: the members `member` accepts, once each, in `order` (or sorted). */
const listOf = <T extends string>(member: z.ZodType<T>, order?: readonly T[]) =>
  z
    .string()
    .transform((text) => {
      const found = new Set<T>();
      for (const part of text.split(',')) {
        const parsed = member.safeParse(part.trim());
        if (parsed.success) found.add(parsed.data);
      }
      return order ? order.filter((item) => found.has(item)) : [...found].sort();
    })
    .catch([]);

const finite = z.string().trim().min(1).transform(Number).pipe(z.number());
const cameraSchema = z
  .string()
  .transform((text) => text.split(','))
  .pipe(z.tuple([finite, finite, finite]))
  .refine(([x, y, ratio]) => Math.abs(x) <= 1_000 && Math.abs(y) <= 1_000 && ratio > 0)
  .transform(([x, y, ratio]): CameraView | null =>
    cameraForView({
      x,
      y,
      ratio: Math.min(CAMERA_RATIO_RANGE.max, Math.max(CAMERA_RATIO_RANGE.min, ratio)),
    }),
  )
  .catch(null);

/** `id:depth` pairs, comma-separated; a pair that is not a valid id and depth 1 or 2 is dropped. */
const expansionEntrySchema = z
  .string()
  .transform((pair) => pair.split(':'))
  .pipe(z.tuple([idSchema, z.enum(['1', '2'])]))
  .transform(([nodeId, depth]): ExpansionEntry => ({ nodeId, depth: depth === '1' ? 1 : 2 }));
const expandedSchema = z
  .string()
  .transform((text) =>
    keptExpansions(
      text.split(',').flatMap((pair) => {
        const parsed = expansionEntrySchema.safeParse(pair.trim());
        return parsed.success ? [parsed.data] : [];
      }),
    ),
  )
  .catch([]);

const displaySchema = z
  .enum(['side', 'only'])
  .transform((mode): DisplayMode => (mode === 'side' ? 'split' : 'list'))
  .catch(DEFAULT_VIEW.display);

const paramsSchema = z.object({
  [VIEW_KEYS.node]: idSchema.nullable().catch(null),
  [VIEW_KEYS.expanded]: expandedSchema.nullable(),
  [VIEW_KEYS.camera]: cameraSchema.nullable(),
  [VIEW_KEYS.lang]: langSchema.nullable().catch(null),
  [VIEW_KEYS.hiddenKinds]: listOf(kindSchema, KINDS).nullable(),
  [VIEW_KEYS.hiddenRelations]: listOf(relationSchema, RELATIONS).nullable(),
  [VIEW_KEYS.hiddenStances]: listOf(stanceSchema, STANCES).nullable(),
  [VIEW_KEYS.communities]: listOf(idSchema).nullable(),
  [VIEW_KEYS.hideIsolated]: z.string().nullable().catch(null),
  [VIEW_KEYS.display]: displaySchema.nullable(),
  [VIEW_KEYS.color]: z.enum(COLOR_MODES).catch(DEFAULT_VIEW.color).nullable(),
  [VIEW_KEYS.size]: z.enum(SIZE_MODES).catch(DEFAULT_VIEW.size).nullable(),
  [VIEW_KEYS.max]: z.coerce.number().int().min(MAX_RANGE.min).max(MAX_RANGE.max).nullable().catch(null),
  [VIEW_KEYS.time]: z.iso.date().nullable().catch(null),
  [VIEW_KEYS.embed]: z.string().nullable().catch(null),
});

/** The view a query string describes (`?` optional); anything unknown or invalid reads as the default. */
export function decodeView(search: string): View {
  const params = new URLSearchParams(search);
  const raw = Object.fromEntries(Object.values(VIEW_KEYS).map((key) => [key, params.get(key)]));
  const read = paramsSchema.parse(raw);
  const flag = (value: string | null) => value === '1' || value === 'true';
  return {
    node: read.n,
    expanded: read.x ?? [],
    camera: read.c,
    lang: read.lang,
    filters: {
      hiddenKinds: read.hk ?? [],
      hiddenRelations: read.hr ?? [],
      hiddenStances: read.hs ?? [],
      communities: read.com ?? [],
      hideIsolated: read.iso === '0' || read.iso === 'false',
    },
    display: read.list ?? DEFAULT_VIEW.display,
    color: read.color ?? DEFAULT_VIEW.color,
    size: read.size ?? DEFAULT_VIEW.size,
    max: read.max,
    time: read.t,
    embed: flag(read.embed),
  };
}

// What erasing leaves of a node and of the links that touched it (issue 13 §3, "deleting is not erasing"):
// pure functions over the snapshots events keep. A node keeps only its shape — id, kind, visibility,
// author id, dates, version, position — and a placeholder title; a link keeps its id, ends and relation,
// never its properties (a stance's statement, a photo region's note). An allow-list, not a deny-list: a
// field added to nodes later is scrubbed without anyone remembering to.

type Snapshot = Record<string, unknown>;

/** The fields a scrubbed node keeps: bookkeeping only, nothing a person wrote. */
const KEPT_FIELDS = [
  'id',
  'kind',
  'lang',
  'visibility',
  'status',
  'resourceKind',
  'version',
  'createdBy',
  'createdAt',
  'updatedAt',
  'x',
  'y',
  'autoPlaced',
] as const;

/** The titles an erased node is drawn with where history shows it (a Person kept as "une personne"). */
export function erasedTitles(kind: unknown): Snapshot {
  return kind === 'Person'
    ? { title: 'Une personne', title_fr: 'Une personne', title_en: 'A person', lang: 'fr' }
    : { title: 'Contenu effacé', title_fr: 'Contenu effacé', title_en: 'Erased content', lang: 'fr' };
}

/** A link (or a relationship a node's delete event kept) with its properties scrubbed. */
export function scrubbedLink(link: Snapshot): Snapshot {
  return { ...link, properties: {} };
}

const touches = (link: Snapshot, ids: ReadonlySet<string>) =>
  ids.has(String(link.source)) || ids.has(String(link.target));

/**
 * A node snapshot (a create's or a delete's, or the changed fields of an edit) once node `erased` is
 * erased. The erased node's own snapshot keeps only KEPT_FIELDS and its placeholder title (`kind` given,
 * since an edit's snapshot does not say it); another node's keeps everything but the properties of its
 * relationships to an erased node.
 */
export function scrubbedNodeSnapshot(
  snapshot: Snapshot | null,
  own: boolean,
  kind: unknown,
  erased: ReadonlySet<string>,
): Snapshot | null {
  if (!snapshot) return snapshot;
  const relationships = Array.isArray(snapshot.relationships)
    ? (snapshot.relationships as Snapshot[]).map((r) => (own || touches(r, erased) ? scrubbedLink(r) : r))
    : undefined;
  if (!own) return relationships ? { ...snapshot, relationships } : snapshot;
  const kept: Snapshot = {};
  for (const field of KEPT_FIELDS) if (field in snapshot) kept[field] = snapshot[field];
  // an edit's snapshot names only what it changed: a placeholder title only where it had one
  const full = 'kind' in snapshot || 'title' in snapshot;
  return {
    ...kept,
    ...(full ? erasedTitles(kind) : {}),
    erased: true,
    ...(relationships ? { relationships } : {}),
  };
}

/** A link event's snapshot once one of `erased` is erased: its properties go when it touches one. */
export function scrubbedLinkSnapshot(
  snapshot: Snapshot | null,
  erased: ReadonlySet<string>,
): Snapshot | null {
  if (!snapshot || !touches(snapshot, erased)) return snapshot;
  return scrubbedLink(snapshot);
}

/** The photo files a snapshot names (an erased photo's picture is removed from disk too). */
export function photoFilesOf(snapshot: Snapshot | null): string[] {
  if (!snapshot) return [];
  return [snapshot.photoFile, snapshot.thumbnailFile].filter((f): f is string => typeof f === 'string');
}

// Pure logic behind photos in the page: which nodes are photos, the regions of the questions a photo
// prompted (read from its PROMPTED relations), turning a pointer drag or typed percentages into a
// normalised region, and the checks made on a chosen file before it is sent.
import type { RelationSummary } from '../../../../shared/api';
import type { NodeView } from '../../../../shared/entities';
import { DEFAULT_PHOTO_MAX_BYTES, PHOTO_TYPES } from '../../../../shared/photos';
import { fieldIssues } from '../../ui/forms/state';

/** A part of a photo as fractions (0–1) of its width and height, from the top-left corner. */
export interface PhotoRegion {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A question drawn over the photo: where, and which question. */
export interface PromptedRegion {
  questionId: string;
  title: string;
  region: PhotoRegion;
}

/** Below this (2 % of a side) a drag is taken for a click, not a region. */
export const MIN_REGION_SIDE = 0.02;

export interface PhotoNode {
  id: string;
  url: string;
  thumbnailUrl: string;
  width?: number;
  height?: number;
}

/** The photo's URLs when the node is a photo Resource the server gave them for; null otherwise. */
export function photoOf(node: NodeView): PhotoNode | null {
  if (node.kind !== 'Resource' || node.resourceKind !== 'photo' || !node.url || !node.thumbnailUrl)
    return null;
  return {
    id: node.id,
    url: node.url,
    thumbnailUrl: node.thumbnailUrl,
    width: node.width,
    height: node.height,
  };
}

const unit = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;

/** The regions of the questions this photo prompted, in the order of the relations; others are skipped. */
export function promptedRegions(relations: readonly RelationSummary[]): PromptedRegion[] {
  const regions: PromptedRegion[] = [];
  for (const relation of relations) {
    if (relation.relation !== 'PROMPTED' || relation.direction !== 'out') continue;
    const [x, y, w, h] = ['regionX', 'regionY', 'regionW', 'regionH'].map((k) =>
      unit(relation.properties[k]),
    );
    if (x == null || y == null || w == null || h == null || w === 0 || h === 0) continue;
    regions.push({ questionId: relation.other.id, title: relation.other.title, region: { x, y, w, h } });
  }
  return regions;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** A pointer position inside the image's box, normalised and kept inside the image. */
export function toImagePoint(
  clientX: number,
  clientY: number,
  box: { left: number; top: number; width: number; height: number },
): { x: number; y: number } {
  if (box.width <= 0 || box.height <= 0) return { x: 0, y: 0 };
  return { x: clamp01((clientX - box.left) / box.width), y: clamp01((clientY - box.top) / box.height) };
}

/** The rectangle between two corners of a drag, in any direction. */
export function regionBetween(a: { x: number; y: number }, b: { x: number; y: number }): PhotoRegion {
  const x = round4(Math.min(a.x, b.x));
  const y = round4(Math.min(a.y, b.y));
  return {
    x,
    y,
    w: round4(Math.min(Math.abs(b.x - a.x), 1 - x)),
    h: round4(Math.min(Math.abs(b.y - a.y), 1 - y)),
  };
}

export const isUsableRegion = (region: PhotoRegion | null): region is PhotoRegion =>
  region !== null && region.w >= MIN_REGION_SIDE && region.h >= MIN_REGION_SIDE;

/** Percentages typed in the four fields (the keyboard's way to draw) → a region inside the image. */
export function regionFromPercent(percent: { x: number; y: number; w: number; h: number }): PhotoRegion {
  const value = (n: number) => (Number.isFinite(n) ? clamp01(n / 100) : 0);
  const x = round4(value(percent.x));
  const y = round4(value(percent.y));
  return { x, y, w: round4(Math.min(value(percent.w), 1 - x)), h: round4(Math.min(value(percent.h), 1 - y)) };
}

/** A region as whole percentages, for the number fields and for people to read. */
export const regionToPercent = (region: PhotoRegion) => ({
  x: Math.round(region.x * 100),
  y: Math.round(region.y * 100),
  w: Math.round(region.w * 100),
  h: Math.round(region.h * 100),
});

/** CSS placing a region over the image (percentages of the image box). */
export const regionStyle = (region: PhotoRegion) => ({
  left: `${region.x * 100}%`,
  top: `${region.y * 100}%`,
  width: `${region.w * 100}%`,
  height: `${region.h * 100}%`,
});

export type PhotoFileProblem = 'type' | 'size' | 'empty';

/**
 * What is wrong with a chosen file before sending it, or null. Only a courtesy: the server trusts the
 * file's bytes, never its type or name.
 */
export function photoFileProblem(
  file: { type: string; size: number },
  maxBytes: number = DEFAULT_PHOTO_MAX_BYTES,
): PhotoFileProblem | null {
  if (file.size === 0) return 'empty';
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > maxBytes) return 'size';
  return null;
}

/** The multipart body of POST /api/photos. */
export function photoFormData(
  file: Blob,
  fields: { title: string; body?: string; visibility?: string; informs?: string },
): FormData {
  const form = new FormData();
  form.append('title', fields.title.trim());
  if (fields.body?.trim()) form.append('body', fields.body.trim());
  if (fields.visibility) form.append('visibility', fields.visibility);
  if (fields.informs) form.append('informs', fields.informs);
  form.append('file', file);
  return form;
}

/** Which field a failed upload points at, as i18n keys to show next to it (none: a general message). */
export function uploadProblemFields(error: { code: string; details?: unknown } | null): {
  file?: 'errors.UNSUPPORTED_IMAGE' | 'errors.IMAGE_TOO_LARGE' | 'photos.problems.missingFile';
  title?: 'photos.problems.missingTitle';
} {
  if (!error) return {};
  if (error.code === 'UNSUPPORTED_IMAGE') return { file: 'errors.UNSUPPORTED_IMAGE' };
  if (error.code === 'IMAGE_TOO_LARGE') return { file: 'errors.IMAGE_TOO_LARGE' };
  const fields = fieldIssues(error);
  return {
    ...('file' in fields ? { file: 'photos.problems.missingFile' } : {}),
    ...('title' in fields ? { title: 'photos.problems.missingTitle' } : {}),
  };
}

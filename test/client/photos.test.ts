// The photos' pure parts: which nodes are photos, the question regions read from PROMPTED relations, a
// drag or typed percentages turned into a region inside the image, and the checks on a chosen file.
import { describe, expect, it } from 'vitest';
import {
  isUsableRegion,
  photoFileProblem,
  photoFormData,
  photoOf,
  promptedRegions,
  regionBetween,
  regionFromPercent,
  regionStyle,
  regionToPercent,
  toImagePoint,
  uploadProblemFields,
} from '../../client/src/features/photos';
import type { RelationSummary } from '../../shared/api';
import type { NodeView } from '../../shared/entities';

const photoNode: NodeView = {
  id: 'p1',
  kind: 'Resource',
  resourceKind: 'photo',
  title: 'Le tas de compost',
  lang: 'fr',
  visibility: 'public',
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  createdBy: 'someone',
  x: 0,
  y: 0,
  url: '/api/photos/p1/image',
  thumbnailUrl: '/api/photos/p1/thumbnail',
  width: 200,
  height: 400,
};

const prompted = (id: string, properties: Record<string, unknown>, direction: 'out' | 'in' = 'out') =>
  ({
    id: `r-${id}`,
    relation: 'PROMPTED',
    direction,
    properties,
    other: { id, kind: 'Question', title: `Question ${id}` },
  }) satisfies RelationSummary;

describe('photoOf', () => {
  it('gives the URLs and size of a photo Resource', () => {
    expect(photoOf(photoNode)).toEqual({
      id: 'p1',
      url: '/api/photos/p1/image',
      thumbnailUrl: '/api/photos/p1/thumbnail',
      width: 200,
      height: 400,
    });
  });
  it('is null for a web resource, a question, or a photo without its URLs', () => {
    expect(photoOf({ ...photoNode, resourceKind: 'web', thumbnailUrl: undefined })).toBeNull();
    expect(photoOf({ ...photoNode, kind: 'Question' })).toBeNull();
    expect(photoOf({ ...photoNode, thumbnailUrl: undefined })).toBeNull();
  });
});

describe('promptedRegions', () => {
  it('reads the regions of the questions the photo prompted, skipping the others', () => {
    const relations: RelationSummary[] = [
      prompted('q1', { regionX: 0.1, regionY: 0.2, regionW: 0.3, regionH: 0.4 }),
      prompted('q2', {}), // prompted by the whole photo: no region to draw
      prompted('q3', { regionX: 0.5, regionY: 0.5, regionW: 0, regionH: 0.2 }), // empty
      prompted('q4', { regionX: 1.5, regionY: 0, regionW: 0.1, regionH: 0.1 }), // outside
      prompted('q5', { regionX: 0, regionY: 0, regionW: 0.5, regionH: 0.5 }, 'in'),
      { ...prompted('q6', { regionX: 0, regionY: 0, regionW: 1, regionH: 1 }), relation: 'INFORMS' },
      prompted('q7', { regionX: 0.6, regionY: 0, regionW: 0.4, regionH: 1 }),
    ];
    expect(promptedRegions(relations)).toEqual([
      { questionId: 'q1', title: 'Question q1', region: { x: 0.1, y: 0.2, w: 0.3, h: 0.4 } },
      { questionId: 'q7', title: 'Question q7', region: { x: 0.6, y: 0, w: 0.4, h: 1 } },
    ]);
  });
});

describe('drawing a region', () => {
  const box = { left: 100, top: 50, width: 200, height: 400 };

  it('normalises a pointer inside the image box and keeps it inside', () => {
    expect(toImagePoint(150, 150, box)).toEqual({ x: 0.25, y: 0.25 });
    expect(toImagePoint(0, 1000, box)).toEqual({ x: 0, y: 1 });
    expect(toImagePoint(10, 10, { ...box, width: 0 })).toEqual({ x: 0, y: 0 });
  });

  it('makes the same rectangle whichever way the drag goes', () => {
    const a = { x: 0.2, y: 0.7 };
    const b = { x: 0.6, y: 0.3 };
    expect(regionBetween(a, b)).toEqual({ x: 0.2, y: 0.3, w: 0.4, h: 0.4 });
    expect(regionBetween(b, a)).toEqual({ x: 0.2, y: 0.3, w: 0.4, h: 0.4 });
  });

  it('takes a drag too small for a click, not a region', () => {
    expect(isUsableRegion(regionBetween({ x: 0.5, y: 0.5 }, { x: 0.51, y: 0.6 }))).toBe(false);
    expect(isUsableRegion(regionBetween({ x: 0.5, y: 0.5 }, { x: 0.6, y: 0.6 }))).toBe(true);
    expect(isUsableRegion(null)).toBe(false);
  });

  it('turns typed percentages into a region inside the image, and back', () => {
    expect(regionFromPercent({ x: 10, y: 20, w: 30, h: 40 })).toEqual({ x: 0.1, y: 0.2, w: 0.3, h: 0.4 });
    expect(regionFromPercent({ x: 80, y: 90, w: 50, h: 50 })).toEqual({ x: 0.8, y: 0.9, w: 0.2, h: 0.1 });
    expect(regionFromPercent({ x: Number.NaN, y: -5, w: 150, h: 10 })).toEqual({ x: 0, y: 0, w: 1, h: 0.1 });
    expect(regionToPercent({ x: 0.123, y: 0.5, w: 0.25, h: 0.499 })).toEqual({ x: 12, y: 50, w: 25, h: 50 });
  });

  it('places a region over the image in percent', () => {
    expect(regionStyle({ x: 0.1, y: 0.2, w: 0.3, h: 0.4 })).toEqual({
      left: '10%',
      top: '20%',
      width: '30%',
      height: '40%',
    });
  });
});

describe('choosing and sending a file', () => {
  it('refuses what the server would refuse anyway: another type, too large, empty', () => {
    expect(photoFileProblem({ type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(photoFileProblem({ type: 'image/webp', size: 10_000_000 })).toBeNull();
    expect(photoFileProblem({ type: 'image/png', size: 10_000_001 })).toBe('size');
    expect(photoFileProblem({ type: 'image/svg+xml', size: 100 })).toBe('type');
    expect(photoFileProblem({ type: 'image/gif', size: 100 })).toBe('type');
    expect(photoFileProblem({ type: 'image/jpeg', size: 0 })).toBe('empty');
    expect(photoFileProblem({ type: 'image/jpeg', size: 5000 }, 4000)).toBe('size');
  });

  it('builds the multipart body: trimmed title, optional fields only when given, the file last', () => {
    const file = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
    const form = photoFormData(file, {
      title: '  Compost  ',
      body: ' ',
      visibility: 'members',
      informs: 'q1',
    });
    expect([...form.keys()]).toEqual(['title', 'visibility', 'informs', 'file']);
    expect(form.get('title')).toBe('Compost');
    expect(form.get('file')).toBeInstanceOf(Blob);
  });

  it('points a failed upload at its field', () => {
    expect(uploadProblemFields({ code: 'UNSUPPORTED_IMAGE' })).toEqual({ file: 'errors.UNSUPPORTED_IMAGE' });
    expect(uploadProblemFields({ code: 'IMAGE_TOO_LARGE' })).toEqual({ file: 'errors.IMAGE_TOO_LARGE' });
    expect(
      uploadProblemFields({ code: 'VALIDATION_FAILED', details: [{ path: 'title', message: 'empty' }] }),
    ).toEqual({ title: 'photos.problems.missingTitle' });
    expect(uploadProblemFields({ code: 'DATABASE_UNAVAILABLE' })).toEqual({});
    expect(uploadProblemFields(null)).toEqual({});
  });
});

// The exported image's file name: semis-<year>-<month>-<day>.png by the visitor's calendar.
import { describe, expect, it } from 'vitest';
import { pngFileName } from '../../client/src/map/export/export-png';

describe('pngFileName', () => {
  it('names the file after the local day, zero-padded', () => {
    expect(pngFileName(new Date(2026, 10, 24, 23, 59))).toBe('semis-2026-11-24.png');
    expect(pngFileName(new Date(2027, 0, 5, 0, 1))).toBe('semis-2027-01-05.png');
  });
});

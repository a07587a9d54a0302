// The shareable view in the URL: round trips, defaults left out, and tolerant decoding of anything else.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  decodeView,
  encodeView,
  MAX_EXPANSIONS_IN_URL,
  roundCamera,
  type View,
} from '../../client/src/features/explore/view';

const view = (changes: Partial<Omit<View, 'filters'>> & { filters?: Partial<View['filters']> }): View => ({
  ...DEFAULT_VIEW,
  ...changes,
  filters: { ...DEFAULT_VIEW.filters, ...changes.filters },
});

describe('encodeView', () => {
  it('writes nothing for the default view', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(encodeView(view({ camera: { x: 0.5, y: 0.5, ratio: 1 } }))).toBe('');
    expect(encodeView(view({ camera: { x: 0.500001, y: 0.49999, ratio: 1.0001 } }))).toBe('');
  });

  it('writes short keys in a fixed order, lists in the vocabulary order', () => {
    const full = view({
      node: 'q-pourquoi',
      expanded: [
        { nodeId: 'seed-b', depth: 2 },
        { nodeId: 'q_a', depth: 1 },
      ],
      camera: { x: 0.123456, y: 0.654321, ratio: 0.456789 },
      lang: 'en',
      embed: true,
      color: 'cluster',
      size: 'pagerank',
      display: 'split',
      max: 40,
      filters: {
        hiddenKinds: ['Resource', 'Person'],
        hiddenRelations: ['INFORMS', 'GROWS_FROM'],
        hiddenStances: ['nuances', 'supports'],
        communities: ['com-b', 'com-a'],
        hideIsolated: true,
      },
    });
    expect(encodeView(full)).toBe(
      'n=q-pourquoi&x=seed-b:2,q_a:1&c=0.1235,0.6543,0.457&lang=en&hk=Person,Resource&hr=GROWS_FROM,INFORMS' +
        '&hs=supports,nuances&com=com-a,com-b&iso=0&list=side&color=cluster&size=pagerank&max=40&embed=1',
    );
  });

  it('leaves out each default field on its own', () => {
    expect(encodeView(view({ node: 'seed-a' }))).toBe('n=seed-a');
    expect(encodeView(view({ display: 'list' }))).toBe('list=only');
    expect(encodeView(view({ color: 'kind', size: 'betweenness' }))).toBe('size=betweenness');
    expect(encodeView(view({ filters: { hideIsolated: false, hiddenStances: ['challenges'] } }))).toBe(
      'hs=challenges',
    );
  });
});

describe('decodeView', () => {
  const views: View[] = [
    DEFAULT_VIEW,
    view({ node: 'seed-compost' }),
    view({ lang: 'fr', camera: { x: -0.25, y: 1.75, ratio: 0.05 } }),
    view({ embed: true, node: 'q_1', display: 'list' }),
    view({ expanded: [{ nodeId: 'seed-compost', depth: 1 }] }),
    view({
      node: 'q-1',
      embed: true,
      expanded: [
        { nodeId: 'q-1', depth: 2 },
        { nodeId: 'seed-compost', depth: 1 },
        { nodeId: 'P_9', depth: 2 },
      ],
    }),
    view({ filters: { hiddenKinds: ['Question', 'Seed', 'Person', 'Resource', 'Community'] } }),
    view({ filters: { hiddenRelations: ['MEMBER_OF', 'ANIMATES'], hideIsolated: true } }),
    view({ filters: { communities: ['com-mutuelle-des-connaissances', 'com-wemob'] } }),
    view({ color: 'cluster', size: 'betweenness', max: 50_000, display: 'split' }),
    view({
      filters: { hiddenStances: ['supports', 'challenges', 'nuances'] },
      camera: { x: 0, y: 0, ratio: 4 },
    }),
  ];

  it('reads back every view it wrote (cameras rounded)', () => {
    for (const original of views) {
      const expected = { ...original, camera: original.camera && roundCamera(original.camera) };
      expect(decodeView(encodeView(original))).toEqual(expected);
      expect(decodeView(`?${encodeView(original)}`)).toEqual(expected);
    }
  });

  it('gives the default view for an empty or unrelated query', () => {
    expect(decodeView('')).toEqual(DEFAULT_VIEW);
    expect(decodeView('?')).toEqual(DEFAULT_VIEW);
    expect(decodeView('?utm_source=mail&foo=bar')).toEqual(DEFAULT_VIEW);
  });

  it('falls back to the default of each invalid field, keeping the valid ones', () => {
    const decoded = decodeView(
      '?n=bad%20id!&x=a:9,b&c=1,2&lang=de&hk=Person,Planet,Person&hr=likes&hs=maybe,nuances&com=ok-1,not%20ok' +
        '&iso=maybe&list=sideways&color=rainbow&size=huge&max=0&embed=yes',
    );
    expect(decoded).toEqual(
      view({
        filters: { hiddenKinds: ['Person'], hiddenStances: ['nuances'], communities: ['ok-1'] },
      }),
    );
  });

  it('keeps the valid expansions in order and drops the others', () => {
    const read = (x: string) => decodeView(`x=${x}`).expanded;
    expect(read('seed-a:1,q-b:2')).toEqual([
      { nodeId: 'seed-a', depth: 1 },
      { nodeId: 'q-b', depth: 2 },
    ]);
    // Depth outside 1–2, no depth, a bad id, extra parts, empty pairs: each dropped on its own.
    expect(read('a:0,b:3,c,d:,:1,bad%20id:1,e:1:2,f:1.5,g:-1,,h:2,ok:1')).toEqual([
      { nodeId: 'h', depth: 2 },
      { nodeId: 'ok', depth: 1 },
    ]);
    expect(read('')).toEqual([]);
    expect(read(':::,,,')).toEqual([]);
    expect(read(`${'x'.repeat(65)}:1`)).toEqual([]);
    // The same node again: a replay, it moves last at its new depth.
    expect(read('a:1,b:1,a:2')).toEqual([
      { nodeId: 'b', depth: 1 },
      { nodeId: 'a', depth: 2 },
    ]);
    // Other fields are not disturbed by a broken expansion list.
    expect(decodeView('n=seed-a&x=%3A%3A&lang=en')).toEqual(view({ node: 'seed-a', lang: 'en' }));
  });

  it('keeps at most the most recent expansions, reading and writing', () => {
    const many = Array.from({ length: MAX_EXPANSIONS_IN_URL + 5 }, (_, i) => ({
      nodeId: `n${i}`,
      depth: ((i % 2) + 1) as 1 | 2,
    }));
    const recent = many.slice(5);
    expect(MAX_EXPANSIONS_IN_URL).toBe(20);
    expect(decodeView(encodeView(view({ expanded: many }))).expanded).toEqual(recent);
    const written = many.map(({ nodeId, depth }) => `${nodeId}:${depth}`).join(',');
    expect(decodeView(`x=${written}`).expanded).toEqual(recent);
    expect(encodeView(view({ expanded: many }))).toBe(
      `x=${recent.map((e) => `${e.nodeId}:${e.depth}`).join(',')}`,
    );
  });

  it('refuses cameras that are not three finite numbers, and keeps the zoom within the map’s range', () => {
    for (const c of [
      'a,b,c',
      '0.5,0.5',
      '0.5,0.5,0',
      '0.5,0.5,-1',
      '1,1,Infinity',
      ',,',
      '1e9,0,1',
      '0.5,0.5,1,9',
    ]) {
      expect(decodeView(`c=${c}`).camera).toBeNull();
    }
    expect(decodeView('c=0.2,0.3,100').camera).toEqual({ x: 0.2, y: 0.3, ratio: 4 });
    expect(decodeView('c=0.2,0.3,0.0001').camera).toEqual({ x: 0.2, y: 0.3, ratio: 0.05 });
  });

  it('never throws, whatever the query', () => {
    for (const search of [
      '%',
      '?n=%E0%A4%A',
      '&&&==',
      'c=%00,%00,%00',
      `n=${'x'.repeat(5000)}`,
      'max=1e400',
      `x=${'a:1,'.repeat(10_000)}`,
      'x=%E0%A4%A:1',
    ]) {
      expect(() => decodeView(search)).not.toThrow();
    }
    expect(decodeView('max=12.5').max).toBeNull();
    expect(decodeView('max=50001').max).toBeNull();
    expect(decodeView('embed=1&embed=0').embed).toBe(true); // the first value counts
  });
});

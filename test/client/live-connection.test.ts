// What the page takes from the live stream or another tab (client/src/features/live/live-connection.ts):
// only messages that match the shared contract, and the page's own writes known by their action id
// (client/src/api/own-actions.ts).
import { describe, expect, it } from 'vitest';
import { isOwnAction, noteOwnWrite } from '../../client/src/api/own-actions';
import { readLiveMessage } from '../../client/src/features/live/live-connection';

const patch = { nodes: [], edges: [], removedNodes: ['q1'], removedEdges: [] };

describe('readLiveMessage', () => {
  it('reads a change, a resync and an end that match the contract', () => {
    expect(readLiveMessage('change', { position: 3, event: null, map: patch })).toEqual({
      kind: 'change',
      change: { position: 3, event: null, map: patch },
    });
    expect(readLiveMessage('resync', { position: 9, reason: 'reach-changed' })).toEqual({
      kind: 'resync',
      resync: { position: 9, reason: 'reach-changed' },
    });
    expect(readLiveMessage('ended', { reason: 'logged-out' })).toEqual({
      kind: 'ended',
      reason: 'logged-out',
    });
  });

  it('drops what does not', () => {
    expect(readLiveMessage('change', { position: 0, event: null, map: patch })).toBeNull();
    expect(readLiveMessage('change', { position: 3, event: null })).toBeNull();
    expect(readLiveMessage('resync', { position: 1, reason: 'because' })).toBeNull();
    expect(readLiveMessage('message', {})).toBeNull();
  });
});

describe('own writes', () => {
  it('are known by the action id their answer named', () => {
    expect(isOwnAction('a-1')).toBe(false);
    noteOwnWrite(new Headers({ 'Semis-Action-Id': 'a-1', 'Semis-Log-Position': '12' }));
    noteOwnWrite(new Headers({ 'Content-Type': 'application/json' }));
    expect(isOwnAction('a-1')).toBe(true);
    expect(isOwnAction(undefined)).toBe(false);
  });
});

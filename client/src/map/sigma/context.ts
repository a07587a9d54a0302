// The sigma instance of the map, for the components that wire it (reducers, events, camera).
import { createContext, useContext } from 'react';
import type Sigma from 'sigma';
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../../../../shared/graph';

export type MapSigma = Sigma<GraphNodeAttributes, GraphEdgeAttributes>;

export const SigmaContext = createContext<MapSigma | null>(null);

export function useSigma(): MapSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error('useSigma: this component must be inside <SigmaMap>');
  return sigma;
}

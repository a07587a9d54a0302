// Renders nothing: turns clicks on the map into selections (a node) or deselection (the background), and
// shows a pointer over nodes.
import { useEffect } from 'react';
import { useSigma } from './context';

interface Props {
  onSelectNode: (nodeId: string) => void;
  onClearSelection: () => void;
}

export function MapEvents({ onSelectNode, onClearSelection }: Props) {
  const sigma = useSigma();

  useEffect(() => {
    const container = sigma.getContainer();
    const click = ({ node }: { node: string }) => onSelectNode(node);
    const enter = () => container.classList.add('map--pointer');
    const leave = () => container.classList.remove('map--pointer');
    sigma.on('clickNode', click);
    sigma.on('clickStage', onClearSelection);
    sigma.on('enterNode', enter);
    sigma.on('leaveNode', leave);
    return () => {
      sigma.off('clickNode', click);
      sigma.off('clickStage', onClearSelection);
      sigma.off('enterNode', enter);
      sigma.off('leaveNode', leave);
    };
  }, [sigma, onSelectNode, onClearSelection]);

  return null;
}

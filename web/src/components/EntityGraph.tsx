import { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import type { Cooccurrence, EntityDetail } from '../api/types.js';
import { href, navigate } from '../router.js';

const TYPE_COLOURS: Record<string, string> = { PER: '#b5523b', LOC: '#2f7d5b', ORG: '#3b5ba5', MISC: '#7a5aa0' };

/**
 * The co-occurrence network of an entity (cytoscape, loaded on demand): the entity in the
 * centre, the entities sharing articles with it around it, edge width by shared articles.
 * Clicking a node opens that entity.
 */
export default function EntityGraph({ entity, neighbours }: { entity: EntityDetail; neighbours: readonly Cooccurrence[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const max = Math.max(1, ...neighbours.map((n) => n.articles));
    const cy = cytoscape({
      container,
      elements: [
        { data: { id: entity.id, label: entity.name, type: entity.type, centre: 1 } },
        ...neighbours.map((n) => ({ data: { id: n.id, label: n.name, type: n.type, centre: 0 } })),
        ...neighbours.map((n) => ({ data: { id: `e-${n.id}`, source: entity.id, target: n.id, weight: n.articles, w: 1 + (5 * n.articles) / max } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-family': '"Noto Naskh Arabic", serif',
            'font-size': 22,
            'text-valign': 'bottom',
            'text-margin-y': 5,
            width: 26,
            height: 26,
            'background-color': (n: cytoscape.NodeSingular) => TYPE_COLOURS[String(n.data('type'))] ?? '#777',
          },
        },
        { selector: 'node[centre = 1]', style: { width: 40, height: 40, 'font-weight': 'bold', 'font-size': 26 } },
        { selector: 'edge', style: { width: 'data(w)', 'line-color': '#c9c2b4', 'curve-style': 'straight' } },
      ],
      layout: neighbours.length > 0 ? { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => Number(n.data('centre')) * 10 + 1, levelWidth: () => 1, minNodeSpacing: 40, animate: false } : { name: 'grid' },
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (e) => {
      const id = String(e.target.id());
      if (id !== entity.id) navigate(href('entity', id));
    });
    return () => cy.destroy();
  }, [entity, neighbours]);
  return <div ref={ref} className="graph" data-testid="entity-graph" role="img" aria-label={entity.name} />;
}

import cytoscape, { type ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { StixBundle } from '../../api/types';
import { Empty } from '../../components/status';
import { objectName, typeLabel } from './stix-names';

const COLORS: Record<string, string> = {
  indicator: '#1d4ed8',
  malware: '#b91c1c',
  'threat-actor': '#7e22ce',
  'intrusion-set': '#7e22ce',
  campaign: '#9d174d',
  'attack-pattern': '#c2410c',
  tool: '#a16207',
  vulnerability: '#be123c',
  infrastructure: '#0f766e',
  identity: '#475569',
  sighting: '#15803d',
  'observed-data': '#0369a1',
};

// Embedded references drawn as edges besides relationship objects (STIX 2.1 §3.3).
const EMBEDDED = ['sighting_of_ref', 'observed_data_refs', 'where_sighted_refs', 'object_refs', 'sample_refs'];

export function buildElements(bundle: StixBundle): ElementDefinition[] {
  const nodes = bundle.objects.filter((o) => o.type !== 'relationship' && o.type !== 'marking-definition');
  const ids = new Set(nodes.map((n) => n.id));
  const elements: ElementDefinition[] = nodes.map((o) => ({
    data: { id: o.id, label: truncate(objectName(o)), type: o.type, color: COLORS[o.type] ?? '#334155' },
  }));
  for (const o of bundle.objects) {
    if (o.type === 'relationship') {
      const source = String(o.source_ref);
      const target = String(o.target_ref);
      if (ids.has(source) && ids.has(target)) {
        elements.push({ data: { id: o.id, source, target, label: String(o.relationship_type ?? 'related-to') } });
      }
      continue;
    }
    for (const key of EMBEDDED) {
      const value = o[key];
      const refs = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
      for (const ref of refs) {
        if (ids.has(ref) && ids.has(o.id)) {
          elements.push({ data: { id: `${o.id}|${key}|${ref}`, source: o.id, target: ref, label: key.replace(/_refs?$/, '').replace(/_/g, ' '), embedded: 1 } });
        }
      }
    }
  }
  return elements;
}

/** The submission's objects and their relationships, laid out by cytoscape's force-directed layout. */
export function GraphView({ bundle }: { bundle: StixBundle | null }) {
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const elements = useMemo(() => (bundle ? buildElements(bundle) : []), [bundle]);
  const nodeCount = elements.filter((e) => !e.data.source).length;
  const edgeCount = elements.length - nodeCount;

  useEffect(() => {
    if (!container.current || nodeCount === 0) return;
    const cy = cytoscape({
      container: container.current,
      elements,
      wheelSensitivity: 0.3,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(color)',
            label: 'data(label)',
            color: '#0f172a',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'ellipsis',
            'text-max-width': '140px',
            width: 22,
            height: 22,
          },
        },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59e0b' } },
        {
          selector: 'edge',
          style: {
            width: 1.5,
            'line-color': '#94a3b8',
            'target-arrow-color': '#94a3b8',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 9,
            color: '#475569',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 1,
          },
        },
        { selector: 'edge[embedded]', style: { 'line-style': 'dashed' } },
      ],
      layout: { name: nodeCount > 1 ? 'cose' : 'grid', animate: false, padding: 32, idealEdgeLength: () => 150, nodeRepulsion: () => 400_000, componentSpacing: 160, nodeOverlap: 40 } as cytoscape.LayoutOptions,
    });
    // A handful of nodes would otherwise be fitted at a huge zoom.
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
    cy.on('select', 'node', (e) => setSelected(e.target.id()));
    cy.on('unselect', 'node', () => setSelected(null));
    return () => cy.destroy();
  }, [elements, nodeCount]);

  if (!bundle || nodeCount === 0) return <Empty>There are no objects to draw.</Empty>;
  const object = selected ? bundle.objects.find((o) => o.id === selected) : undefined;
  const types = [...new Set(elements.filter((e) => !e.data.source).map((e) => String(e.data.type)))];
  return (
    <div className="graph">
      <p className="muted" id="graph-summary">
        {nodeCount} objects and {edgeCount} links. Drag to move, scroll to zoom, click a node for details. The same
        relationships are listed as text in the Bundle tab.
      </p>
      <div ref={container} className="graph-canvas" role="img" aria-label={`Relationship graph of ${nodeCount} objects`} aria-describedby="graph-summary" />
      <ul className="legend" aria-label="Legend">
        {types.map((t) => (
          <li key={t}>
            <span className="swatch" style={{ background: COLORS[t] ?? '#334155' }} aria-hidden="true" /> {typeLabel(t)}
          </li>
        ))}
        <li><span className="swatch swatch-dashed" aria-hidden="true" /> embedded reference</li>
      </ul>
      <div className="graph-detail" aria-live="polite">
        {object ? (
          <p>
            <strong>{objectName(object)}</strong> <span className="muted">({object.type})</span>
            {typeof object.pattern === 'string' && <code className="block">{object.pattern}</code>}
            {typeof object.description === 'string' && <span className="block">{object.description}</span>}
          </p>
        ) : (
          <p className="muted">No node selected.</p>
        )}
      </div>
    </div>
  );
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

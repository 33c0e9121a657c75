// Node kinds and relations with their legend labels and colours: a module without dependencies,
// so the pure view and search logic (and their tests, outside a browser) can use it.

export type NodeKind = 'person' | 'country' | 'organization' | 'place' | 'speaker' | 'quote';
export type Relation = 'said' | 'mentions' | 'pledged' | 'office';

export const NODE_KINDS: { kind: NodeKind; label: string; color: string }[] = [
  { kind: 'person', label: 'Person', color: '#2f6fdf' },
  { kind: 'country', label: 'Country', color: '#d6452f' },
  { kind: 'organization', label: 'Organization', color: '#1f9a5a' },
  { kind: 'place', label: 'Place', color: '#8e44ad' },
  { kind: 'speaker', label: 'Unnamed speaker', color: '#7f8c8d' },
  { kind: 'quote', label: 'Quote', color: '#d89a00' },
];
export const KIND_COLORS = Object.fromEntries(NODE_KINDS.map((k) => [k.kind, k.color])) as Record<NodeKind, string>;

export const RELATIONS: { relation: Relation; label: string; color: string }[] = [
  { relation: 'said', label: 'spoke of (quotes)', color: '#6b86c9' },
  { relation: 'mentions', label: 'quote mentions', color: '#e0b54a' },
  { relation: 'pledged', label: 'pledged', color: '#c0392b' },
  { relation: 'office', label: 'holds office', color: '#27ae60' },
];
export const RELATION_COLORS = Object.fromEntries(RELATIONS.map((r) => [r.relation, r.color])) as Record<Relation, string>;

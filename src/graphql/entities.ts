// Nodes come back from Cypher as property maps; these helpers give them their GraphQL type (read
// from the id's prefix) and turn the parallel sourceDocs/sourceQuotes lists into Sources.
export type Props = Record<string, unknown> & { id: string };

export const TYPE_BY_PREFIX = {
  agency: 'Agency',
  assignment: 'Assignment',
  strategy: 'Strategy',
  'focus-area': 'FocusArea',
  flow: 'FundingFlow',
  appropriation: 'Appropriation',
  document: 'Document',
  change: 'Change',
} as const;

export type TypeName = (typeof TYPE_BY_PREFIX)[keyof typeof TYPE_BY_PREFIX];

export function typeOfId(id: string): TypeName | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return (TYPE_BY_PREFIX as Record<string, TypeName>)[prefix] ?? null;
}

export interface SourceRef {
  documentId: string;
  quote: string;
}

export function sourcesOf(props: Record<string, unknown>): SourceRef[] {
  const docs = Array.isArray(props.sourceDocs) ? (props.sourceDocs as string[]) : [];
  const quotes = Array.isArray(props.sourceQuotes) ? (props.sourceQuotes as string[]) : [];
  return docs.map((documentId, i) => ({ documentId, quote: quotes[i] ?? '' }));
}

import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const ReferenceDataDocument = graphql(`
  query ReferenceData {
    techFields {
      code
      name
      parentCode
    }
    regions {
      code
      name
    }
  }
`);

export interface FieldTreeNode {
  value: string;
  title: string;
  children: FieldTreeNode[];
}

/** The field taxonomy and the city's districts, fetched once and cached for every picker. */
export function useReferenceData() {
  const { data } = useQuery(ReferenceDataDocument, { fetchPolicy: 'cache-first' });
  const fields = data?.techFields ?? [];
  const byCode = new Map<string, FieldTreeNode>(fields.map((f) => [f.code, { value: f.code, title: f.name, children: [] }]));
  const tree: FieldTreeNode[] = [];
  for (const field of fields) {
    const node = byCode.get(field.code)!;
    const parent = field.parentCode ? byCode.get(field.parentCode) : undefined;
    (parent ? parent.children : tree).push(node);
  }
  const regions = data?.regions ?? [];
  return {
    fieldTree: tree,
    fieldName: (code: string) => byCode.get(code)?.title ?? code,
    regions,
    regionName: (code: string) => regions.find((r) => r.code === code)?.name ?? code,
  };
}

import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

const OrganizationOptionsDocument = graphql(`
  query OrganizationOptions($text: String) {
    organizations(first: 20, filter: { text: $text }) {
      edges {
        node {
          id
          name
          kind
          regionName
        }
      }
    }
  }
`);

interface Props {
  /** Set by Form.Item, so the field's label points at the input. */
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  /** The name to show for the current value before a search has loaded it. */
  initialLabel?: string;
  'data-testid'?: string;
}

/** Picks an organization on the platform by typing part of its name (the server searches). */
export function OrganizationSelect({ id, value, onChange, placeholder, initialLabel, ...rest }: Props) {
  const [text, setText] = useState('');
  const { data, loading } = useQuery(OrganizationOptionsDocument, { variables: { text: text || null } });
  const options = (data?.organizations.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.regionName ? `${node.name}（${node.regionName}）` : node.name,
  }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={placeholder}
      loading={loading}
      options={options}
      data-testid={rest['data-testid']}
    />
  );
}

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Every condition given must hold; a list matches any of its values. */
export type ChallengeSearchFilter = {
  deadlineFrom?: string | null | undefined;
  deadlineTo?: string | null | undefined;
  /** Technology field codes; a code includes its sub-fields. */
  fieldCodes?: Array<string> | null | undefined;
  maxBounty?: string | null | undefined;
  maxTargetTrl?: number | null | undefined;
  minBounty?: string | null | undefined;
  minTargetTrl?: number | null | undefined;
  ownerOrganizationId?: string | number | null | undefined;
  /** A district code, or a city code (370200) for the city and all its districts. */
  regionCode?: string | null | undefined;
  /** Among the states you may see. */
  statuses?: Array<ChallengeStatus> | null | undefined;
};

/** RELEVANCE to the text (the default with a text); NEWEST created first (the default without); DEADLINE_SOONEST; BOUNTY_HIGHEST. With a text, a sort orders hits that are equally relevant (Meilisearch applies it after its word, typo, proximity and attribute rules). */
export type ChallengeSearchSort =
  | 'BOUNTY_HIGHEST'
  | 'DEADLINE_SOONEST'
  | 'NEWEST'
  | 'RELEVANCE';

/** DRAFT 草稿 → SUBMITTED 待审核 → PUBLISHED 已发榜 (or REJECTED 驳回, revise and resubmit) → at the deadline EVALUATING 评审中 → AWARDED 已挂帅 or NO_WINNER 流标 → CONTRACTED 已签约 → COMPLETED 已验收; CANCELLED 已取消 from any open state. */
export type ChallengeStatus =
  | 'AWARDED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONTRACTED'
  | 'DRAFT'
  | 'EVALUATING'
  | 'NO_WINNER'
  | 'PUBLISHED'
  | 'REJECTED'
  | 'SUBMITTED';

/** PUBLIC: everything visible once published. NDA: summary public; details after accepting the NDA. */
export type Confidentiality =
  | 'NDA'
  | 'PUBLIC';

export type LoginInput = {
  email: string;
  password: string;
};

/** ADMIN manages the organization and its members; MEMBER acts on its behalf. */
export type MembershipRole =
  | 'ADMIN'
  | 'MEMBER';

/** ENTERPRISE 企业, INSTITUTE 科研院所, UNIVERSITY 高校, BROKERAGE 技术转移机构, BUREAU 科技局 */
export type OrganizationKind =
  | 'BROKERAGE'
  | 'BUREAU'
  | 'ENTERPRISE'
  | 'INSTITUTE'
  | 'UNIVERSITY';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { unreadNotificationCount: number, viewer: { id: string, displayName: string, email: string | null, isExpert: boolean, isBroker: boolean, memberships: Array<{ id: string, role: MembershipRole, organization: { id: string, name: string, kind: OrganizationKind, regionCode: string } }> } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string } };

export type SearchChallengesQueryVariables = Exact<{
  text?: string | null | undefined;
  filter?: ChallengeSearchFilter | null | undefined;
  sort?: ChallengeSearchSort | null | undefined;
  first: number;
  offset?: number | null | undefined;
}>;


export type SearchChallengesQuery = { searchChallenges: { totalCount: number, facets: Array<{ name: string, values: Array<{ value: string, label: string | null, count: number }> }>, edges: Array<{ highlight: { title: string, summary: string, keywords: Array<string> }, node: { id: string, title: string, bounty: string, deadline: string, status: ChallengeStatus, confidentiality: Confidentiality, regionCode: string, targetTrl: number, field: { code: string, name: string }, ownerOrganization: { id: string, name: string } } }> } };


export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isExpert"}},{"kind":"Field","name":{"kind":"Name","value":"isBroker"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const SearchChallengesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchChallenges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChallengeSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChallengeSearchSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchChallenges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"facets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FIELD"},{"kind":"EnumValue","value":"REGION"},{"kind":"EnumValue","value":"STATUS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highlight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bounty"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confidentiality"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"targetTrl"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchChallengesQuery, SearchChallengesQueryVariables>;
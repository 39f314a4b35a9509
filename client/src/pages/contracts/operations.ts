import { graphql } from '../../gql';

export const ContractDetailDocument = graphql(`
  query ContractDetail($id: ID!) {
    contract(id: $id) {
      id
      title
      description
      status
      categoryCode
      category {
        code
        name
      }
      fieldCode
      field {
        code
        name
      }
      ipType
      planSource
      contractAmount
      techTransactionAmount
      signedOn
      validFrom
      validTo
      registrationNumber
      registeredOn
      registeredVersion
      terminatedOn
      buyer {
        name
        creditCode
        regionCode
        regionName
        partyType
        inCity
      }
      seller {
        name
        creditCode
        regionCode
        regionName
        partyType
        inCity
      }
      buyerOrganization {
        id
      }
      sellerOrganization {
        id
      }
      milestones {
        id
        position
        title
        dueOn
        amount
        paidOn
      }
      brokers {
        id
        displayName
      }
      challenge {
        id
        title
      }
      viewerRelation {
        buyer
        seller
        broker
        bureau
      }
      pendingRegistration {
        id
        kind
      }
      registrations {
        id
        kind
        status
        version
        contractAmount
        techTransactionAmount
        validTo
        terminatedOn
        reason
        rejectionReason
        registrationNumber
        registeredOn
        createdAt
        decidedAt
        submittedBy {
          displayName
        }
        decidedBy {
          displayName
        }
      }
    }
  }
`);

export const ContractCategoriesDocument = graphql(`
  query ContractCategories {
    contractCategories {
      code
      name
      parentCode
    }
  }
`);

export const SubmitContractDocument = graphql(`
  mutation SubmitContract($id: ID!) {
    submitContract(id: $id) {
      id
      status
    }
  }
`);

export const RegisterContractDocument = graphql(`
  mutation RegisterContract($input: RegisterContractInput!) {
    registerContract(input: $input) {
      id
      status
      registrationNumber
      registeredOn
    }
  }
`);

export const RejectContractDocument = graphql(`
  mutation RejectContract($input: RejectContractInput!) {
    rejectContract(input: $input) {
      id
      status
    }
  }
`);

export const ContractsDocument = graphql(`
  query Contracts($first: Int!, $after: String, $filter: ContractFilterInput) {
    contracts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          contractAmount
          techTransactionAmount
          signedOn
          registeredOn
          registrationNumber
          category {
            code
            name
          }
          buyer {
            name
          }
          seller {
            name
          }
        }
      }
    }
  }
`);

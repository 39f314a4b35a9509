import { graphql } from '../../gql';

export const DealPipelineDocument = graphql(`
  query DealPipeline($perStage: Int!) {
    dealPipeline(perStage: $perStage) {
      totalCount
      columns {
        stage
        count
        expectedValueTotal
        hasMore
        deals {
          id
          title
          stage
          expectedValue
          nextAction
          nextActionOn
          allowedStages
          buyer {
            id
            name
          }
          seller {
            id
            name
          }
          contract {
            id
            title
          }
        }
      }
    }
  }
`);

export const MoveDealDocument = graphql(`
  mutation MoveDeal($id: ID!, $stage: DealStage!, $reason: String, $contractId: ID) {
    moveDeal(id: $id, stage: $stage, reason: $reason, contractId: $contractId) {
      id
      stage
      lostReason
      allowedStages
      contract {
        id
        title
      }
    }
  }
`);

/** Contracts a broker may link to a deal: the ones they can see (their own brokered ones, or the deal's parties'). */
export const LinkableContractsDocument = graphql(`
  query LinkableContracts {
    contracts(first: 100) {
      edges {
        node {
          id
          title
          status
          contractAmount
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

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { AuthService } from './modules/auth/auth.service';
import { CapabilityService } from './modules/capability/capability.service';
import { TechFieldService } from './modules/field/tech-field.service';
import { OrganizationService } from './modules/organization/organization.service';
import { UserService } from './modules/user/user.service';
import { BidService } from './modules/bid/bid.service';
import { closeExpiredChallenges } from './modules/challenge/challenge-clock';
import { ChallengeQueryService } from './modules/challenge/challenge-query.service';
import { ChallengeService } from './modules/challenge/challenge.service';
import { NotificationService } from './modules/notification/notification.service';
import { AwardService } from './modules/review/award.service';
import { ReviewService } from './modules/review/review.service';
import { MatchingService } from './modules/search/matching.service';
import { SearchService } from './modules/search/search.service';
import type { Search } from './search/meili';
import { ContractRegistrationService } from './modules/contract/contract-registration.service';
import { ContractService } from './modules/contract/contract.service';
import { DashboardService } from './modules/target/dashboard.service';
import { TargetService } from './modules/target/target.service';
import { BrokerKpiService } from './modules/broker/broker-kpi.service';
import { BrokerProfileService } from './modules/broker/broker-profile.service';
import { DealQueryService } from './modules/broker/deal-query.service';
import { DealService } from './modules/broker/deal.service';

/** The domain services of one request, sharing its EntityManager (and so its identity map and transaction). */
export function createServices(em: EntityManager, config: Config, search: Search) {
  const users = new UserService(em);
  // Deadlines close bidding even when no scheduler ran: every request touching challenges or bids applies
  // them first, once.
  let deadlinesApplied: Promise<unknown> | undefined;
  const applyDeadlines = () => (deadlinesApplied ??= closeExpiredChallenges(em));
  return {
    users,
    auth: new AuthService(em, users, config),
    organizations: new OrganizationService(em),
    capabilities: new CapabilityService(em),
    techFields: new TechFieldService(em),
    challenges: new ChallengeService(em, applyDeadlines),
    challengeQueries: new ChallengeQueryService(em, applyDeadlines),
    bids: new BidService(em, applyDeadlines),
    reviews: new ReviewService(em, applyDeadlines),
    awards: new AwardService(em, applyDeadlines),
    notifications: new NotificationService(em),
    search: new SearchService(em, search, applyDeadlines),
    matching: new MatchingService(em, search, applyDeadlines),
    brokerProfiles: new BrokerProfileService(em),
    deals: new DealService(em),
    dealQueries: new DealQueryService(em),
    brokerKpis: new BrokerKpiService(em),
    contracts: new ContractService(em),
    contractRegistrations: new ContractRegistrationService(em),
    targets: new TargetService(em),
    dashboard: new DashboardService(em),
    applyDeadlines,
  };
}

export type Services = ReturnType<typeof createServices>;

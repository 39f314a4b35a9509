import { LoginThrottle } from '../modules/auth/login-throttle.entity';
import { Bid } from '../modules/bid/bid.entity';
import { Capability } from '../modules/capability/capability.entity';
import { ChallengeTransition } from '../modules/challenge/challenge-transition.entity';
import { Challenge } from '../modules/challenge/challenge.entity';
import { NdaAcceptance } from '../modules/challenge/nda-acceptance.entity';
import { ContractBroker } from '../modules/contract/contract-broker.entity';
import { ContractCategory } from '../modules/contract/contract-category.entity';
import { ContractMilestone } from '../modules/contract/contract-milestone.entity';
import { ContractRegistration } from '../modules/contract/contract-registration.entity';
import { TechContract } from '../modules/contract/contract.entity';
import { ContractRollup } from '../modules/target/contract-rollup.entity';
import { YearlyTarget } from '../modules/target/yearly-target.entity';
import { TechField } from '../modules/field/tech-field.entity';
import { Notification } from '../modules/notification/notification.entity';
import { Membership } from '../modules/organization/membership.entity';
import { Organization } from '../modules/organization/organization.entity';
import { ExpertAssignment } from '../modules/review/expert-assignment.entity';
import { ReviewScore } from '../modules/review/review-score.entity';
import { User } from '../modules/user/user.entity';
import { SearchOutbox } from '../search/search-outbox.entity';
import { BrokerProfile } from '../modules/broker/broker-profile.entity';
import { DealActivity } from '../modules/broker/deal-activity.entity';
import { Deal } from '../modules/broker/deal.entity';

/** Every entity, listed explicitly so that compiled code, tests and scripts discover the same set. */
export const entities = [
  User,
  Organization,
  Membership,
  LoginThrottle,
  TechField,
  Challenge,
  ChallengeTransition,
  NdaAcceptance,
  Capability,
  Bid,
  ExpertAssignment,
  ReviewScore,
  Notification,
  SearchOutbox,
  ContractCategory,
  TechContract,
  ContractMilestone,
  ContractBroker,
  ContractRegistration,
  YearlyTarget,
  ContractRollup,
  BrokerProfile,
  Deal,
  DealActivity,
];

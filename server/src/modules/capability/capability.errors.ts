import { DomainError, ErrorCode } from '../../errors';
import type { OrganizationKind } from '../organization/organization.entity';

export enum CapabilityErrorReason {
  NO_ORGANIZATION = 'NO_ORGANIZATION',
  ORGANIZATION_REQUIRED = 'ORGANIZATION_REQUIRED',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  ORGANIZATION_KIND = 'ORGANIZATION_KIND',
  NOT_OWNER = 'NOT_OWNER',
  DUPLICATE_PATENT = 'DUPLICATE_PATENT',
}

export class CapabilityError extends DomainError {
  readonly domain = 'capability';

  static noOrganization() {
    return new CapabilityError(
      ErrorCode.FORBIDDEN,
      CapabilityErrorReason.NO_ORGANIZATION,
      'Capabilities are published by institutes and universities: join or register one first.',
    );
  }
  static organizationRequired() {
    return new CapabilityError(
      ErrorCode.BAD_USER_INPUT,
      CapabilityErrorReason.ORGANIZATION_REQUIRED,
      'You belong to several organizations: say which one publishes this capability.',
      { fields: [{ field: 'organizationId', message: 'is required when you belong to several organizations' }] },
    );
  }
  static notAMember() {
    return new CapabilityError(
      ErrorCode.FORBIDDEN,
      CapabilityErrorReason.NOT_A_MEMBER,
      'You can only publish capabilities for an organization you belong to.',
    );
  }
  static organizationKind(kind: OrganizationKind) {
    return new CapabilityError(
      ErrorCode.FORBIDDEN,
      CapabilityErrorReason.ORGANIZATION_KIND,
      `Only institutes and universities publish capabilities; this organization is of kind ${kind}.`,
    );
  }
  static notOwner() {
    return new CapabilityError(
      ErrorCode.FORBIDDEN,
      CapabilityErrorReason.NOT_OWNER,
      'Only members of the organization that published this capability (or the bureau) can change it.',
    );
  }
  static duplicatePatent(number: string) {
    return new CapabilityError(
      ErrorCode.BAD_USER_INPUT,
      CapabilityErrorReason.DUPLICATE_PATENT,
      `Patent ${number} is listed twice.`,
      { fields: [{ field: 'patents', message: `lists ${number} more than once` }] },
    );
  }
}

import type { Roles } from '../auth/session';
import type { zhCN } from '../i18n/zh-CN';

export interface NavItem {
  path: string;
  /** An i18n key under nav.* */
  label: `nav.${keyof typeof zhCN.nav}`;
  /** Shown when the viewer has any of these roles; everyone when absent. */
  roles?: (keyof Roles)[];
  signedIn?: boolean;
}

/** The header menu. A new area adds its entry here (and its routes in routes.tsx). */
export const NAV: NavItem[] = [
  { path: '/hall', label: 'nav.hall' },
  { path: '/capabilities', label: 'nav.capabilities' },
  { path: '/my/challenges', label: 'nav.myChallenges', roles: ['enterprise'] },
  { path: '/recommendations', label: 'nav.recommendations', roles: ['institute'] },
  { path: '/my/bids', label: 'nav.myBids', roles: ['institute'] },
  { path: '/my/capabilities', label: 'nav.myCapabilities', roles: ['institute'] },
  { path: '/reviews', label: 'nav.reviews', roles: ['expert'] },
  { path: '/bureau/review-queue', label: 'nav.reviewQueue', roles: ['bureau'] },
  { path: '/bureau/search-sync', label: 'nav.searchSync', roles: ['bureau'] },
  { path: '/contracts', label: 'nav.contracts', roles: ['enterprise', 'institute', 'broker'] },
  { path: '/bureau/contracts', label: 'nav.contractRegistration', roles: ['bureau'] },
  { path: '/brokers/pipeline', label: 'nav.pipeline', roles: ['broker'] },
  { path: '/dashboard', label: 'nav.dashboard', signedIn: true },
];

export function navItems(roles: Roles, signedIn: boolean): NavItem[] {
  return NAV.filter((item) => (!item.roles || item.roles.some((r) => roles[r])) && (!item.signedIn || signedIn));
}

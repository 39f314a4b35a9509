import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { Spin } from 'antd';
import { AppLayout } from './AppLayout';
import { RequireRole } from './RequireRole';
import { NotFoundPage } from './NotFoundPage';

/** Pages load on demand, so the first paint does not wait for every role's screens. */
function page(load: () => Promise<{ default: ComponentType }>): ReactNode {
  const Page = lazy(load);
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
      <Page />
    </Suspense>
  );
}

// One entry per screen; each area keeps its pages in client/src/pages/<area>/. Add new areas here.
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/hall" replace /> },
      { path: 'login', element: page(() => import('../pages/auth/LoginPage')) },
      { path: 'register', element: page(() => import('../pages/auth/RegisterPage')) },
      { path: 'hall', element: page(() => import('../pages/hall/HallPage')) },
      { path: 'challenges/:id', element: page(() => import('../pages/challenges/ChallengeDetailPage')) },
      { path: 'capabilities', element: page(() => import('../pages/capabilities/CapabilityLibraryPage')) },
      { path: 'capabilities/:id', element: page(() => import('../pages/capabilities/CapabilityDetailPage')) },
      {
        path: 'notifications',
        element: <RequireRole>{page(() => import('../pages/notifications/InboxPage'))}</RequireRole>,
      },
      // 企业 (发榜方)
      {
        path: 'my/challenges',
        element: <RequireRole role="enterprise">{page(() => import('../pages/challenges/MyChallengesPage'))}</RequireRole>,
      },
      {
        path: 'challenges/new',
        element: <RequireRole role="enterprise">{page(() => import('../pages/challenges/ChallengeFormPage'))}</RequireRole>,
      },
      {
        path: 'challenges/:id/edit',
        element: <RequireRole role="enterprise">{page(() => import('../pages/challenges/ChallengeFormPage'))}</RequireRole>,
      },
      // 院所 / 高校 (揭榜方)
      {
        path: 'my/capabilities',
        element: <RequireRole role="institute">{page(() => import('../pages/capabilities/MyCapabilitiesPage'))}</RequireRole>,
      },
      {
        path: 'my/capabilities/new',
        element: <RequireRole role="institute">{page(() => import('../pages/capabilities/CapabilityFormPage'))}</RequireRole>,
      },
      {
        path: 'my/capabilities/:id/edit',
        element: <RequireRole role="institute">{page(() => import('../pages/capabilities/CapabilityFormPage'))}</RequireRole>,
      },
      {
        path: 'recommendations',
        element: <RequireRole role="institute">{page(() => import('../pages/bids/RecommendationsPage'))}</RequireRole>,
      },
      {
        path: 'my/bids',
        element: <RequireRole role="institute">{page(() => import('../pages/bids/MyBidsPage'))}</RequireRole>,
      },
      {
        path: 'challenges/:id/bid',
        element: <RequireRole role="institute">{page(() => import('../pages/bids/BidFormPage'))}</RequireRole>,
      },
      // 评审专家
      {
        path: 'reviews',
        element: <RequireRole role="expert">{page(() => import('../pages/reviews/ReviewListPage'))}</RequireRole>,
      },
      {
        path: 'reviews/:challengeId',
        element: <RequireRole role="expert">{page(() => import('../pages/reviews/ScoringPage'))}</RequireRole>,
      },
      // 科技局
      {
        path: 'bureau/review-queue',
        element: <RequireRole role="bureau">{page(() => import('../pages/bureau/ReviewQueuePage'))}</RequireRole>,
      },
      {
        path: 'bureau/search-sync',
        element: <RequireRole role="bureau">{page(() => import('../pages/bureau/SearchSyncPage'))}</RequireRole>,
      },
      // Technology contracts, the target dashboard and the broker pipeline (issue 5's pages).
      { path: 'contracts', element: <RequireRole>{page(() => import('../pages/contracts/ContractListPage'))}</RequireRole> },
      { path: 'contracts/new', element: <RequireRole>{page(() => import('../pages/contracts/ContractFormPage'))}</RequireRole> },
      { path: 'contracts/from-award/:challengeId', element: <RequireRole>{page(() => import('../pages/contracts/FromAwardPage'))}</RequireRole> },
      { path: 'contracts/:id', element: <RequireRole>{page(() => import('../pages/contracts/ContractDetailPage'))}</RequireRole> },
      { path: 'contracts/:id/edit', element: <RequireRole>{page(() => import('../pages/contracts/ContractFormPage'))}</RequireRole> },
      { path: 'bureau/contracts', element: <RequireRole role="bureau">{page(() => import('../pages/contracts/RegistrationQueuePage'))}</RequireRole> },
      { path: 'dashboard', element: <RequireRole>{page(() => import('../pages/dashboard/DashboardPage'))}</RequireRole> },
      { path: 'brokers/pipeline', element: <RequireRole role="broker">{page(() => import('../pages/brokers/PipelinePage'))}</RequireRole> },
      { path: 'brokers/kpis', element: <RequireRole role="broker">{page(() => import('../pages/brokers/BrokerKpisPage'))}</RequireRole> },
      { path: 'brokers/deals/:id', element: <RequireRole>{page(() => import('../pages/brokers/DealDetailPage'))}</RequireRole> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

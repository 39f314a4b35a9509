import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { Spin } from 'antd';
import { AppLayout } from './AppLayout';
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
      { path: 'hall', element: page(() => import('../pages/hall/HallPage')) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

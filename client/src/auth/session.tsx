import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { tokenStore } from './token-store';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      email
      isExpert
      isBroker
      memberships {
        id
        role
        organization {
          id
          name
          kind
          regionCode
        }
      }
    }
    unreadNotificationCount
  }
`);

export type Viewer = NonNullable<ViewerQuery['viewer']>;
export type Organization = Viewer['memberships'][number]['organization'];

/** What the signed-in user may do, derived from memberships and personal roles (the server checks again). */
export interface Roles {
  bureau: boolean;
  enterprise: boolean;
  /** Institute or university: the bidding side (揭榜方). */
  institute: boolean;
  expert: boolean;
  broker: boolean;
}

interface SessionValue {
  viewer: Viewer | null;
  loading: boolean;
  roles: Roles;
  unread: number;
  /** The viewer's organizations of the given kinds, e.g. the enterprise that posts. */
  organizations(kinds: string[]): Organization[];
  signIn(token: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function rolesOf(viewer: Viewer | null): Roles {
  const kinds = new Set(viewer?.memberships.map((m) => m.organization.kind) ?? []);
  return {
    bureau: kinds.has('BUREAU'),
    enterprise: kinds.has('ENTERPRISE'),
    institute: kinds.has('INSTITUTE') || kinds.has('UNIVERSITY'),
    expert: viewer?.isExpert ?? false,
    broker: viewer?.isBroker ?? false,
  };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading } = useQuery(ViewerDocument, { fetchPolicy: 'cache-first', pollInterval: 60_000 });
  const viewer = data?.viewer ?? null;

  const signIn = useCallback(
    async (token: string) => {
      tokenStore.set(token);
      await client.resetStore();
    },
    [client],
  );
  const signOut = useCallback(async () => {
    tokenStore.clear();
    await client.clearStore();
    await client.refetchQueries({ include: [ViewerDocument] });
  }, [client]);

  const value = useMemo<SessionValue>(
    () => ({
      viewer,
      loading: loading && !data,
      roles: rolesOf(viewer),
      unread: data?.unreadNotificationCount ?? 0,
      organizations: (kinds) => viewer?.memberships.map((m) => m.organization).filter((o) => kinds.includes(o.kind)) ?? [],
      signIn,
      signOut,
    }),
    [viewer, loading, data, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

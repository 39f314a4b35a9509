import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { tokenStore } from '../auth/token-store';

/** One client for the whole app; the token is read per request, so signing in or out needs no new client. */
export function createApolloClient(onSessionExpired: () => void) {
  const auth = new SetContextLink((prev) => {
    const token = tokenStore.get();
    return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
  });
  const expiry = new ErrorLink(({ error, operation }) => {
    // A wrong password is UNAUTHENTICATED too, but says nothing about the session.
    if (operation.operationName === 'Login' || operation.operationName === 'Register') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && tokenStore.get()) {
      onSessionExpired();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([expiry, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Connections and search results are read whole per variables; nothing is merged across pages.
        Query: { fields: {} },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}

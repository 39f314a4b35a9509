import { useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createApolloClient } from '../apollo/client';
import { SessionProvider } from '../auth/session';
import { tokenStore } from '../auth/token-store';
import { router } from './routes';

export function App() {
  const { i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  dayjs.locale(zh ? 'zh-cn' : 'en');
  const client = useMemo(
    () =>
      createApolloClient(() => {
        // An expired or revoked token: drop it and show the sign-in page with a hint.
        tokenStore.clear();
        void router.navigate(`/login?expired=1&next=${encodeURIComponent(window.location.pathname)}`);
      }),
    [],
  );
  return (
    <ConfigProvider
      locale={zh ? zhCNLocale : enUSLocale}
      theme={{ token: { colorPrimary: '#c8161d', borderRadius: 4 } }}
    >
      <AntApp>
        <ApolloProvider client={client}>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}

import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { currentToken } from '../../auth/session';
import { useTranslation } from 'react-i18next';
import { EXAMPLES } from './examples';

/** Sends GraphiQL's operations to the gateway with the signed-in person's token. */
async function fetcher(params: { query: string; operationName?: string | null; variables?: unknown }) {
  const token = currentToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(params),
  });
  return response.json();
}

/** /explorer: GraphiQL bundled with the console (works with no internet), off in production. */
export default function Explorer() {
  const { t } = useTranslation();
  return (
    <section className="explorer" aria-label={t('explorer.title')}>
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={EXAMPLES[0]?.query ?? '{ areas { code } }'}
        defaultTabs={EXAMPLES.map((example) => ({ query: example.query }))}
        shouldPersistHeaders={false}
      />
    </section>
  );
}

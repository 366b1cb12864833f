import { useEffect, useRef } from 'react';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './explorer.css';
import { useTranslation } from 'react-i18next';
import { currentToken } from '../../auth/session';
import { EXAMPLES_DOCUMENT } from './examples';

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

/**
 * GraphiQL's editors are CodeMirror text areas with no name and scroll boxes that take no
 * focus; name them and make them reachable by keyboard (WCAG 4.1.2, 2.1.1).
 */
function useAccessibleEditors(container: React.RefObject<HTMLElement | null>, label: string) {
  useEffect(() => {
    const mend = () => {
      container.current?.querySelectorAll('textarea:not([aria-label])').forEach((area) => area.setAttribute('aria-label', label));
      container.current?.querySelectorAll('.CodeMirror-scroll:not([tabindex="0"])').forEach((box) => box.setAttribute('tabindex', '0'));
    };
    mend();
    const observer = new MutationObserver(mend);
    if (container.current) observer.observe(container.current, { subtree: true, childList: true });
    return () => observer.disconnect();
  }, [container, label]);
}

/** /explorer: GraphiQL bundled with the console (works with no internet), off in production. */
export default function Explorer() {
  const { t } = useTranslation();
  const container = useRef<HTMLElement>(null);
  useAccessibleEditors(container, t('explorer.editor'));
  return (
    <section className="explorer" aria-label={t('explorer.title')} ref={container}>
      <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLES_DOCUMENT} shouldPersistHeaders={false} />
    </section>
  );
}

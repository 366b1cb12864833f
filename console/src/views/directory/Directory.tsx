import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Button, Heading } from 'suomifi-ui-components';
import { GraphError, OfflineError, query } from '../../graph/client';
import { DirectoryChoicesDocument, DirectorySearchDocument, type DirectoryChoicesQuery, type DirectorySearchQuery } from '../../gql/graphql';
import { formatNumber, localized } from '../../ui/format';
import { filterFrom, queryString, searchFrom, SEARCH_KEYS, type Search, type SearchKey } from './search-params';
import './directory.css';

type Result = DirectorySearchQuery['partners']['edges'][number]['node'];
const PAGE = 20;

/**
 * A phone's first visit: the queries start as soon as this chunk is evaluated, before React
 * renders the page, and the first render takes their answers (one round trip less on the clock).
 */
const early = location.pathname === '/directory'
  ? {
      key: queryString(searchFrom(new URLSearchParams(location.search)), new URLSearchParams()),
      search: query(DirectorySearchDocument, { filter: filterFrom(searchFrom(new URLSearchParams(location.search))), first: PAGE }),
      choices: query(DirectoryChoicesDocument, {}),
    }
  : null;
early?.search.catch(() => undefined);
early?.choices.catch(() => undefined);

function searchOnce(key: string, search: Search) {
  if (early && early.key === key) {
    const answer = early.search;
    early.key = '';
    return answer;
  }
  return query(DirectorySearchDocument, { filter: filterFrom(search), first: PAGE });
}

/** "Where can I use my card": the public directory, its search held in the URL. */
export default function Directory() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const search = useMemo(() => searchFrom(params), [params]);
  const [choices, setChoices] = useState<DirectoryChoicesQuery | null>(null);
  const [draft, setDraft] = useState<Search>(search);
  const [results, setResults] = useState<{ key: string; total: number; items: Result[]; next: string | null } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const key = queryString(search, new URLSearchParams());

  useEffect(() => {
    // The early answer if it came; asked again if it failed (e.g. offline at first).
    (early?.choices ?? Promise.reject(new Error('none')))
      .catch(() => query(DirectoryChoicesDocument, {}))
      .then(setChoices, () => undefined);
  }, []);
  useEffect(() => setDraft(search), [search]);
  useEffect(() => {
    let current = true;
    setFailure(null);
    searchOnce(key, search).then(
      ({ partners }) => current && setResults({ key, total: partners.totalCount, items: partners.edges.map((edge) => edge.node), next: partners.pageInfo.hasNextPage ? partners.pageInfo.endCursor ?? null : null }),
      (error) => current && setFailure(failureText(t, error)),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const municipalityNames = useMemo(() => {
    const names = new Map<string, { fi: string; sv?: string | null; en?: string | null }>();
    for (const area of choices?.areas ?? []) for (const municipality of area.municipalities) names.set(municipality.code, municipality.name);
    return names;
  }, [choices]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/directory${queryString(draft, params)}`);
  };
  const loadMore = async () => {
    if (!results?.next) return;
    setMore(true);
    try {
      const { partners } = await query(DirectorySearchDocument, { filter: filterFrom(search), first: PAGE, after: results.next });
      setResults({ ...results, items: [...results.items, ...partners.edges.map((edge) => edge.node)], next: partners.pageInfo.hasNextPage ? partners.pageInfo.endCursor ?? null : null });
    } catch (error) {
      setFailure(failureText(t, error));
    } finally {
      setMore(false);
    }
  };
  const without = (dropped: SearchKey) => `/directory${queryString({ ...search, [dropped]: undefined }, params)}`;
  const set = (name: SearchKey) => (value: string) => setDraft((before) => ({ ...before, [name]: value }));
  const tops = (choices?.partnerCategories ?? []).filter((category) => !category.parentCode);
  const shown = results && results.key === key ? results : null;

  return (
    <div className="directory">
      <Heading variant="h1">{t('directory.title')}</Heading>
      <p>{t('directory.intro')}</p>
      <form className="directory-search" onSubmit={submit} role="search" aria-label={t('directory.searchLabel')}>
        <label className="field">
          {t('directory.where')}
          <select value={draft.where ?? ''} onChange={(event) => set('where')(event.target.value)}>
            <option value="">{t('directory.everywhere')}</option>
            <optgroup label={t('directory.areas')}>
              {(choices?.areas ?? []).map((area) => <option key={area.id} value={`area:${area.code}`}>{localized(area.name)}</option>)}
            </optgroup>
            <optgroup label={t('directory.municipalities')}>
              {[...municipalityNames].sort((a, b) => localized(a[1]).localeCompare(localized(b[1]))).map(([code, name]) => (
                <option key={code} value={`municipality:${code}`}>{localized(name)}</option>
              ))}
            </optgroup>
            {draft.where && !choices && <option value={draft.where}>{draft.where}</option>}
          </select>
        </label>
        <label className="field">
          {t('directory.category')}
          <select value={draft.category ?? ''} onChange={(event) => set('category')(event.target.value)}>
            <option value="">{t('directory.allCategories')}</option>
            {tops.map((top) => (
              <optgroup key={top.code} label={localized(top.name)}>
                <option value={top.code}>{t('directory.allOf', { name: localized(top.name) })}</option>
                {(choices?.partnerCategories ?? []).filter((category) => category.parentCode === top.code).map((category) => (
                  <option key={category.code} value={category.code}>{localized(category.name)}</option>
                ))}
              </optgroup>
            ))}
            {draft.category && !choices && <option value={draft.category}>{draft.category}</option>}
          </select>
        </label>
        <label className="field">
          {t('directory.language')}
          <select value={draft.language ?? ''} onChange={(event) => set('language')(event.target.value)}>
            <option value="">{t('directory.anyLanguage')}</option>
            <option value="sv">{t('directory.languageName.sv')}</option>
            <option value="en">{t('directory.languageName.en')}</option>
          </select>
        </label>
        <label className="field">
          {t('directory.name')}
          <input type="search" value={draft.q ?? ''} onChange={(event) => set('q')(event.target.value)} maxLength={200} autoComplete="off" />
        </label>
        <Button type="submit">{t('directory.search')}</Button>
      </form>

      {failure && <p role="alert" className="error">{failure}</p>}
      <section aria-labelledby="directory-results" className="directory-results">
        <h2 id="directory-results" aria-live="polite">
          {shown ? t('directory.found', { count: shown.total, formatted: formatNumber(shown.total) }) : t('common.loading')}
        </h2>
        {shown && shown.total === 0 && (
          <div className="answer calm widen">
            <p className="answer-title">{t('directory.noneTitle')}</p>
            <p>{t('directory.widen')}</p>
            <ul>
              {SEARCH_KEYS.filter((name) => search[name]).map((name) => (
                <li key={name}><Link to={without(name)}>{t(`directory.drop.${name}`)}</Link></li>
              ))}
              <li><Link to={`/directory${queryString({}, params)}`}>{t('directory.drop.all')}</Link></li>
            </ul>
          </div>
        )}
        {shown && shown.items.length > 0 && (
          <ul className="directory-list">
            {shown.items.map((partner) => (
              <li key={partner.id}>
                <h3><Link to={`/directory/${partner.id}${params.get('lang') ? `?lang=${params.get('lang')}` : ''}`} state={{ search: location.search }}>{localized(partner.name)}</Link></h3>
                <p className="muted">{partner.categories.filter((category) => category.parentCode).map((category) => localized(category.name)).join(', ') || partner.categories.map((category) => localized(category.name)).join(', ')}</p>
                {partner.venues[0] && (
                  <p>{[partner.venues[0].streetAddress, [partner.venues[0].postalCode, localized(municipalityNames.get(partner.venues[0].municipalityCode))].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</p>
                )}
              </li>
            ))}
          </ul>
        )}
        {shown?.next && <Button type="button" variant="secondary" disabled={more} onClick={() => void loadMore()}>{t('directory.more')}</Button>}
      </section>
    </div>
  );
}

export function failureText(t: (key: string) => string, error: unknown): string {
  if (error instanceof OfflineError) return t('directory.offline');
  if (error instanceof GraphError) return t(`errors.${error.code}`);
  return t('errors.INTERNAL_SERVER_ERROR');
}

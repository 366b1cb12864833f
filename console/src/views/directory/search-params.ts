import type { PartnerFilter } from '../../gql/graphql';

/**
 * The directory's search lives in the page's URL, so a search can be shared or bookmarked:
 * `where` (area:<code> or municipality:<code>), `category`, `language` (of the offers'
 * descriptions), `q` (words in the name). `lang` is the console's own language and is kept.
 */
export const SEARCH_KEYS = ['where', 'category', 'language', 'q'] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number];
export type Search = Partial<Record<SearchKey, string>>;

export function searchFrom(params: URLSearchParams): Search {
  const search: Search = {};
  for (const key of SEARCH_KEYS) {
    const value = params.get(key)?.trim();
    if (value) search[key] = value.slice(0, 200);
  }
  return search;
}

/** The query string for a search, keeping `?lang=` when the page had it. */
export function queryString(search: Search, current: URLSearchParams): string {
  const params = new URLSearchParams();
  for (const key of SEARCH_KEYS) if (search[key]) params.set(key, search[key]!);
  const lang = current.get('lang');
  if (lang) params.set('lang', lang);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function filterFrom(search: Search): PartnerFilter {
  const filter: PartnerFilter = { role: 'CULTURE_PARTNER' };
  const [kind, code] = (search.where ?? '').split(':');
  if (kind === 'area' && code) filter.areaCode = code;
  if (kind === 'municipality' && /^\d{3}$/.test(code ?? '')) filter.municipality = code;
  if (search.category) filter.category = search.category;
  if (search.language && ['fi', 'sv', 'en'].includes(search.language)) filter.language = search.language;
  if (search.q) filter.search = search.q;
  return filter;
}

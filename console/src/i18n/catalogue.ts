/**
 * One catalogue per language: the shared messages (src/i18n/<lang>.json) and each view's own
 * (src/views/<view>/messages/<lang>.json, under the view's name in camelCase: `my-card` →
 * `myCard.*`). A view owns its words like it owns its operations, so views change apart.
 */
export type Messages = { [key: string]: string | Messages };

export function viewKey(path: string): { folder: string; view: string; language: string } | null {
  const match = /views\/([a-z-]+)\/messages\/([a-z]{2})\.json$/.exec(path.replace(/\\/g, '/'));
  if (!match) return null;
  return { folder: match[1], view: match[1].replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()), language: match[2] };
}

export function mergeCatalogue(language: string, shared: Messages, viewFiles: Record<string, Messages>): Messages {
  const merged: Messages = { ...shared };
  for (const [path, messages] of Object.entries(viewFiles)) {
    const key = viewKey(path);
    if (!key || key.language !== language) continue;
    if (key.view in merged) throw new Error(`${path}: the shared catalogue already has "${key.view}"`);
    merged[key.view] = messages;
  }
  return merged;
}

import { useSearchParams } from 'react-router-dom';

/**
 * A list page's filters live in the URL (shareable, kept on reload). `set` patches them: an empty
 * value removes the key, and any change other than the page itself goes back to page 1.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const set = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  const clear = () => setParams(new URLSearchParams(), { replace: true });
  return [params, set, clear] as const;
}

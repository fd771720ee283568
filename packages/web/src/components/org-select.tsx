import { useEffect, useMemo, useState } from 'react';
import { Select, Tag } from 'antd';
import { useOrgs, type Org, type OrgKind } from '../api/orgs.ts';
import { useI18n } from '../i18n/index.tsx';

function useDebounced<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

interface Props {
  value?: number;
  onChange?: (id: number | undefined, org?: Org) => void;
  kind?: OrgKind;
  /** Only offer orgs of these kinds (filtered client-side when more than one). */
  kinds?: OrgKind[];
  excludeId?: number;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  testId?: string;
  /** Label to show for a preselected value that is not in the current search results. */
  initialLabel?: string;
  status?: 'error' | 'warning';
}

/** Search-as-you-type picker over `/orgs?q=&kind=` in the caller's scope. */
export function OrgSelect({ value, onChange, kind, kinds, excludeId, placeholder, allowClear = true, style, testId, initialLabel, status }: Props) {
  const { pick } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const { data, isFetching, isPlaceholderData } = useOrgs({ q: q || undefined, kind, pageSize: 30 });
  const [chosen, setChosen] = useState<Org | undefined>();
  const options = useMemo(() => {
    // While a typed search is pending (debounce) or loading, the previous results are not offered: a click
    // would otherwise pick from a list that is about to be replaced.
    const stale = search.trim() !== q || isPlaceholderData;
    const items = (stale ? [] : (data?.items ?? [])).filter((o) => o.id !== excludeId && (!kinds || kinds.includes(o.kind)));
    const list = items.map((o) => ({
      value: o.id,
      label: o.name,
      org: o,
    }));
    if (value && !list.some((o) => o.value === value)) {
      const label = chosen?.id === value ? chosen.name : (initialLabel ?? `#${value}`);
      list.unshift({ value, label, org: chosen ?? (undefined as unknown as Org) });
    }
    return list;
  }, [data, excludeId, kinds, value, chosen, initialLabel, search, q, isPlaceholderData]);

  return (
    <Select
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      placeholder={placeholder}
      allowClear={allowClear}
      loading={isFetching}
      style={style}
      status={status}
      options={options}
      optionRender={(opt) => {
        const org = (opt.data as { org?: Org }).org;
        return (
          <span style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{opt.label}</span>
            {org?.kindName && <Tag style={{ marginInlineEnd: 0 }}>{pick(org.kindName)}</Tag>}
          </span>
        );
      }}
      onChange={(id: number | undefined, opt) => {
        const org = (Array.isArray(opt) ? undefined : (opt as { org?: Org } | undefined)?.org) ?? undefined;
        setChosen(org);
        onChange?.(id, org);
      }}
      onClear={() => setSearch('')}
    />
  );
}

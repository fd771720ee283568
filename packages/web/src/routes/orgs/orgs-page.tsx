import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Dropdown, Empty, Input, List, Row, Space, Spin, Switch, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { can, useMe } from '../../api/auth.ts';
import { fileUrl } from '../../api/client.ts';
import { fetchOrgs, orgKeys, useOrgRoot, useOrgs, type Org, type OrgDetail } from '../../api/orgs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { OrgDetailPanel } from './org-detail-panel.tsx';
import { OrgFormModal } from './org-form-modal.tsx';
import { OrgMoveModal } from './org-move-modal.tsx';
import { OrgImportModal } from './org-import-modal.tsx';

const PAGE = 500;

interface Children {
  items: Org[];
  total: number;
  page: number;
}

function OrgTitle({ org }: { org: Org }) {
  const { t, pick } = useI18n();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, maxWidth: '100%' }}>
      <span style={{ opacity: org.status === 'inactive' ? 0.5 : 1 }}>{org.name}</span>
      <Tag style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: '16px' }} bordered={false}>
        {pick(org.kindName)}
      </Tag>
      {org.status === 'inactive' && (
        <Tag style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: '16px' }} color="default">
          {t('org.status.inactive')}
        </Tag>
      )}
    </span>
  );
}

export default function OrgsPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const root = useOrgRoot();
  const [children, setChildren] = useState<Map<number, Children>>(new Map());
  const [expanded, setExpanded] = useState<React.Key[]>([]);
  const [showInactive, setShowInactive] = useState(false);
  const [search, setSearch] = useState('');
  const q = params.get('q') ?? '';
  const selectedId = Number(params.get('id')) || root.data?.id || null;
  const [dialog, setDialog] = useState<null | { kind: 'add' | 'edit' | 'move'; org: OrgDetail } | { kind: 'import' }>(null);
  const status = showInactive ? 'all' : 'active';

  const loadChildren = useCallback(
    async (parentId: number, page = 1) => {
      const res = await qc.fetchQuery({
        queryKey: orgKeys.list({ parentId, status, page, pageSize: PAGE }),
        queryFn: () => fetchOrgs({ parentId, status, page, pageSize: PAGE }),
        staleTime: 0,
      });
      setChildren((prev) => {
        const next = new Map(prev);
        const before = page > 1 ? (prev.get(parentId)?.items ?? []) : [];
        next.set(parentId, { items: [...before, ...res.items], total: res.total, page });
        return next;
      });
      return res;
    },
    [qc, status],
  );

  // Start at the top of my scope, expanded one level; reload all when the inactive switch flips.
  useEffect(() => {
    if (!root.data) return;
    setChildren(new Map());
    setExpanded([root.data.id]);
    void loadChildren(root.data.id);
  }, [root.data, loadChildren]);

  useEffect(() => setSearch(q), [q]);

  const treeData = useMemo(() => {
    if (!root.data) return [];
    const build = (o: Org): TreeDataNode => {
      const kids = children.get(o.id);
      const node: TreeDataNode = { key: o.id, title: <OrgTitle org={o} />, isLeaf: o.childCount === 0 };
      if (kids) {
        node.children = kids.items.map(build);
        if (kids.items.length < kids.total)
          node.children.push({
            key: `more:${o.id}:${kids.page + 1}`,
            title: <Typography.Link>{t('org.loadMore')}</Typography.Link>,
            isLeaf: true,
            selectable: true,
          });
      }
      return node;
    };
    return [build(root.data)];
  }, [root.data, children, t]);

  const select = (id: number) => {
    const next = new URLSearchParams(params);
    next.set('id', String(id));
    setParams(next, { replace: true });
  };

  /** After a change, reload the parents whose child lists it touched. */
  const refresh = async (...parentIds: (number | null | undefined)[]) => {
    await qc.invalidateQueries({ queryKey: orgKeys.all });
    for (const id of new Set(parentIds)) if (id && children.has(id)) await loadChildren(id);
  };

  /** Open the tree down to an org found by search. */
  const reveal = async (o: OrgDetail) => {
    const path = [...o.ancestors.map((a) => a.id)];
    for (const id of path) if (!children.has(id)) await loadChildren(id);
    setExpanded((e) => Array.from(new Set([...e, ...path])));
    setTimeout(() => document.querySelector('[data-testid="org-tree"] .ant-tree-treenode-selected')?.scrollIntoView({ block: 'center' }), 300);
  };

  const searchResults = useOrgs({ q: q || undefined, status, pageSize: 50 }, !!q);
  const canWrite = can(me, 'orgs.write');
  // The export is what the page shows: the search results while a search is on, else the whole
  // subtree — active orgs only unless 显示停用 is ticked.
  const exportQuery = { q: q || undefined, status };

  return (
    <div data-testid="orgs-page">
      <PageHeader
        title={t('nav.orgs')}
        extra={
          <>
            <Dropdown
              menu={{
                items: [
                  {
                    key: 'xlsx',
                    label: (
                      <a href={fileUrl('/orgs/export', { format: 'xlsx', ...exportQuery })} data-testid="org-export-xlsx">
                        {t('common.exportXlsx')}
                      </a>
                    ),
                  },
                  {
                    key: 'csv',
                    label: (
                      <a href={fileUrl('/orgs/export', { format: 'csv', ...exportQuery })} data-testid="org-export-csv">
                        {t('common.exportCsv')}
                      </a>
                    ),
                  },
                ],
              }}
            >
              <Button icon={<DownloadOutlined />} data-testid="org-export">
                {t('common.export')}
              </Button>
            </Dropdown>
            {/* Importing adds unions under mine: not offered where no union may be added (a grassroots union's officer). */}
            {canWrite && root.data?.abilities.createChild && (
              <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })} data-testid="org-import">
                {t('org.import')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card
            title={t('org.tree')}
            extra={
              <Space size={4}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('org.showInactive')}
                </Typography.Text>
                <Switch size="small" checked={showInactive} onChange={setShowInactive} data-testid="org-show-inactive" />
              </Space>
            }
            styles={{ body: { padding: 12 } }}
          >
            <Input.Search
              data-testid="org-search"
              allowClear
              placeholder={t('org.searchPlaceholder')}
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                if (!e.target.value) {
                  const next = new URLSearchParams(params);
                  next.delete('q');
                  setParams(next, { replace: true });
                }
              }}
              onSearch={(v) => {
                const next = new URLSearchParams(params);
                if (v.trim()) next.set('q', v.trim());
                else next.delete('q');
                setParams(next, { replace: true });
              }}
              style={{ marginBottom: 12 }}
            />
            <ServerError error={root.error} />
            {q ? (
              <div data-testid="org-search-results">
                <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                  <Typography.Text type="secondary">
                    {t('org.searchResults')} · {t('common.total', { total: searchResults.data?.total ?? 0 })}
                  </Typography.Text>
                  {selectedId && <RevealButton id={selectedId} onReveal={reveal} />}
                </Space>
                <List
                  size="small"
                  loading={searchResults.isFetching}
                  dataSource={searchResults.data?.items ?? []}
                  locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} /> }}
                  style={{ maxHeight: '65vh', overflow: 'auto' }}
                  renderItem={(o) => (
                    <List.Item
                      onClick={() => select(o.id)}
                      style={{ cursor: 'pointer', background: o.id === selectedId ? 'rgba(200,16,46,0.06)' : undefined, paddingInline: 8 }}
                      data-testid={`org-result-${o.id}`}
                    >
                      <OrgTitle org={o} />
                    </List.Item>
                  )}
                />
              </div>
            ) : root.isLoading ? (
              <Spin />
            ) : (
              <div style={{ maxHeight: '70vh', overflow: 'auto' }}>
                <Tree
                  data-testid="org-tree"
                  blockNode
                  showLine
                  treeData={treeData}
                  expandedKeys={expanded}
                  onExpand={(keys) => setExpanded(keys)}
                  selectedKeys={selectedId ? [selectedId] : []}
                  loadData={async (node) => {
                    if (typeof node.key === 'number' && !children.has(node.key)) await loadChildren(node.key);
                  }}
                  onSelect={(_, { node }) => {
                    const key = node.key;
                    if (typeof key === 'string' && key.startsWith('more:')) {
                      const [, parent, page] = key.split(':');
                      void loadChildren(Number(parent), Number(page));
                      return;
                    }
                    select(Number(key));
                  }}
                />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          <OrgDetailPanel
            orgId={selectedId}
            scopeRootId={root.data?.id}
            onSelect={(id) => {
              select(id);
            }}
            onAddChild={(org) => setDialog({ kind: 'add', org })}
            onEdit={(org) => setDialog({ kind: 'edit', org })}
            onMove={(org) => setDialog({ kind: 'move', org })}
            onChanged={(o) => void refresh(o.parentId)}
            onDeleted={(o) => {
              void refresh(o.parentId);
              if (o.parentId) select(o.parentId);
            }}
          />
        </Col>
      </Row>
      {dialog && dialog.kind !== 'import' && dialog.kind !== 'move' && (
        <OrgFormModal
          open
          parent={dialog.kind === 'add' ? dialog.org : undefined}
          org={dialog.kind === 'edit' ? dialog.org : undefined}
          onClose={() => setDialog(null)}
          onSaved={(o) => {
            const parent = dialog.org;
            setDialog(null);
            if (dialog.kind === 'add') {
              setExpanded((e) => Array.from(new Set([...e, parent.id])));
              void refresh(parent.id);
              select(o.id);
            } else void refresh(o.parentId);
          }}
        />
      )}
      {dialog?.kind === 'move' && (
        <OrgMoveModal
          open
          org={dialog.org}
          onClose={() => setDialog(null)}
          onMoved={(o, oldParent) => {
            setDialog(null);
            void refresh(oldParent, o.parentId);
          }}
        />
      )}
      <OrgImportModal
        open={dialog?.kind === 'import'}
        onClose={() => {
          setDialog(null);
          if (root.data) void refresh(root.data.id);
        }}
      />
    </div>
  );
}

/** From a search result, a way back into the tree at that org. */
function RevealButton({ id, onReveal }: { id: number; onReveal: (o: OrgDetail) => Promise<void> }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  return (
    <Button
      type="link"
      size="small"
      data-testid="org-locate"
      onClick={async () => {
        const o = qc.getQueryData<OrgDetail>(orgKeys.detail(id));
        if (o) await onReveal(o);
        const next = new URLSearchParams(params);
        next.delete('q');
        setParams(next, { replace: true });
      }}
    >
      {t('org.locate')}
    </Button>
  );
}

import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Col, Dropdown, Input, Row, Select, Table, Tooltip } from 'antd';
import { DownloadOutlined, PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { can, useMe } from '../../api/auth.ts';
import { fileUrl } from '../../api/client.ts';
import { useMembers, type MemberListQuery, type MemberRow, type MembershipStatus, type Sex } from '../../api/members.ts';
import { useOrg } from '../../api/orgs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { CardTag, CategoryTags, StatusTag, useVocabNames } from './member-labels.tsx';
import { useListParams } from '../../components/use-list-params.ts';
import { BulkBar } from './member-bulk.tsx';
import dayjs from 'dayjs';

const filterKeys = ['q', 'orgId', 'category', 'cardStatus', 'sex', 'status'] as const;

export default function MemberListPage() {
  const { t, pick } = useI18n();
  const { data: me } = useMe();
  const [params, set] = useListParams();
  const { vocabulary } = useVocabNames();
  const query: MemberListQuery = {
    q: params.get('q') || undefined,
    orgId: Number(params.get('orgId')) || undefined,
    category: (params.get('category') as MemberListQuery['category']) || undefined,
    cardStatus: (params.get('cardStatus') as MemberListQuery['cardStatus']) || undefined,
    sex: (params.get('sex') as Sex) || undefined,
    status: (params.get('status') as MembershipStatus) || 'active',
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
  const { data, isFetching, error, refetch } = useMembers(query);
  // The file holds what the list shows: the same filters, all pages (the page and its size aside).
  const { page: _page, pageSize: _size, ...exportQuery } = query;
  const org = useOrg(query.orgId);
  const [search, setSearch] = useState(query.q ?? '');
  // Ticked rows for a bulk operation (kept across pages; only active members can be changed).
  const [picked, setPicked] = useState<MemberRow[]>([]);
  const bulkable = can(me, 'members.write') && query.status === 'active';
  useEffect(() => setSearch(query.q ?? ''), [query.q]);

  const columns = [
    {
      title: t('member.name'),
      dataIndex: 'name',
      width: 110,
      fixed: 'left' as const,
      render: (name: string, r: MemberRow) => (
        <Link to={`/members/${r.personId}`} data-testid={`member-link-${r.personId}`}>
          {name}
        </Link>
      ),
    },
    { title: t('member.sex'), dataIndex: 'sex', width: 60, render: (s: Sex | null) => (s ? t(`member.sex.${s}`) : t('common.none')) },
    { title: t('member.memberNo'), dataIndex: 'memberNo', width: 115 },
    {
      title: (
        <Tooltip title={t('member.masked')}>
          <span>{t('member.idNumber')}</span>
        </Tooltip>
      ),
      dataIndex: 'idNumber',
      width: 170,
      render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span>,
    },
    {
      title: t('member.mobile'),
      dataIndex: 'mobile',
      width: 115,
      render: (v: string | null) => (v ? <span style={{ fontFamily: 'monospace' }}>{v}</span> : t('common.none')),
    },
    { title: t('member.org'), dataIndex: 'orgName', ellipsis: true },
    { title: t('member.joinedOn'), dataIndex: 'joinedOn', width: 105 },
    { title: t('member.cardStatus'), dataIndex: 'cardStatus', width: 115, render: (c: string | null) => <CardTag code={c} /> },
    { title: t('member.category'), dataIndex: 'categories', width: 150, render: (c: string[]) => <CategoryTags codes={c} /> },
    { title: t('member.status'), dataIndex: 'status', width: 100, fixed: 'right' as const, render: (s: MembershipStatus) => <StatusTag status={s} /> },
  ];

  return (
    <div data-testid="members-page">
      <PageHeader
        title={t('member.list')}
        extra={
          <>
            <Dropdown
              menu={{
                items: [
                  {
                    key: 'xlsx',
                    label: (
                      <a href={fileUrl('/members/export', { format: 'xlsx', ...exportQuery })} data-testid="member-export-xlsx">
                        {t('common.exportXlsx')}
                      </a>
                    ),
                  },
                  {
                    key: 'csv',
                    label: (
                      <a href={fileUrl('/members/export', { format: 'csv', ...exportQuery })} data-testid="member-export-csv">
                        {t('common.exportCsv')}
                      </a>
                    ),
                  },
                ],
              }}
            >
              <Tooltip title={t('member.exportHint')}>
                <Button icon={<DownloadOutlined />} data-testid="member-export">
                  {t('common.export')}
                </Button>
              </Tooltip>
            </Dropdown>
            {can(me, 'members.import') && (
              <Link to="/imports">
                <Button icon={<UploadOutlined />}>{t('nav.imports')}</Button>
              </Link>
            )}
            {can(me, 'members.write') && (
              <Link to="/members/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="member-new">
                  {t('member.new')}
                </Button>
              </Link>
            )}
          </>
        }
      />
      <Card styles={{ body: { paddingBottom: 8 } }} style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} xl={8}>
            <Input.Search
              data-testid="member-search"
              allowClear
              placeholder={t('member.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(v) => set({ q: v.trim() || undefined })}
              enterButton
            />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <OrgSelect
              testId="member-filter-org"
              value={query.orgId}
              initialLabel={org.data?.name}
              placeholder={t('member.unionPlaceholder')}
              onChange={(id) => set({ orgId: id })}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Select
              data-testid="member-filter-category"
              allowClear
              placeholder={t('member.category')}
              value={query.category}
              onChange={(v) => set({ category: v })}
              style={{ width: '100%' }}
              options={vocabulary?.categories.map((c) => ({ value: c.code, label: pick(c.name) }))}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Select
              data-testid="member-filter-card"
              allowClear
              placeholder={t('member.cardStatus')}
              value={query.cardStatus}
              onChange={(v) => set({ cardStatus: v })}
              style={{ width: '100%' }}
              options={vocabulary?.cardStatuses.map((c) => ({ value: c.code, label: pick(c.name) }))}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Select
              data-testid="member-filter-sex"
              allowClear
              placeholder={t('member.sex')}
              value={query.sex}
              onChange={(v) => set({ sex: v })}
              style={{ width: '100%' }}
              options={[
                { value: 'male', label: t('member.sex.male') },
                { value: 'female', label: t('member.sex.female') },
              ]}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Select
              data-testid="member-filter-status"
              value={query.status}
              onChange={(v) => set({ status: v === 'active' ? undefined : v })}
              style={{ width: '100%' }}
              options={(['active', 'transferred', 'ended'] as const).map((s) => ({ value: s, label: t(`member.status.${s}`) }))}
            />
          </Col>
          <Col xs={24} md={12} xl={4}>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                setSearch('');
                set(Object.fromEntries(filterKeys.map((k) => [k, undefined])));
              }}
            >
              {t('common.reset')}
            </Button>
          </Col>
        </Row>
      </Card>
      <ServerError error={error} style={{ marginBottom: 16 }} />
      {bulkable && <BulkBar rows={picked} onClear={() => setPicked([])} today={dayjs().format('YYYY-MM-DD')} />}
      <Card styles={{ body: { padding: 0 } }}>
        <Table<MemberRow>
          data-testid="member-table"
          rowKey="membershipId"
          rowSelection={
            bulkable
              ? {
                  preserveSelectedRowKeys: true,
                  selectedRowKeys: picked.map((r) => r.membershipId),
                  getCheckboxProps: (r) => ({ disabled: !r.current, 'data-testid': `member-pick-${r.personId}` }) as object,
                  onChange: (_keys, rows) =>
                    setPicked((prev) => {
                      // antd passes only the rows of the current page it knows: keep the ticked rows of other pages.
                      const onPage = new Set((data?.items ?? []).map((x) => x.membershipId));
                      const chosen = new Set(_keys);
                      return [...prev.filter((x) => !onPage.has(x.membershipId) && chosen.has(x.membershipId)), ...rows.filter(Boolean)];
                    }),
                }
              : undefined
          }
          size="middle"
          loading={isFetching}
          dataSource={data?.items ?? []}
          columns={columns}
          scroll={{ x: 1250 }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.pageable ?? data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            // Past 10,000 rows (or its time budget) the server stops counting: say "10,000+", never a made-up figure.
            showTotal: () => (
              <span data-testid="member-total">
                {data?.totalCapped
                  ? t('members.totalCapped', { total: (data?.total ?? 0).toLocaleString() })
                  : t('common.total', { total: (data?.total ?? 0).toLocaleString() })}
              </span>
            ),
            onChange: (page, pageSize) => set({ page: page > 1 ? page : undefined, pageSize: pageSize !== 20 ? pageSize : undefined }),
          }}
          locale={{ emptyText: error ? <Button onClick={() => refetch()}>{t('common.retry')}</Button> : undefined }}
        />
      </Card>
    </div>
  );
}

// 服务阵地地图 (no login, issue 11 §4): listed sites as markers and as a list, filtered by kind and
// district. Workers look for the nearest nursing room or driver home. The map is an SVG in Web
// Mercator over Shanghai: without a tile source the markers sit on a plain grid and the list works
// anyway; a tile source (an XYZ URL template with {z}/{x}/{y}) is configurable with `?tiles=` or the
// saved setting `shishi.tiles`, and nothing is fetched from the internet otherwise.
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Card, Col, Empty, Flex, List, Row, Select, Tag, Typography } from 'antd';
import { EnvironmentOutlined, LoginOutlined } from '@ant-design/icons';
import { siteKinds, usePublicSites, type Feature, type SiteKind } from '../../api/sites.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LangSwitch } from '../../components/lang-switch.tsx';
import { kindColor, kindLabel, useTx } from './sites-ui.tsx';

const W = 640;
const H = 520;
const Z = 10; // the tile zoom the map is drawn at
// Shanghai's bounds (lon 120.85–122.0, lat 30.67–31.88).
const bounds = { west: 120.85, east: 122.0, north: 31.88, south: 30.67 };
const mx = (lon: number) => ((lon + 180) / 360) * 256 * 2 ** Z;
const my = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256 * 2 ** Z;
};
const x0 = mx(bounds.west);
const y0 = my(bounds.north);
const sx = W / (mx(bounds.east) - x0);
const sy = H / (my(bounds.south) - y0);
const px = (lon: number) => (mx(lon) - x0) * sx;
const py = (lat: number) => (my(lat) - y0) * sy;

function tileTemplate(params: URLSearchParams): string | null {
  const t = params.get('tiles');
  if (t) {
    try {
      localStorage.setItem('shishi.tiles', t);
    } catch {
      /* private mode */
    }
    return t;
  }
  try {
    return localStorage.getItem('shishi.tiles');
  } catch {
    return null;
  }
}

function Tiles({ template }: { template: string }) {
  const tx0 = Math.floor(x0 / 256),
    tx1 = Math.floor(mx(bounds.east) / 256);
  const ty0 = Math.floor(y0 / 256),
    ty1 = Math.floor(my(bounds.south) / 256);
  const out = [];
  for (let x = tx0; x <= tx1; x++)
    for (let y = ty0; y <= ty1; y++)
      out.push(
        <image
          key={`${x}-${y}`}
          href={template.replace('{z}', String(Z)).replace('{x}', String(x)).replace('{y}', String(y))}
          x={(x * 256 - x0) * sx}
          y={(y * 256 - y0) * sy}
          width={256 * sx}
          height={256 * sy}
        />,
      );
  return <g opacity={0.85}>{out}</g>;
}

export function SiteMap({
  features,
  selected,
  onSelect,
  tiles,
}: {
  features: Feature[];
  selected: number | null;
  onSelect: (id: number) => void;
  tiles: string | null;
}) {
  const { pick } = useI18n();
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG map has no <fieldset>; role=group names the markers' container
    <svg
      viewBox={`0 0 ${W} ${H}`}
      style={{ width: '100%', background: '#eef3f8', border: '1px solid #d9d9d9', borderRadius: 8 }}
      data-testid="site-map"
      role="group"
      aria-label="站点地图 / Map of the sites"
    >
      {tiles ? (
        <Tiles template={tiles} />
      ) : (
        <g stroke="#d6e0ea" strokeWidth={1}>
          {[121, 121.25, 121.5, 121.75].map((lon) => (
            <line key={lon} x1={px(lon)} x2={px(lon)} y1={0} y2={H} />
          ))}
          {[30.75, 31, 31.25, 31.5, 31.75].map((lat) => (
            <line key={lat} y1={py(lat)} y2={py(lat)} x1={0} x2={W} />
          ))}
        </g>
      )}
      {!tiles && (
        <text x={px(121.47)} y={py(31.23) - 10} fill="#8c9bab" fontSize={12} textAnchor="middle">
          人民广场
        </text>
      )}
      {features
        .filter((f) => f.geometry)
        .map((f) => {
          const [lon, lat] = f.geometry!.coordinates;
          const on = selected === f.id;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG marker cannot be a <button>; it takes focus and Enter like one
            <g
              key={f.id}
              transform={`translate(${px(lon)},${py(lat)})`}
              onClick={() => onSelect(f.id)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onSelect(f.id)}
              role="button"
              tabIndex={0}
              aria-label={f.properties.name}
              style={{ cursor: 'pointer' }}
              data-testid={`map-marker-${f.id}`}
            >
              <circle r={on ? 9 : 6} fill={kindColor[f.properties.kind]} stroke="#fff" strokeWidth={2} />
              <title>{`${f.properties.name}（${pick(kindLabel[f.properties.kind])}）`}</title>
            </g>
          );
        })}
    </svg>
  );
}

export default function PublicSitesPage() {
  const { pick } = useI18n();
  const tx = useTx();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? undefined;
  const district = params.get('district') ?? undefined;
  const q = usePublicSites({ kind, district });
  const [selected, setSelected] = useState<number | null>(null);
  const tiles = useMemo(() => tileTemplate(params), [params]);
  const set = (k: string, v?: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const features = q.data?.features ?? [];
  return (
    <div style={{ maxWidth: 1200, margin: '0 auto', padding: 16 }}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          <EnvironmentOutlined /> {tx('职工服务阵地地图', 'Union service sites near you')}
        </Typography.Title>
        <Flex gap={8}>
          <LangSwitch />
          <Link to="/login">
            <Button icon={<LoginOutlined />}>{tx('工作人员登录', 'Staff login')}</Button>
          </Link>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary">
        {tx(
          '爱心妈咪小屋、亲子工作室、健康服务点、健身驿站、工会司机之家、职工食堂：经验收合格并挂牌的阵地。',
          'Nursing rooms, childcare studios, health points, fitness stations, driver homes and canteens that passed acceptance.',
        )}
      </Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={tx('全部类型', 'All kinds')}
          value={kind}
          onChange={(v) => set('kind', v)}
          data-testid="filter-kind"
          options={siteKinds.filter((k) => k !== 'culture-team').map((k) => ({ value: k, label: pick(kindLabel[k]) }))}
        />
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={tx('全部区', 'All districts')}
          value={district}
          onChange={(v) => set('district', v)}
          data-testid="filter-district"
          options={(q.data?.districts ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
        />
        <Typography.Text type="secondary" style={{ alignSelf: 'center' }} data-testid="site-count">
          {tx(`共 ${features.length} 处`, `${features.length} sites`)}
        </Typography.Text>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <SiteMap features={features} selected={selected} onSelect={setSelected} tiles={tiles} />
          <Flex gap={12} wrap style={{ marginTop: 8 }}>
            {siteKinds
              .filter((k) => k !== 'culture-team')
              .map((k) => (
                <span key={k} style={{ fontSize: 12 }}>
                  <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: kindColor[k], marginRight: 4 }} />
                  {pick(kindLabel[k])}
                </span>
              ))}
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" styles={{ body: { maxHeight: 560, overflow: 'auto' } }}>
            {features.length === 0 && !q.isLoading ? (
              <Empty description={tx('没有符合条件的阵地', 'No sites match')} />
            ) : (
              <List
                data-testid="site-list"
                loading={q.isLoading}
                dataSource={features}
                renderItem={(f) => (
                  <List.Item
                    key={f.id}
                    onClick={() => setSelected(f.id)}
                    style={{ cursor: 'pointer', background: selected === f.id ? '#e6f4ff' : undefined, paddingInline: 8 }}
                    data-testid={`site-item-${f.id}`}
                  >
                    <List.Item.Meta
                      title={
                        <span>
                          {f.properties.name} <Tag color={kindColor[f.properties.kind as SiteKind]}>{pick(kindLabel[f.properties.kind])}</Tag>
                          {f.properties.status === 'yellow-card' && <Tag color="gold">{tx('整改中', 'Being fixed')}</Tag>}
                        </span>
                      }
                      description={
                        <span>
                          {f.properties.district} · {f.properties.address}
                          {f.properties.plaqueYear ? ` · ${tx(`${f.properties.plaqueYear} 年挂牌`, `plaqued ${f.properties.plaqueYear}`)}` : ''}
                          {f.properties.openingHours ? ` · ${f.properties.openingHours}` : ''}
                        </span>
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}

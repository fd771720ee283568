// 登记阵地: a union registers a site of its own or of a union below it, with photos.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useMe } from '../../api/auth.ts';
import { siteKinds, useCreateSite, type SiteKind } from '../../api/sites.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../components/page.tsx';
import { ServerError } from '../../components/server-error.tsx';
import { OrgSelect } from '../../components/org-select.tsx';
import { PhotoUpload } from './photo-upload.tsx';
import { kindLabel, useTx } from './sites-ui.tsx';

export default function SiteNewPage() {
  const { pick } = useI18n();
  const tx = useTx();
  const nav = useNavigate();
  const { data: me } = useMe();
  const create = useCreateSite();
  const [photos, setPhotos] = useState<number[]>([]);
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form) as SiteKind | undefined;
  const submit = async (v: any) => {
    const body = {
      kind: v.kind,
      ...(v.subkind ? { subkind: v.subkind } : {}),
      name: v.name,
      ...(v.orgId ? { orgId: v.orgId } : {}),
      address: v.address,
      ...(v.lon != null ? { lon: v.lon } : {}),
      ...(v.lat != null ? { lat: v.lat } : {}),
      ...(v.sizeM2 ? { sizeM2: v.sizeM2 } : {}),
      ...(v.openingHours ? { openingHours: v.openingHours } : {}),
      contacts: v.contactName ? [{ role: tx('负责人', 'Manager'), name: v.contactName, phone: v.contactPhone }] : [],
      photoIds: photos,
    };
    const r = await create.mutateAsync(body);
    nav(`/sites/${r.id}`);
  };
  return (
    <>
      <PageHeader title={tx('登记阵地', 'Register a site')} />
      <Card style={{ maxWidth: 760 }}>
        <Form form={form} layout="vertical" onFinish={submit} data-testid="site-form">
          <Form.Item name="kind" label={tx('阵地类型', 'Kind')} rules={[{ required: true }]}>
            <Select data-testid="site-kind" options={siteKinds.map((k) => ({ value: k, label: pick(kindLabel[k]) }))} />
          </Form.Item>
          {kind === 'driver-home' && (
            <Form.Item name="subkind" label={tx('司机之家类型', 'Driver home kind')} rules={[{ required: true }]}>
              <Select
                data-testid="site-subkind"
                options={[
                  { value: 'micro', label: tx('微型（附件2-7-1）', 'Micro') },
                  { value: 'comprehensive', label: tx('综合型（附件2-7-2）', 'Comprehensive') },
                ]}
              />
            </Form.Item>
          )}
          <Form.Item name="name" label={tx('站点名称', 'Name')} rules={[{ required: true, min: 2 }]}>
            <Input data-testid="site-name" />
          </Form.Item>
          {me?.role !== 'grassroots-officer' && (
            <Form.Item name="orgId" label={tx('所属工会（默认本级）', 'Union (default: mine)')}>
              <OrgSelect />
            </Form.Item>
          )}
          <Form.Item name="address" label={tx('地址', 'Address')} rules={[{ required: true, min: 4 }]}>
            <Input data-testid="site-address" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="lon" label={tx('经度', 'Longitude')}>
              <InputNumber min={120.8} max={122.2} step={0.0001} style={{ width: 160 }} data-testid="site-lon" />
            </Form.Item>
            <Form.Item name="lat" label={tx('纬度', 'Latitude')}>
              <InputNumber min={30.6} max={31.9} step={0.0001} style={{ width: 160 }} data-testid="site-lat" />
            </Form.Item>
            <Form.Item name="sizeM2" label={tx('面积（m²）', 'Area (m²)')}>
              <InputNumber min={1} style={{ width: 140 }} data-testid="site-size" />
            </Form.Item>
          </Space>
          <Form.Item name="openingHours" label={tx('开放时间', 'Opening hours')}>
            <Input data-testid="site-hours" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="contactName" label={tx('站长（负责人）', 'Manager')}>
              <Input data-testid="site-contact" />
            </Form.Item>
            <Form.Item
              name="contactPhone"
              label={tx('联系电话', 'Phone')}
              dependencies={['contactName']}
              rules={[({ getFieldValue }) => ({ required: !!getFieldValue('contactName') })]}
            >
              <Input data-testid="site-phone" />
            </Form.Item>
          </Space>
          <Form.Item label={tx('照片', 'Photos')}>
            <PhotoUpload value={photos} onChange={setPhotos} />
          </Form.Item>
          {create.error && <ServerError error={create.error} />}
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="site-submit">
            {tx('登记', 'Register')}
          </Button>
        </Form>
      </Card>
    </>
  );
}

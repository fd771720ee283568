// Photos (JPEG or PNG) uploaded one by one through the documents module; the ids go with the form.
import { useState } from 'react';
import { Button, Flex, Tag, Upload } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { ServerError } from '../../components/server-error.tsx';
import { uploadFile } from '../../api/sites.ts';
import { useTx } from './sites-ui.tsx';

export function PhotoUpload({
  value,
  onChange,
  type = 'site-photo',
  testId = 'photo-upload',
  accept = 'image/jpeg,image/png',
  label,
}: {
  value: number[];
  onChange: (ids: number[]) => void;
  type?: string;
  testId?: string;
  accept?: string;
  label?: string;
}) {
  const tx = useTx();
  const [names, setNames] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  return (
    <div>
      <Upload
        accept={accept}
        showUploadList={false}
        multiple
        beforeUpload={async (file) => {
          setError(null);
          try {
            const id = await uploadFile(type, file);
            onChange([...value, id]);
            setNames((n) => [...n, file.name]);
          } catch (e) {
            setError(e);
          }
          return false;
        }}
      >
        <Button icon={<CameraOutlined />} data-testid={testId}>
          {label ?? tx('上传照片', 'Upload photos')}
        </Button>
      </Upload>
      <Flex gap={4} wrap style={{ marginTop: 6 }} data-testid={`${testId}-done`}>
        {names.map((n, i) => (
          <Tag key={i} color="green">
            {n}
          </Tag>
        ))}
      </Flex>
      {error != null && <ServerError error={error} />}
    </div>
  );
}

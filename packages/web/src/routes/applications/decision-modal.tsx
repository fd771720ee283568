import { useState } from 'react';
import { Input, Modal, Typography } from 'antd';
import type { Decision } from '../../api/applications.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ServerError } from '../../components/server-error.tsx';

/** Approve (optional comment), return for correction or reject (reason required, ≥ 2 characters). */
export function DecisionModal({
  decision,
  no,
  onCancel,
  onOk,
  pending,
  error,
}: {
  decision: Decision | null;
  no: string;
  onCancel: () => void;
  onOk: (text: string) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const needsReason = decision === 'return' || decision === 'reject';
  const tooShort = needsReason && text.trim().length < 2;
  return (
    <Modal
      open={!!decision}
      destroyOnHidden
      title={decision ? t(`appl.decide.${decision}`, { no }) : ''}
      onCancel={() => {
        setText('');
        onCancel();
      }}
      onOk={() => onOk(text.trim())}
      okText={decision ? t(`appl.${decision}`) : ''}
      okButtonProps={{ danger: decision === 'reject', disabled: tooShort, 'data-testid': 'decision-submit' } as never}
      confirmLoading={pending}
    >
      {decision === 'return' && <Typography.Paragraph type="secondary">{t('appl.returnHint')}</Typography.Paragraph>}
      <Input.TextArea
        data-testid="decision-text"
        rows={3}
        maxLength={500}
        showCount
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={needsReason ? t('appl.reasonRequired') : t('appl.commentOptional')}
      />
      <ServerError error={error} style={{ marginTop: 12 }} testId="decision-error" />
    </Modal>
  );
}

// The centre's 查看完整卡号 on an approved gig claim paid to a bank card: the server opens the sealed card
// (audited without the number) and the full number is shown once, in a dialog, to be copied for the transfer.
import { App, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';

export function useRevealCard() {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const m = useMutation({
    mutationFn: (claimId: number) =>
      api.post<{ bank: string; accountName: string; accountNo: string }>(`/protection/gig/claims/${claimId}/bank-account/reveal`, {}),
  });
  const reveal = (claimId: number) =>
    m.mutate(claimId, {
      onSuccess: (a) =>
        modal.info({
          title: t('gig.claim.reveal'),
          content: (
            <div data-testid="gig-claim-card">
              <p>
                {a.bank} {a.accountName}
              </p>
              <Typography.Text copyable strong>
                {a.accountNo}
              </Typography.Text>
              <p style={{ marginTop: 8, fontSize: 12, color: '#888' }}>{t('gig.claim.revealHint')}</p>
            </div>
          ),
        }),
    });
  return { reveal, isPending: m.isPending, error: m.error };
}

// The dashboard's two charts, from the ECharts options `/evaluation/dashboard` sends: the server names
// the series and axes in the UI's language (Accept-Language; a language switch refetches); long
// project names are cut on the axis (full in the tooltip).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { Empty } from 'antd';
import { useI18n } from '../../i18n/index.tsx';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = { xAxis?: { data?: string[] }; yAxis?: Record<string, unknown>; series?: { name?: string; type?: string; data?: number[] }[] };

export function DashboardChart({ option, percent, testId }: { option: Record<string, unknown>; percent?: boolean; testId: string }) {
  const o = option as Option;
  const labels = o.xAxis?.data ?? [];
  const { t } = useI18n();
  // No project (or no figure yet): an empty state rather than bare axes.
  if (!labels.length || !(o.series ?? []).some((s) => (s.data ?? []).some((v) => Number(v) > 0)))
    return (
      <div data-testid={testId} data-empty="true" style={{ height: 340, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} />
      </div>
    );
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        style={{ height: 340 }}
        notMerge
        option={{
          animation: false,
          color: percent ? ['#c8102e', '#1677ff'] : ['#faad14', '#c8102e'],
          tooltip: { trigger: 'axis', valueFormatter: (v: number) => (percent ? `${v}%` : Number(v).toLocaleString()) },
          legend: { top: 0 },
          grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
          xAxis: {
            type: 'category',
            data: labels,
            axisLabel: { interval: 0, rotate: labels.length > 6 ? 35 : 0, formatter: (s: string) => (s.length > 9 ? `${s.slice(0, 9)}…` : s) },
          },
          yAxis: { ...(o.yAxis ?? {}), type: 'value' },
          series: (o.series ?? []).map((s) => ({ ...s, barMaxWidth: 28, ...(s.type === 'line' ? { smooth: false, symbolSize: 6 } : {}) })),
        }}
      />
    </div>
  );
}

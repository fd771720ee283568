// One results chart from the ECharts option the server sends (pie for a single choice, bars for a
// multiple choice or a rating). `data-total` carries the sum of the series (the answers counted),
// so tests and screen readers have the number the canvas shows.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartOption } from '../../api/surveys.ts';
import { Empty } from 'antd';
import { useI18n } from '../../i18n/index.tsx';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Series = { type?: string; data?: (number | { name: string; value: number } | null)[] } & Record<string, unknown>;
type Option = { xAxis?: { data?: string[] } & Record<string, unknown>; yAxis?: Record<string, unknown>; series?: Series[] } & Record<string, unknown>;

const value = (d: number | { value: number } | null) => (d == null ? 0 : typeof d === 'number' ? d : d.value);

export function SurveyChart({ option, testId, height = 240 }: { option: ChartOption; testId: string; height?: number }) {
  const o = option as Option;
  const series = o.series ?? [];
  const total = series.reduce((a, s) => a + (s.data ?? []).reduce<number>((b, d) => b + value(d), 0), 0);
  const pie = series.some((s) => s.type === 'pie');
  const labels = o.xAxis?.data ?? [];
  const { t } = useI18n();
  // No answers yet: an empty state rather than a chart without data.
  if (total === 0)
    return (
      <div data-testid={testId} data-total={0} data-empty="true" style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} />
      </div>
    );
  return (
    <div data-testid={testId} data-total={total}>
      <ReactEChartsCore
        echarts={echarts}
        style={{ height }}
        notMerge
        option={{
          ...o,
          animation: false,
          color: ['#c8102e', '#1677ff', '#faad14', '#52c41a', '#722ed1', '#13c2c2', '#eb2f96', '#8c8c8c'],
          ...(pie
            ? {
                legend: { bottom: 0, type: 'scroll' },
                series: series.map((s) => ({ ...s, radius: ['0%', '58%'], center: ['50%', '45%'], label: { formatter: '{b}\n{c}（{d}%）', fontSize: 11 } })),
              }
            : {
                grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
                xAxis: {
                  ...o.xAxis,
                  axisLabel: { interval: 0, rotate: labels.length > 5 ? 30 : 0, formatter: (s: string) => (s.length > 8 ? `${s.slice(0, 8)}…` : s) },
                },
                series: series.map((s) => ({ ...s, barMaxWidth: 36, label: { show: true, position: 'top' } })),
              }),
        }}
      />
    </div>
  );
}

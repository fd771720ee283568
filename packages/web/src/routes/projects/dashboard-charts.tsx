// The dashboard's two charts, from the ECharts options `/evaluation/dashboard` sends: the server names
// the series and axes in the UI's language (Accept-Language; a language switch refetches); long
// project names are cut on the axis (full in the tooltip).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = { xAxis?: { data?: string[] }; yAxis?: Record<string, unknown>; series?: { name?: string; type?: string; data?: number[] }[] };

export function DashboardChart({ option, percent, testId }: { option: Record<string, unknown>; percent?: boolean; testId: string }) {
  const o = option as Option;
  const labels = o.xAxis?.data ?? [];
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
          xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 35 : 0, formatter: (s: string) => (s.length > 9 ? `${s.slice(0, 9)}…` : s) } },
          yAxis: { ...(o.yAxis ?? {}), type: 'value' },
          series: (o.series ?? []).map((s) => ({ ...s, barMaxWidth: 28, ...(s.type === 'line' ? { smooth: false, symbolSize: 6 } : {}) })),
        }}
      />
    </div>
  );
}

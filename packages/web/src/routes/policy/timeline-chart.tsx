import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { formatYuan } from '../../components/policy-values.tsx';

echarts.use([LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** A numeric parameter across its versions: a step line, one step per date it changed. */
export function TimelineChart({ points, money, testId }: { points: { from: string; value: number | null }[]; money: boolean; testId?: string }) {
  const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : money ? formatYuan(v) : v.toLocaleString('en-US'));
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        style={{ height: 240 }}
        option={{
          color: ['#c8102e'],
          tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => fmt(v) },
          grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
          xAxis: { type: 'category', data: points.map((p) => p.from), boundaryGap: false },
          yAxis: { type: 'value', axisLabel: { formatter: (v: number) => (money ? `¥${v}` : String(v)) } },
          series: [
            {
              type: 'line',
              step: 'end',
              data: points.map((p) => p.value),
              label: { show: true, formatter: (p: { value: number | null }) => fmt(p.value) },
              symbolSize: 8,
            },
          ],
        }}
      />
    </div>
  );
}

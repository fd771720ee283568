import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { Empty } from 'antd';
import { useI18n } from '../../i18n/index.tsx';

echarts.use([PieChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface Slice {
  name: string;
  value: number;
  color?: string;
}

const palette = ['#c8102e', '#1677ff', '#52c41a', '#faad14', '#722ed1', '#13c2c2', '#8c8c8c'];

/** Nothing to count: an empty state, not a ring or axes without data. */
function NoData({ testId }: { testId?: string }) {
  const { t } = useI18n();
  return (
    <div data-testid={testId} data-empty="true" style={{ height: 260, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} />
    </div>
  );
}

const isEmpty = (data: Slice[]) => !data.some((d) => d.value > 0);

export function CountPie({ data, testId }: { data: Slice[]; testId?: string }) {
  if (isEmpty(data)) return <NoData testId={testId} />;
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        style={{ height: 260 }}
        option={{
          color: palette,
          tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
          legend: { bottom: 0, type: 'scroll' },
          series: [
            {
              type: 'pie',
              radius: ['40%', '68%'],
              center: ['50%', '44%'],
              label: { formatter: '{b}\n{c}' },
              data: data.map((d) => ({ name: d.name, value: d.value, itemStyle: d.color ? { color: d.color } : undefined })),
            },
          ],
        }}
      />
    </div>
  );
}

export function CountBars({ data, testId }: { data: Slice[]; testId?: string }) {
  if (isEmpty(data)) return <NoData testId={testId} />;
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        style={{ height: 260 }}
        option={{
          color: ['#c8102e'],
          tooltip: { trigger: 'axis' },
          grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
          xAxis: { type: 'value' },
          yAxis: { type: 'category', data: data.map((d) => d.name), inverse: true },
          series: [{ type: 'bar', data: data.map((d) => d.value), label: { show: true, position: 'right' }, barMaxWidth: 22 }],
        }}
      />
    </div>
  );
}

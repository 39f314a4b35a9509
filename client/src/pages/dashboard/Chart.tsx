import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only the chart types the dashboard draws, so the page does not ship the whole of ECharts.
echarts.use([BarChart, GaugeChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

// Figures are read, not watched: no animation, so a chart is complete as soon as it is drawn (and in screenshots).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function Chart({ option, height = 300, testId }: { option: any; height?: number; testId?: string }) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore echarts={echarts} option={{ animation: false, ...option }} notMerge style={{ height }} />
    </div>
  );
}

import { Card, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { beijingDate, currentIsoWeek } from '../finance/report-periods';
import { PERMISSION_TABLE } from '../permissions/permission-table';
import { useConsole } from '../session/session-context';
import { DownloadButton } from './download-button';
import {
  INPUT_LABELS,
  missingInputs,
  reportsFor,
  type ReportDownload,
  type ReportInput,
} from './report-downloads';
import { communityOptions } from '../common/select-options';

/** 报表下载: the complaint reports as CSV (Excel opens it, with a BOM) and XLSX, for the roles allowed. */
export function ReportsPage() {
  const { session } = useConsole();
  const offered = reportsFor(session.roles, PERMISSION_TABLE);
  return (
    <section aria-labelledby="reports-title">
      <Typography.Title level={2} id="reports-title" style={{ fontSize: 20 }}>
        报表下载
      </Typography.Title>
      {offered.length === 0 && <Typography.Paragraph>您的岗位暂无可下载的投诉报表。</Typography.Paragraph>}
      {offered.map(({ report, csv, xlsx }) => (
        <ReportCard key={report.title} report={report} csv={csv} xlsx={xlsx} />
      ))}
    </section>
  );
}

function ReportCard({ report, csv, xlsx }: { report: ReportDownload; csv: boolean; xlsx: boolean }) {
  const { session } = useConsole();
  const communities = session.communities.filter((id) => id !== '*');
  const [values, setValues] = useState<Partial<Record<ReportInput, string>>>(() => {
    const now = new Date();
    return {
      communityId: report.optional?.includes('communityId') ? undefined : communities[0],
      week: currentIsoWeek(now),
      period: now.getFullYear().toString(),
      date: beijingDate(now),
    };
  });
  const missing = missingInputs(report, values);
  const query = Object.fromEntries(report.inputs.map((input) => [input, values[input] || undefined]));
  const base = report.fileName(values);
  const idOf = (input: ReportInput) => `${report.csv.operationId}-${input}`;

  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={<h3 style={{ fontSize: 16, margin: 0 }}>{report.title}</h3>}
    >
      <Typography.Paragraph type="secondary">{report.description}</Typography.Paragraph>
      <Form layout="inline">
        {report.inputs.map((input) => (
          <Form.Item
            key={input}
            label={INPUT_LABELS[input].label}
            htmlFor={idOf(input)}
            validateStatus={missing.includes(input) && values[input] ? 'error' : undefined}
            help={missing.includes(input) && values[input] ? INPUT_LABELS[input].hint : undefined}
          >
            {input === 'communityId' ? (
              <Select
                id={idOf(input)}
                style={{ width: 120 }}
                allowClear={report.optional?.includes(input)}
                placeholder="全部"
                value={values.communityId}
                onChange={(communityId?: string) => setValues((v) => ({ ...v, communityId }))}
                options={communityOptions(communities)}
              />
            ) : (
              <Input
                id={idOf(input)}
                style={{ width: 140 }}
                placeholder={INPUT_LABELS[input].hint}
                value={values[input]}
                onChange={(e) => setValues((v) => ({ ...v, [input]: e.target.value.trim() }))}
              />
            )}
          </Form.Item>
        ))}
        <Space>
          {csv && (
            <DownloadButton
              path={report.csv.path}
              query={query}
              fileName={`${base}.csv`}
              label="下载 CSV"
              disabled={missing.length > 0}
            />
          )}
          {xlsx && (
            <DownloadButton
              path={report.xlsx.path}
              query={query}
              fileName={`${base}.xlsx`}
              label="下载 Excel"
              disabled={missing.length > 0}
            />
          )}
        </Space>
      </Form>
    </Card>
  );
}

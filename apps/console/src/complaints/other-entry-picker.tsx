import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useConsole } from '../session/session-context';
import type { ComplaintView } from './deadline-badges';
import { mergeCandidates } from './merge-candidates';

interface Props {
  complaint: ComplaintView;
  value?: string;
  onChange?(value: string): void;
}

/**
 * CMP-16: the entry another is merged into, chosen by its number among the community's entries (the
 * API takes its id; staff know numbers). Searching by number or by what was said narrows the list.
 */
export function OtherEntryPicker({ complaint, value, onChange }: Props) {
  const { api } = useConsole();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    api
      .call('get', '/api/v1/complaints', { query: { communityId: complaint.communityId, limit: 200 } })
      .then((page) => live && setOptions(mergeCandidates(complaint, page.items)))
      .catch(() => live && setOptions([]))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [api, complaint]);

  return (
    <Select
      showSearch
      loading={loading}
      value={value}
      onChange={onChange}
      options={options}
      optionFilterProp="label"
      placeholder="输入登记编号查找"
      notFoundContent={loading ? '加载中' : '没有可并入的登记'}
    />
  );
}

import { Form, Select, Switch } from 'antd';
import type { CSSProperties } from 'react';
import { communityOptions } from './select-options';

/** A list page's filter of one choice, or all (全部) when cleared. Inside the page's filter Form. */
export function FilterSelect({
  name,
  label,
  options,
  style,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  style: CSSProperties;
}) {
  return (
    <Form.Item name={name} label={label}>
      <Select allowClear placeholder="全部" style={style} options={options} />
    </Form.Item>
  );
}

/** The community filter (小区) over the communities the caller works in. */
export function CommunityFilter({
  communities,
  style,
}: {
  communities: readonly string[];
  style: CSSProperties;
}) {
  return (
    <FilterSelect name="communityId" label="小区" style={style} options={communityOptions(communities)} />
  );
}

/** A list page's yes/no filter (只看…). Inside the page's filter Form. */
export function FilterSwitch({ name, label }: { name: string; label: string }) {
  return (
    <Form.Item name={name} label={label} valuePropName="checked">
      <Switch />
    </Form.Item>
  );
}

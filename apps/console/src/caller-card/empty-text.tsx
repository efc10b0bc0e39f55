import { Typography } from 'antd';

/**
 * A table's "nothing here" in text colour: Ant Design's default placeholder colour is too light for
 * 4.5:1 contrast (axe's serious color-contrast) on the desk's screens.
 */
export function emptyText(text: string) {
  return { emptyText: <Typography.Text>{text}</Typography.Text> };
}

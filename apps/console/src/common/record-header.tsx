import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { navigate } from '../routing';

/** A record page's heading (`titleId` labels its section) and the button back to its list. */
export function RecordHeader({
  titleId,
  back,
  large,
  children,
}: {
  titleId: string;
  back: { to: string; label: string };
  /** Large on the field screens (tapped). */
  large?: boolean;
  children: ReactNode;
}) {
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
      <Typography.Title level={2} id={titleId} style={{ fontSize: 20 }}>
        {children}
      </Typography.Title>
      <Button size={large ? 'large' : undefined} onClick={() => navigate(back.to)}>
        {back.label}
      </Button>
    </Space>
  );
}

import { Space, Tag } from 'antd';
import type { Badge } from './deadline-badges';

// Tag colours dark enough for white text at 4.5:1.
const TONE_COLOURS: Readonly<Record<Badge['tone'], string>> = {
  danger: '#b3261e',
  warning: '#8a4b00',
  info: '#42526e',
};

export function ComplaintBadges({ badges }: { badges: readonly Badge[] }) {
  return (
    <Space size={4} wrap>
      {badges.map((badge) => (
        <Tag key={badge.key} color={TONE_COLOURS[badge.tone]} data-badge={badge.key}>
          {badge.text}
        </Tag>
      ))}
    </Space>
  );
}

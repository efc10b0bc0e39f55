import { Button } from 'antd';
import type { PagedList } from './use-load';

/** 加载更多: the next page of a list, shown while there is one. Large on the field screens (tapped). */
export function LoadMoreButton({ list, size }: { list: PagedList; size?: 'large' }) {
  const { cursor, loading, load } = list;
  if (!cursor) return null;
  return (
    <Button size={size} style={{ marginTop: 16 }} onClick={() => void load(cursor)} loading={loading}>
      加载更多
    </Button>
  );
}

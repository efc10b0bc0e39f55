import { describe, expect, it } from '@jest/globals';
import { unitSearchQuery } from './unit-search';

describe('房屋查询 by 房号 needs a community (DESK-3, decision 0285)', () => {
  it('sends nothing while a 房号 waits for its 小区', () => {
    expect(unitSearchQuery({ address: '1栋1201' }, ['GZ01', 'GZ02'])).toEqual({ awaitsCommunity: true });
    expect(unitSearchQuery({ address: '1栋1201', status: 'occupied' }, ['GZ01', 'GZ02'])).toEqual({
      awaitsCommunity: true,
    });
  });

  it('searches the 房号 within the chosen 小区, and lists without a 房号 as before', () => {
    expect(unitSearchQuery({ address: '1栋1201', communityId: 'GZ02' }, ['GZ01', 'GZ02'])).toEqual({
      query: { address: '1栋1201', communityId: 'GZ02' },
    });
    expect(unitSearchQuery({}, ['GZ01', 'GZ02'])).toEqual({ query: {} });
    expect(unitSearchQuery({ status: 'vacant' }, ['GZ01', 'GZ02'])).toEqual({ query: { status: 'vacant' } });
  });

  it('a caller of one community searches that one', () => {
    expect(unitSearchQuery({ address: '0802' }, ['GZ01'])).toEqual({
      query: { address: '0802', communityId: 'GZ01' },
    });
    expect(unitSearchQuery({ address: '0802' }, ['*'])).toEqual({ awaitsCommunity: true });
  });
});

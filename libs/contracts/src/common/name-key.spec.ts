import { describe, expect, it } from '@jest/globals';
import { nameKey, sameName, tidyName } from './name-key.js';

describe('names compared as people read them (decisions 0357, 0377, 0380)', () => {
  it('decisions 0377, 0380: spaces, width, case and invisible format characters make no other name', () => {
    expect(sameName(' 测试二队 ', '测试二队')).toBe(true);
    expect(sameName('测试\u3000二队', '测试二队')).toBe(true);
    expect(sameName('广州建工\u200b(集团)有限公司', '广州建工(集团)有限公司')).toBe(true);
    expect(sameName('\ufeff测试二队\u2060', '测试二队')).toBe(true);
    expect(sameName('ＡＢＣ　ｂｕｉｌｄｅｒｓ　ＬＴＤ', 'ABC Builders Ltd')).toBe(true);
    expect(sameName('测试二队', '测试三队')).toBe(false);
    expect(nameKey('Ａ\u00ad B')).toBe('ab');
  });

  it('decisions 0377, 0380: a stored name loses only what surrounds it', () => {
    expect(tidyName(' 测试二队 ')).toBe('测试二队');
    expect(tidyName('\u200b 广州建工 集团\u3000\ufeff')).toBe('广州建工 集团');
    expect(tidyName('测试\u200b二队')).toBe('测试\u200b二队');
  });
});

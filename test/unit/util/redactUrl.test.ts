import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../../src/util/redactUrl.js';

// Lives beside the dialect tests: every connection message under src/dialect prints URLs through it.
describe('redactUrl', () => {
  it('replaces the password after "user:" and keeps everything else as written', () => {
    expect(redactUrl('mysql://app:s3cret@db:3306/shop?ssl=true')).toBe('mysql://app:***@db:3306/shop?ssl=true');
    expect(redactUrl('mariadb://app:p%40ss@[::1]:3306/shop')).toBe('mariadb://app:***@[::1]:3306/shop');
    expect(redactUrl('mysql://root:pw@127.0.0.1')).toBe('mysql://root:***@127.0.0.1');
  });

  it('leaves URLs without a password alone', () => {
    for (const url of [
      'mysql://app@db/shop',
      'mysql://db:3306/shop',
      'mysql://app:@db/shop',
      'sqlite:data/app.db',
      'sqlite::memory:',
      'notaurl',
      '',
    ]) {
      expect(redactUrl(url)).toBe(url);
    }
  });

  it('hides secret query parameters, whatever their case, and no others', () => {
    expect(redactUrl('mysql://db/shop?user=app&password=s3cret&ssl=true')).toBe('mysql://db/shop?user=app&password=***&ssl=true');
    expect(redactUrl('mysql://db/shop?PASSWORD=a&sslpassword=b&pwd=c&token=d&apiKey=e&connectionLimit=5')).toBe(
      'mysql://db/shop?PASSWORD=***&sslpassword=***&pwd=***&token=***&apiKey=***&connectionLimit=5',
    );
    expect(redactUrl('mysql://app:one@db/shop?password=two')).toBe('mysql://app:***@db/shop?password=***');
  });

  it('still hides a password that holds an unescaped "@", "/", "?" or "#"', () => {
    for (const password of ['p@ss', 'p/ss', 'p?ss', 'p#ss', 'a@b/c?d#e']) {
      const redacted = redactUrl(`mysql://app:${password}@db:3306/shop`);
      expect(redacted).toBe('mysql://app:***@db:3306/shop');
      expect(redacted).not.toContain(password);
    }
  });

  it('hides too much rather than too little when the query holds an "@"', () => {
    expect(redactUrl('mysql://app:pw@db/shop?x=a@b')).toBe('mysql://app:***@b');
  });
});

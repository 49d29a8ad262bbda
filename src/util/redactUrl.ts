/** Prints a connection URL without its secrets: for error messages and logs. */

/**
 * Query parameters whose values are secrets, by name (case-insensitive): `password`,
 * `sslpassword`, `pwd`, `secret`, `token`, `apiKey`, `auth`, `credentials` and the like.
 */
const secretParameter = /pass|pwd|secret|token|auth|credential|api_?key|access_?key|private_?key/i;

/**
 * The URL with its password replaced by `***`: the one after `user:` and the value of every
 * secret query parameter. Everything else is left as written, so the result still shows which
 * host, port, database and settings were meant. The string need not be a valid URL: a password
 * with an unescaped `@`, `/`, `?` or `#` is still hidden (with more of the URL when in doubt: an
 * `@` in the query hides everything from the first `:` to it).
 *
 * @example
 * redactUrl('mysql://app:s3cret@db:3306/shop?ssl=true')  // 'mysql://app:***@db:3306/shop?ssl=true'
 * redactUrl('mysql://db/shop?user=app&password=s3cret')  // 'mysql://db/shop?user=app&password=***'
 * redactUrl('sqlite:data/app.db')                        // 'sqlite:data/app.db'
 */
export function redactUrl(url: string): string {
  return redactQuery(redactUserInfo(url));
}

/**
 * The password of `scheme://user:password@host`: from the first `:` to the last `@`. In a
 * well-formed URL that is exactly the password; when the password holds an unescaped `@`, `/`,
 * `?` or `#`, the last `@` is still the one before the host. Only an `@` in the path or query
 * makes it hide more than the password, which is the safe way to be wrong.
 */
function redactUserInfo(url: string): string {
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(url);
  if (!authority) return url;
  const start = authority[0].length;
  const rest = url.slice(start);
  const at = rest.lastIndexOf('@');
  const colon = rest.indexOf(':');
  if (at < 0 || colon < 0 || colon > at || colon + 1 === at) return url;
  return `${url.slice(0, start)}${rest.slice(0, colon + 1)}***${rest.slice(at)}`;
}

function redactQuery(url: string): string {
  return url.replace(/([?&;])([^=&#?;]*)=([^&#;]*)/g, (whole, separator: string, name: string, value: string) =>
    secretParameter.test(name) && value !== '' ? `${separator}${name}=***` : whole,
  );
}

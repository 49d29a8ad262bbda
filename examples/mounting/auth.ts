/**
 * The blog's authentication: a bearer token checked against the tokens the server issued.
 * Every example asks it for the request's viewer, so the policy sees only verified users —
 * never a role or a user name read from a header as the client sent it.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Viewer } from './policy.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * The issued tokens, kept as SHA-256 digests as a real token table would keep them. The tokens
 * themselves are `reader-secret` and `editor-secret`: fine for an example, never for a server.
 */
const issued: ReadonlyArray<{ readonly digest: Buffer; readonly viewer: Viewer }> = [
  { digest: sha256('reader-secret'), viewer: { role: 'reader', name: 'Rita' } },
  { digest: sha256('editor-secret'), viewer: { role: 'editor', name: 'Eddie' } },
];

export const anonymous: Viewer = { role: 'anonymous' };

/**
 * The viewer of a request, from its `Authorization` header: anonymous without one, the token's
 * user for a token the server issued. A header that is present but not a valid bearer token is
 * refused with `UNAUTHENTICATED` and HTTP 401 (graphql-yoga and Apollo Server both answer with
 * the status an error's `extensions.http` gives), rather than served as anonymous, so that a
 * client with an expired token learns it.
 *
 * @example
 * authenticate(request.headers.get('authorization'));   // yoga, a fetch Request
 * authenticate(req.headers.authorization);              // Apollo Server standalone, Node's IncomingMessage
 */
export function authenticate(authorization: string | null | undefined): Viewer {
  if (!authorization) return anonymous;
  const match = /^Bearer ([\x21-\x7e]+)$/.exec(authorization);
  const digest = match ? sha256(match[1]!) : undefined;
  // Compare every digest in constant time, so that timing reveals nothing about the tokens.
  const found = digest && issued.find((token) => timingSafeEqual(token.digest, digest));
  if (found) return found.viewer;
  throw new GraphQLError('The bearer token is not valid. Sign in again, or send no Authorization header to read as a visitor.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

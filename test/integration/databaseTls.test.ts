/**
 * TLS from the database URL against real servers: `sslCa` verifies a server whose certificate a
 * private CA signed, `ssl=true` refuses it without that CA, `ssl=no-verify` encrypts anyway, and
 * a server without TLS is told apart from one that is down. The certificates are made with the
 * `openssl` command for a throwaway MariaDB started here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from '../../src/dialect/Driver.js';
import { DatabaseUrlError } from '../../src/errors/DatabaseUrlError.js';
import { startMariadb, type MariadbServer } from '../support/mariadbServer.js';
import { createTestDriver } from '../support/index.js';
import { commandFor, mariadbFor } from '../support/requireDialect.js';
import { createDriver } from './serverFixtures.js';

const mariadb = mariadbFor('mariadb: TLS');
const openssl = mariadb ? commandFor('openssl', 'mariadb: TLS from the URL', 'apt-get install openssl') : undefined;

/** The TLS version of the session, or '' without TLS. */
async function tlsVersion(driver: Driver): Promise<string> {
  const { rows } = await driver.execute({
    sql: "SELECT `VARIABLE_VALUE` AS `v` FROM `information_schema`.`SESSION_STATUS` WHERE `VARIABLE_NAME` = 'Ssl_version'",
    params: [],
    kind: 'select',
  });
  return String(rows[0]?.['v'] ?? '');
}

describe.skipIf(!mariadb)('mariadb: a server without TLS', () => {
  it('refuses ssl=true as a usage error instead of falling back to plain text', async () => {
    const driver = await createTestDriver(mariadb!);
    try {
      const url = new URL(driver.url);
      url.search = '?ssl=true';
      const error = await createDriver(url.toString()).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DatabaseUrlError);
      expect((error as Error).message).toMatch(
        /, but the server does not offer TLS, which the URL asks for \(HANDSHAKE_NO_SSL_SUPPORT\); turn TLS on in the server, or remove ssl from the URL\.$/,
      );
    } finally {
      await driver.drop();
    }
  });
});

describe.skipIf(!mariadb || !openssl)('mariadb: TLS from the URL', () => {
  let directory: string;
  let server: MariadbServer;
  let url: string;
  let ca: string;
  let clientCert: string;
  let clientKey: string;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'rg-tls-'));
    const file = (name: string) => path.join(directory, name);
    const run = (...args: string[]) => execFileSync(openssl!, args, { stdio: 'pipe' });
    run(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      file('ca.key'),
      '-out',
      file('ca.pem'),
      '-days',
      '2',
      '-subj',
      '/CN=relgraph test CA',
    );
    run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=localhost');
    await writeFile(file('san.cnf'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
    run(
      'x509',
      '-req',
      '-in',
      file('server.csr'),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-out',
      file('server.pem'),
      '-days',
      '2',
      '-extfile',
      file('san.cnf'),
    );
    run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('client.key'), '-out', file('client.csr'), '-subj', '/CN=certified');
    run(
      'x509',
      '-req',
      '-in',
      file('client.csr'),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-out',
      file('client.pem'),
      '-days',
      '2',
    );
    ca = file('ca.pem');
    clientCert = file('client.pem');
    clientKey = file('client.key');
    server = await startMariadb({ args: [`--ssl-ca=${ca}`, `--ssl-cert=${file('server.pem')}`, `--ssl-key=${file('server.key')}`] });
    const admin = await createConnection({ host: '127.0.0.1', port: server.port, user: 'root' });
    try {
      await admin.query('CREATE DATABASE `rg_tls`');
      await admin.query("CREATE USER 'secure'@'127.0.0.1' IDENTIFIED BY 'pw' REQUIRE SSL");
      await admin.query("GRANT ALL PRIVILEGES ON `rg_tls`.* TO 'secure'@'127.0.0.1'");
      await admin.query("CREATE USER 'certified'@'127.0.0.1' IDENTIFIED BY 'pw' REQUIRE X509");
      await admin.query("GRANT ALL PRIVILEGES ON `rg_tls`.* TO 'certified'@'127.0.0.1'");
    } finally {
      await admin.end();
    }
    url = `mysql://secure:pw@127.0.0.1:${server.port}/rg_tls`;
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('verifies the server against the CA named by sslCa, and encrypts', async () => {
    const driver = await createDriver(`${url}?sslCa=${encodeURIComponent(ca)}`);
    try {
      expect(await tlsVersion(driver)).toMatch(/^TLSv1\.[23]$/);
    } finally {
      await driver.close();
    }
  });

  it('refuses a certificate no trusted CA signed when ssl=true, saying to give sslCa', async () => {
    const error = await createDriver(`${url}?ssl=true`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseUrlError);
    expect((error as Error).message).toMatch(
      /^The database URL \(--db or DATABASE_URL\) points at mysql:\/\/secure:\*\*\*@127\.0\.0\.1:\d+\/rg_tls, but the server's TLS certificate could not be verified \(self[- ]signed certificate in certificate chain\); give the CA that signed it with sslCa=\/path\/to\/ca\.pem, or use ssl=no-verify to encrypt without verifying\.$/,
    );
  });

  it('encrypts without verifying when ssl=no-verify', async () => {
    const driver = await createDriver(`${url}?ssl=no-verify`);
    try {
      expect(await tlsVersion(driver)).toMatch(/^TLSv1\.[23]$/);
    } finally {
      await driver.close();
    }
  });

  it('presents the client certificate of sslCert and sslKey to an account that requires one', async () => {
    const certified = `mysql://certified:pw@127.0.0.1:${server.port}/rg_tls?sslCa=${encodeURIComponent(ca)}`;
    const driver = await createDriver(`${certified}&sslCert=${encodeURIComponent(clientCert)}&sslKey=${encodeURIComponent(clientKey)}`);
    try {
      expect(await tlsVersion(driver)).toMatch(/^TLSv1\.[23]$/);
    } finally {
      await driver.close();
    }
    const without = await createDriver(certified).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(without).toBeInstanceOf(DatabaseUrlError);
    expect((without as Error).message).toContain('(1045 Access denied)');
  });

  it('is refused by an account that requires TLS when the URL asks for none', async () => {
    const error = await createDriver(url).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseUrlError);
    expect((error as Error).message).toContain('(1045 Access denied)');
  });
});

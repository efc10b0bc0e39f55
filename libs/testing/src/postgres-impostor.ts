import type net from 'node:net';

/** The request a client sends first when it would like TLS (PostgreSQL protocol, SSLRequest). */
const SSL_REQUEST_CODE = 80877103;

/**
 * Answers a PostgreSQL client exactly as a server that is starting up does: it reads the start-up
 * packet, refuses with `FATAL 57P03 the database system is starting up`, and closes. A test can thus
 * put a service through a database restart's every phase without restarting the machine's database,
 * which other test files and people are using.
 */
export function answerAsPostgresStartingUp(client: net.Socket): void {
  let received = Buffer.alloc(0);
  client.on('data', (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    if (received.length < 8 || received.length < received.readInt32BE(0)) return;
    if (received.readInt32BE(4) === SSL_REQUEST_CODE) {
      received = received.subarray(8);
      client.write('N'); // no TLS here: the client goes on with its start-up packet, in plain text
      return;
    }
    client.end(
      errorResponse({
        S: 'FATAL',
        V: 'FATAL',
        C: '57P03',
        M: 'the database system is starting up',
      }),
    );
  });
}

/** A backend ErrorResponse message: 'E', its length, then each field as a type byte and a C string. */
function errorResponse(fields: Record<string, string>): Buffer {
  const body = Buffer.concat([
    ...Object.entries(fields).map(([type, value]) => Buffer.from(`${type}${value}\0`, 'utf8')),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

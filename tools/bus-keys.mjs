#!/usr/bin/env node
/*
 * `npm run --silent bus-keys`: prints a fresh set of bus identity keys (Ed25519), one private key per
 * process and the BUS_TRUSTED_KEYS line with every public key, as the commands in deploy/README.md
 * read them:
 *
 *   gateway=<base64 PKCS#8 DER>          the private key of the Secret gateway-bus-key
 *   …                                    (one line per process)
 *   BUS_TRUSTED_KEYS=gateway=<SPKI>,…    the ConfigMap bus-trusted-keys
 *
 * The private keys are secrets: write them to a file only you can read, create the Secrets, delete it.
 */
import { generateKeyPairSync } from 'node:crypto';

/** Every process on the bus (BUS_PROCESSES in libs/contracts/src/bus-registry.ts). */
export const PROCESSES = ['gateway', 'complaints', 'maintenance', 'billing', 'residents'];

/** A fresh key pair per process, base64 DER: PKCS#8 private keys, SPKI public keys. */
export function generateBusKeys(processes = PROCESSES) {
  return processes.map((process) => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    return {
      process,
      privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
      publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    };
  });
}

export function formatBusKeys(keys) {
  return [
    ...keys.map((k) => `${k.process}=${k.privateKey}`),
    `BUS_TRUSTED_KEYS=${keys.map((k) => `${k.process}=${k.publicKey}`).join(',')}`,
  ].join('\n');
}

if (process.argv[1] === import.meta.filename) {
  process.stdout.write(`${formatBusKeys(generateBusKeys())}\n`);
}

/*
 * Development and test signing keys of the bus identity (Ed25519, base64 DER). Public on purpose,
 * like the development JWT secret: they are used only when NODE_ENV is not `production`, where every
 * process must be given its own BUS_SIGNING_KEY and the BUS_TRUSTED_KEYS (deploy/README.md).
 */
export const DEVELOPMENT_BUS_KEYS: Readonly<Record<string, { privateKey: string; publicKey: string }>> = {
  gateway: {
    privateKey: 'MC4CAQAwBQYDK2VwBCIEING7E44h1D6Evb99fzm9EkZgitgLvZ7KToGV37qjhTNj',
    publicKey: 'MCowBQYDK2VwAyEAbzqMRbZH9ZACm0owNruF17tyz68TNJwqpTl+6WFnqes=',
  },
  complaints: {
    privateKey: 'MC4CAQAwBQYDK2VwBCIEIMYWoETmzp5jimlYoyNmB859ZRNXJ0AqkokAh4ad8bkl',
    publicKey: 'MCowBQYDK2VwAyEAy58iZdD2sB4HHxooJi3cTxMg2e8yc+FeoLzceBB3vTQ=',
  },
  maintenance: {
    privateKey: 'MC4CAQAwBQYDK2VwBCIEIJF4oUz3vLpnDrLUZRhD5LIc5K19OntTmxcvfi+iTmrE',
    publicKey: 'MCowBQYDK2VwAyEAe1tAWYLODdvC7on75GLCNk592Kl8iK7x65EcWPMNcHQ=',
  },
  billing: {
    privateKey: 'MC4CAQAwBQYDK2VwBCIEIARsoahLARdgRAz5KUel6n0ZIzv8wpmBQYd1yx5kpvZi',
    publicKey: 'MCowBQYDK2VwAyEAKmB3REZC+yhMj0pg5VJxQancfiPxeVQ3zctxgAFEBng=',
  },
  residents: {
    privateKey: 'MC4CAQAwBQYDK2VwBCIEIN2o5/lWtocX6Z6G0oMAphxOXMMJ1QRcjrbhJDsDseQr',
    publicKey: 'MCowBQYDK2VwAyEAnX03STz0U7P930X7biz32MeYDASv4yEkzAQz1valfKI=',
  },
};

/** The development BUS_SIGNING_KEY and BUS_TRUSTED_KEYS of a process, as environment defaults. */
export function developmentBusEnv(process: string): Record<string, string> {
  const own = DEVELOPMENT_BUS_KEYS[process];
  return {
    ...(own ? { BUS_SIGNING_KEY: own.privateKey } : {}),
    BUS_TRUSTED_KEYS: Object.entries(DEVELOPMENT_BUS_KEYS)
      .map(([issuer, keys]) => `${issuer}=${keys.publicKey}`)
      .join(','),
  };
}

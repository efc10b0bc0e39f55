/** The HS256 secret of development tokens. Never used in production: NODE_ENV=production ignores it. */
export const DEVELOPMENT_JWT_SECRET = 'pcs-development-secret-not-for-production-use-0001';

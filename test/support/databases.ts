export const TEMPLATE_SUFFIX = '_template';

/** DATABASE_URL with another database name. */
export function databaseUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A connection for CREATE/DROP DATABASE: the maintenance database of the same server. */
export function adminUrl(): string {
  return databaseUrl('postgres');
}

export function templateDatabase(): string {
  return `jiebang_test_${process.env.TEST_RUN_ID}${TEMPLATE_SUFFIX}`;
}

import { afterAll, describe, expect, it } from '@jest/globals';
import { schemaDrift } from '@pcs/platform';
import { createTestDatabase, type TestDatabase } from '@pcs/testing';
import { complaintsService } from '../src/complaints.service-spec.js';

describe('migrations', () => {
  let database: TestDatabase | undefined;
  afterAll(async () => database?.drop());

  it('bring a new database exactly to what the entities describe', async () => {
    database = await createTestDatabase();
    expect(await schemaDrift(complaintsService, database.url)).toBe('');
  });
});

import type { EntityClass } from '@mikro-orm/postgresql';
import { detachedEntities } from '../../server/src/db/detached';
import { Capability } from '../../server/src/modules/capability/capability.entity';
import { Challenge } from '../../server/src/modules/challenge/challenge.entity';
import { Organization } from '../../server/src/modules/organization/organization.entity';
import { startTestPlatform, type TestPlatform } from '../support/harness';

// Detached entities answer matchCapabilities without MikroORM's hydration: they must hold exactly what em.find
// gives, property by property, for every row (JSON, enum arrays, decimals, dates, references).

describe('detachedEntities', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ seed: 'demo' });
  });
  afterAll(async () => {
    await platform.close();
  });

  it.each([
    ['capability', Capability],
    ['challenge', Challenge],
    ['organization', Organization],
  ] as Array<[string, EntityClass<any>]>)('%s rows from plain SQL equal the entities em.find hydrates', async (table, entity) => {
    const em = platform.orm.em.fork();
    const rows: Array<Record<string, unknown>> = await em.getConnection().execute(`select * from "${table}" order by id`);
    expect(rows.length).toBeGreaterThan(10);
    const detached = detachedEntities(em, entity, rows);
    const hydrated = await em.find(entity, {}, { orderBy: { id: 'asc' } });
    const meta = em.getMetadata().get(entity.name);
    const scalars = meta.props.filter((prop) => prop.kind === 'scalar' || prop.kind === 'embedded').map((prop) => prop.name);
    const relations = meta.props.filter((prop) => prop.kind === 'm:1').map((prop) => [prop.name, prop.targetMeta!.primaryKeys[0]] as const);
    expect(scalars.length).toBeGreaterThan(5);
    detached.forEach((record: any, i) => {
      const entityRecord: any = hydrated[i];
      expect(record).toBeInstanceOf(entity);
      for (const name of scalars) expect({ [name]: record[name] }).toEqual({ [name]: entityRecord[name] });
      for (const [name, key] of relations) expect({ [name]: record[name]?.[key] }).toEqual({ [name]: entityRecord[name]?.[key] });
    });
  });
});

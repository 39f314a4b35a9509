import '../support/production-runtime';
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadDemoDataIfEmpty } from '../../seeds/demo.seeder';
import { Capability } from '../../server/src/modules/capability/capability.entity';
import { Organization } from '../../server/src/modules/organization/organization.entity';
import { startBenchEnvironment } from '../support/environment';

const pct = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.ceil((p / 100) * v.length) - 1];
async function main() {
  const env = await startBenchEnvironment();
  try {
    await loadDemoDataIfEmpty(env.orm);
    const all: string[] = (await env.orm.em.getConnection().execute(`select id from capability`)).map((r: any) => r.id);
    const pick = (i: number) => all.slice((i * 7) % (all.length - 15), ((i * 7) % (all.length - 15)) + 15);
    const platform = env.orm.em.getPlatform();
    function detached<T extends object>(entity: new () => T, row: Record<string, unknown>): T {
      const meta = env.orm.getMetadata().get(entity.name);
      const out = Object.create(meta.prototype);
      for (const prop of meta.props) {
        const field = prop.fieldNames?.[0];
        if (!field || !(field in row)) continue;
        const value = row[field];
        if (prop.kind === 'm:1') out[prop.name] = value == null ? null : { id: value };
        else out[prop.name] = value != null && prop.customType ? prop.customType.convertToJSValue(value, platform) : value;
      }
      return out;
    }
    const variants: Record<string, (ids: string[]) => Promise<unknown>> = {
      'raw + detached map (cap & org)': async (ids) => {
        const em = env.orm.em.fork();
        const rows = await em.getConnection().execute(`select c.*, to_jsonb(o) as org from capability c join organization o on o.id = c.organization_id where c.id in (?)`, [ids]);
        return rows.map((r: any) => { const { org, ...c } = r; detached(Organization, org); return detached(Capability, c); });
      },
      'find + populate (joined)': (ids) => env.orm.em.fork().find(Capability, { id: { $in: ids } }, { populate: ['organization'] }),
      'find + populate select-in': (ids) => env.orm.em.fork().find(Capability, { id: { $in: ids } }, { populate: ['organization'], strategy: 'select-in' as any }),
      'find + populate, no identity map': (ids) => env.orm.em.fork().find(Capability, { id: { $in: ids } }, { populate: ['organization'], disableIdentityMap: true }),
      'find + populate, fields subset': (ids) => env.orm.em.fork().find(Capability, { id: { $in: ids } }, { populate: ['organization'], fields: ['title', 'summary', 'keywords', 'visibility', 'fieldCodes', 'organization.name', 'organization.regionCode', 'organization.kind'] as any }),
      'find, no populate': (ids) => env.orm.em.fork().find(Capability, { id: { $in: ids } }),
      'raw capability rows only': (ids) => env.orm.em.getConnection().execute(`select * from capability where id in (?)`, [ids]),
      'raw + em.map capability & org': async (ids) => {
        const em = env.orm.em.fork();
        const rows = await em.getConnection().execute(`select * from capability where id in (?)`, [ids]);
        const orgIds = [...new Set(rows.map((r: any) => r.organization_id))];
        const orgs = await em.getConnection().execute(`select * from organization where id in (?)`, [orgIds]);
        orgs.forEach((o: any) => em.map(Organization, o));
        return rows.map((r: any) => em.map(Capability, r));
      },
      'raw one query json org + em.map': async (ids) => {
        const em = env.orm.em.fork();
        const rows = await em.getConnection().execute(`select c.*, to_jsonb(o) as org from capability c join organization o on o.id = c.organization_id where c.id in (?)`, [ids]);
        return rows.map((r: any) => { const { org, ...c } = r; em.map(Organization, org); return em.map(Capability, c); });
      },
    };
    for (let round = 0; round < 2; round++) {
      for (const [name, fn] of Object.entries(variants)) {
        const times: number[] = [];
        for (let i = 0; i < 400; i++) {
          const t = performance.now();
          await fn(pick(i));
          times.push(performance.now() - t);
        }
        if (round === 1) console.log(`${name.padEnd(34)} p50 ${pct(times, 50).toFixed(2)} p95 ${pct(times, 95).toFixed(2)}`);
      }
    }
  } finally {
    await env.stop();
  }
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });

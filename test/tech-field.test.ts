import { DomainError } from '../server/src/errors';
import { flattenTaxonomy } from '../server/src/modules/field/field-taxonomy';
import { assertFieldCodesExist, expandFieldCodes } from '../server/src/modules/field/tech-field.service';
import { startTestPlatform, type TestPlatform } from './support/harness';

describe('technology field taxonomy', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ seed: false });
  });
  afterAll(() => platform.close());

  it('lists every field in display order, parents before children', async () => {
    const result = await platform.gql(`{ techFields { code name parentCode } }`);
    expect(result.errors).toBeUndefined();
    const expected = flattenTaxonomy().map(({ code, name, parentCode }) => ({ code, name, parentCode }));
    expect(result.data.techFields).toEqual(expected);
  });

  it('resolves children and parents', async () => {
    const result = await platform.gql(`{ techFields { code children { code } parent { code parent { code } } } }`);
    expect(result.errors).toBeUndefined();
    const byCode = new Map(result.data.techFields.map((f: any) => [f.code, f]));
    expect((byCode.get('MARINE') as any).children.map((c: any) => c.code)).toEqual([
      'MARINE.EQUIPMENT', 'MARINE.INFO', 'MARINE.PHARMA', 'MARINE.METEOROLOGY', 'MARINE.DEEPSEA',
    ]);
    expect((byCode.get('MARINE') as any).parent).toBeNull();
    expect((byCode.get('INSTRUMENTS') as any).children).toEqual([]);
    expect((byCode.get('BIOMED.CLINICAL.ONCOLOGY') as any).parent).toEqual({ code: 'BIOMED.CLINICAL', parent: { code: 'BIOMED' } });
  });

  it('batches children and parents: one statement per level, not per field', async () => {
    platform.sql.reset();
    await platform.gql(`{ techFields { code } }`);
    const flat = platform.sql.statements.length;
    platform.sql.reset();
    const nested = await platform.gql(`{ techFields { children { children { code } } parent { parent { code } } } }`);
    expect(nested.errors).toBeUndefined();
    // At most one statement per loader and level (DataLoader's cache often saves the second level), never one per field.
    expect(platform.sql.statements.length).toBeLessThanOrEqual(flat + 4);
  });

  it('expands a code to itself and all its descendants', async () => {
    const em = platform.orm.em.fork();
    expect((await expandFieldCodes(em, ['MARINE'])).sort()).toEqual(
      ['MARINE', 'MARINE.DEEPSEA', 'MARINE.EQUIPMENT', 'MARINE.INFO', 'MARINE.METEOROLOGY', 'MARINE.PHARMA'],
    );
    expect((await expandFieldCodes(em, ['BIOMED'])).sort()).toEqual([
      'BIOMED', 'BIOMED.CLINICAL', 'BIOMED.CLINICAL.CARDIOVASCULAR', 'BIOMED.CLINICAL.HEPATOBILIARY',
      'BIOMED.CLINICAL.METABOLIC', 'BIOMED.CLINICAL.ONCOLOGY', 'BIOMED.DEVICES', 'BIOMED.DRUGS',
    ]);
    expect(await expandFieldCodes(em, ['MARINE.INFO'])).toEqual(['MARINE.INFO']);
    expect((await expandFieldCodes(em, ['BIOMED.CLINICAL', 'BIOMED.CLINICAL.ONCOLOGY'])).sort()).toEqual([
      'BIOMED.CLINICAL', 'BIOMED.CLINICAL.CARDIOVASCULAR', 'BIOMED.CLINICAL.HEPATOBILIARY', 'BIOMED.CLINICAL.METABOLIC', 'BIOMED.CLINICAL.ONCOLOGY',
    ]);
    // An unknown code matches nothing rather than silently widening or dropping a filter.
    expect(await expandFieldCodes(em, ['NOPE'])).toEqual(['NOPE']);
    expect(await expandFieldCodes(em, [])).toEqual([]);
  });

  it('refuses unknown codes with BAD_USER_INPUT naming the field', async () => {
    const em = platform.orm.em.fork();
    await expect(assertFieldCodesExist(em, ['MARINE', 'MARINE.EQUIPMENT'])).resolves.toBeUndefined();
    const error = await assertFieldCodesExist(em, ['MARINE', 'MARINE.SUBMARINE', 'SPACE']).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.fields).toEqual([{ field: 'fieldCodes', message: expect.stringContaining('MARINE.SUBMARINE, SPACE') }]);
    const named = await assertFieldCodesExist(em, ['X'], 'filter.fieldCodes').catch((e) => e);
    expect(named.details.fields[0].field).toBe('filter.fieldCodes');
  });
});

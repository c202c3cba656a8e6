import 'reflect-metadata';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ValidationError } from '../errors';
import { filterFromQuery } from './query-filter';

enum Phase {
  PLANNING = 'PLANNING',
  CLOSED = 'CLOSED',
}

class ListFilter {
  @IsOptional() @IsString() @MaxLength(20) search?: string;
  @IsOptional() @IsUUID() routeId?: string;
  @IsOptional() @IsEnum(Phase, { each: true }) phases?: Phase[];
  @IsOptional() @IsBoolean() withoutPlan?: boolean;
  @IsOptional() @IsInt() minimum?: number;
}

describe('filterFromQuery', () => {
  it('reads each filter field as its type declares: lists by commas or repeats, yes/no, numbers', async () => {
    const filter = await filterFromQuery(ListFilter, { search: ' nutrición ', phases: ['PLANNING', 'CLOSED'], withoutPlan: 'true', minimum: '3', lang: 'fr', other: 'x' });
    expect({ ...filter }).toEqual({ search: 'nutrición', phases: ['PLANNING', 'CLOSED'], withoutPlan: true, minimum: 3 });
    expect({ ...(await filterFromQuery(ListFilter, { phases: 'PLANNING,CLOSED', search: '' })) }).toEqual({ phases: ['PLANNING', 'CLOSED'] });
  });

  it('refuses a bad value with BAD_USER_INPUT naming the parameter', async () => {
    const refusal = await filterFromQuery(ListFilter, { routeId: 'nope', phases: 'OPEN', minimum: 'many' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).fields.map((f) => f.path).sort()).toEqual(['minimum', 'phases', 'routeId']);
  });
});

import { IsInt, IsObject, IsString, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Cost } from '../limits/cost';
import { SettingFieldKind } from './setting-fields';

registerEnumType(SettingFieldKind, { name: 'SettingFieldKind', description: 'How a setting field is entered and checked' });

@ObjectType({ description: "One field of a setting's value, with the bounds it is checked against" })
export class SettingFieldInfo {
  @Field() name: string;
  @Field(() => SettingFieldKind) kind: SettingFieldKind;
  @Field(() => Int, { nullable: true, description: 'INT: the least value' }) min: number | null;
  @Field(() => Int, { nullable: true, description: 'INT: the largest value' }) max: number | null;
  @Field(() => [String], { nullable: true, description: 'CHOICE: the values allowed' }) options: string[] | null;
}

@ObjectType({ description: 'A value admins may change at run time; it is the default of records made later, never of existing ones' })
export class PlatformSetting {
  @Field(() => ID, { description: '<module>.<name>' }) key: string;
  @Field({ description: "Whose value this is: '' for the platform's, `programme:<id>` for a programme's" }) scope: string;
  @Field({ description: 'The module the setting belongs to' }) module: string;
  @Field({ description: 'What it is for, in English' }) description: string;
  @Field(() => GraphQLJSONObject, { description: 'The value in force: one entry per field' }) value: Record<string, unknown>;
  @Field(() => GraphQLJSONObject, { description: "What it falls back to: for the platform, the built-in defaults; for a programme, the platform's value" })
  defaultValue: Record<string, unknown>;
  @Field({ description: 'The value in force equals what it falls back to' }) isDefault: boolean;
  @Field({ description: 'This scope has a value of its own (else it follows what it falls back to)' }) stored: boolean;
  @Cost({ assumedSize: 12 })
  @Field(() => [SettingFieldInfo])
  fields: SettingFieldInfo[];
  @Field(() => Int, { description: 'Send it back with a change (0 while never changed); a stale one is refused with CONFLICT' }) version: number;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Who changed it last' }) updatedBy: string | null;
}

@InputType()
export class UpdatePlatformSettingInput {
  @Field(() => ID) @IsString() @MaxLength(100) key: string;
  @Field(() => GraphQLJSONObject, { description: 'The whole value, one entry per field' }) @IsObject() value: Record<string, unknown>;
  @Field(() => Int, { description: 'The version you read' }) @IsInt() version: number;
}

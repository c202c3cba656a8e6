import { Field, ObjectType } from 'type-graphql';
import { Cost } from '@lr/server-core';
import { SmartRule } from './smart-rule';

@ObjectType({ description: 'Something a plan lacks to pass the SMART check' })
export class SmartItem {
  @Field({ description: 'Where, numbered from 1 as people read the plan: "objectives.2.targetDate", "activities.1.responsible", "objectives"' })
  path: string;

  @Field(() => SmartRule)
  rule: SmartRule;

  @Field({ description: 'A sentence naming the item, in English (the portal words each rule itself)' })
  message: string;

  @Field(() => String, { nullable: true, description: "The objective's or activity's id; null for the plan's own findings" })
  itemId: string | null;
}

@ObjectType({ description: 'The SMART check of a plan (004 §1, §5e): a plan cannot become FINAL while it fails' })
export class SmartCheck {
  @Field()
  passes: boolean;

  @Cost({ assumedSize: 10 })
  @Field(() => [SmartItem], { description: 'What fails, in reading order; empty when it passes' })
  items: SmartItem[];
}

import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Cost } from '@lr/server-core';
import { TravelLeg } from './travel-leg.entity';
import { Traveller } from './traveller.entity';

@ObjectType({ description: 'Someone landing or leaving on a manifest day' })
export class ManifestEntry {
  @Field(() => TravelLeg) leg: TravelLeg;
  @Field(() => Traveller) traveller: Traveller;
  @Field({ description: "HH:MM in the route's time zone" }) time: string;
  @Field({ description: 'The arrival (or departure) as an instant' }) at: Date;
  @Field() fromPlace: string;
  @Field() toPlace: string;
  @Field(() => String, { nullable: true }) carrier: string | null;
  @Field(() => String, { nullable: true }) bookingReference: string | null;
  @Field(() => String, { nullable: true, description: 'How they are met (arrivals)' }) meetingNote: string | null;
}

@ObjectType({ description: "One day's arrivals and departures, in the route's time zone" })
export class DayManifest {
  @Field(() => ID) routeId: string;
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field({ description: 'The IANA zone the day and times are in (the route’s)' }) timeZone: string;
  @Cost({ assumedSize: 20 })
  @Field(() => [ManifestEntry], { description: 'By time of landing' })
  arrivals: ManifestEntry[];
  @Cost({ assumedSize: 20 })
  @Field(() => [ManifestEntry], { description: 'By time of departure' })
  departures: ManifestEntry[];
}

@ObjectType({ description: 'A date with arrivals or departures, and how many' })
export class ManifestDay {
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field(() => Int) arrivals: number;
  @Field(() => Int) departures: number;
}

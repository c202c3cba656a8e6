import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Cost } from '@lr/server-core';
import { Person } from '@lr/server-core-domain';
import { Room } from './room.entity';
import { Stay } from './stay.entity';
import { Venue } from './venue.entity';

@ObjectType({ description: "One room on one night of a route's rooming list" })
export class RoomingListRoom {
  @Field(() => Venue) venue: Venue;
  @Field(() => Room) room: Room;
  @Field(() => Int) capacity: number;
  @Cost({ assumedSize: 2 })
  @Field(() => [Person], { description: "The route's people sleeping in it that night, by family name" })
  people: Person[];
  @Cost({ assumedSize: 2 })
  @Field(() => [Stay], { description: "Their stays (the route's), in the same order" })
  stays: Stay[];
  @Field(() => Int, { description: "People of other routes in the room that night (venues are shared)" }) otherRoutesPeople: number;
  @Field(() => Int, { description: 'Beds left that night' }) freeBeds: number;
}

@ObjectType({ description: 'Where everyone of a route sleeps on one night' })
export class RoomingList {
  @Field(() => ID) routeId: string;
  @Field({ description: 'YYYY-MM-DD' }) night: string;
  @Cost({ assumedSize: 20 })
  @Field(() => [RoomingListRoom], { description: 'By venue, then room' })
  rooms: RoomingListRoom[];
  @Field(() => Int, { description: 'People of the route with a room that night' }) people: number;
}

@ObjectType({ description: 'How many of a route’s people have a room on one night' })
export class RoomingNight {
  @Field({ description: 'YYYY-MM-DD' }) night: string;
  @Field(() => Int) people: number;
  @Field(() => Int, { description: 'Rooms they are in' }) rooms: number;
}

import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, Reads, type RequestContext } from '@lr/server-core';
import { PRACTICES } from '../practices/practice-access';
import { PracticeMaterial } from './practice-material.entity';
import { CreatePracticeMaterialInput, UpdatePracticeMaterialInput } from './practice-material.inputs';
import { PracticeMaterialService } from './practice-material.service';

/** The path of a material's file endpoint, relative to the API's origin. */
export const materialFilePath = (id: string) => `/practices/materials/${id}/file`;

@Resolver(() => PracticeMaterial)
export class PracticeMaterialResolver {
  constructor(private readonly service: PracticeMaterialService) {}

  @Allow.edit(PRACTICES)
  @Mutation(() => PracticeMaterial, { description: 'A link, or (without url) a record to upload a file to at fileUploadPath' })
  createPracticeMaterial(@Ctx() ctx: RequestContext, @Arg('input') input: CreatePracticeMaterialInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(PRACTICES)
  @Mutation(() => PracticeMaterial)
  updatePracticeMaterial(@Ctx() ctx: RequestContext, @Arg('input') input: UpdatePracticeMaterialInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(PRACTICES)
  @Mutation(() => ID, { description: 'Deletes the material and its stored file' })
  deletePracticeMaterial(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Reads('fileKey')
  @FieldResolver(() => Boolean, { description: 'A file is stored for it (download at fileUploadPath with GET)' })
  hasFile(@Root() material: PracticeMaterial) {
    return material.fileKey !== null;
  }

  @Reads()
  @FieldResolver(() => String, { description: 'POST the file here (raw body, its Content-Type); GET downloads it. Needs the same credentials.' })
  fileUploadPath(@Root() material: PracticeMaterial) {
    return materialFilePath(material.id);
  }

  @Reads('fileKey')
  @FieldResolver(() => String, { nullable: true, description: 'Where to download the stored file, if any' })
  downloadPath(@Root() material: PracticeMaterial) {
    return material.fileKey ? materialFilePath(material.id) : null;
  }
}

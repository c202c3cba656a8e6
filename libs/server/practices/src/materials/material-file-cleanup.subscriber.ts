import { EventSubscriber, type EntitySubscriberInterface, type RemoveEvent } from 'typeorm';
import type { QueryRunnerData } from '@lr/server-core';
import { PracticeMaterial } from './practice-material.entity';
import { deleteFilesAfterCommit } from './practice-material.service';

/**
 * A removed material's stored file is deleted once the removal commits, however the material
 * went: on its own, or with its practice through the cascade rules.
 */
@EventSubscriber()
export class MaterialFileCleanup implements EntitySubscriberInterface<PracticeMaterial> {
  listenTo() {
    return PracticeMaterial;
  }

  beforeRemove(event: RemoveEvent<PracticeMaterial>): void {
    const ctx = (event.queryRunner.data as QueryRunnerData | undefined)?.ctx;
    const key = event.entity?.fileKey ?? event.databaseEntity?.fileKey ?? null;
    if (ctx && key) deleteFilesAfterCommit(ctx, [key]);
  }
}

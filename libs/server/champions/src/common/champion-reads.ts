import { loadOne, type RequestContext } from '@lr/server-core';
import { Champion } from '../champions/champion.entity';

/**
 * The champions module's read functions: how other modules (the agenda's "champions leading")
 * read champions, through the request's DataLoaders.
 */
export const loadChampion = (ctx: RequestContext, id: string) => loadOne(ctx, Champion, id);

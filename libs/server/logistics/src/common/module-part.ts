// The kit's parts of a module; kept here so the area files import it from one place.
export { combineParts, type ModulePart } from '@lr/server-core';

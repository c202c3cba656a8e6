/** The module name editors are granted (`modules: ['logistics']`). */
export const LOGISTICS = 'logistics';

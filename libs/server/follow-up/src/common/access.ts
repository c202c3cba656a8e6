/** The module name editors are granted (`modules: ['follow-up']`). */
export const FOLLOW_UP = 'follow-up';

/** The module name editors are granted (`modules: ['action-plans']`). */
export const ACTION_PLANS = 'action-plans';

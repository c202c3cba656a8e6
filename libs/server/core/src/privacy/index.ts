export * from './personal-data';
export * from './not-for-partners';

export * from './scheduled-job.entity';
export * from './schedule-job';
export * from './job-runner';
export * from './scheduled-jobs.resolver';

export * from './span.js';
export * from './message.js';
export * from './errors.js';
export * from './article.js';
export * from './annotations.js';
export * from './pipeline.js';

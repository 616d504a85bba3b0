import { numbersStage } from '../arabic/numbersStage.js';
import { createArabicResources, type LanguageResources } from '../arabic/resources.js';
import { tokensStage } from '../arabic/tokensStage.js';
import { entitiesStage } from '../entities/entitiesStage.js';
import { eventsStage } from '../events/eventsStage.js';
import { loadGazetteer } from '../models/gazetteer.js';
import { loadNer } from '../models/ner.js';
import { loadArabicLexicon } from '../models/arabicLexicon.js';
import { timeStage } from '../time/timeStage.js';
import { createEngine, type Engine } from './engine.js';

let arabic: LanguageResources | undefined;
let ner: ReturnType<typeof loadNer> | null | undefined;

/** The shipped Arabic language resources, loaded once. */
export function defaultArabicResources(): LanguageResources {
  arabic ??= createArabicResources(loadArabicLexicon());
  return arabic;
}

/**
 * The engine the CLI, API and demo use: the standard cleaning and annotation stages with their
 * shipped language resources and models (loaded once, lazily).
 */
export function createDefaultEngine(): Engine {
  const resources = defaultArabicResources();
  if (ner === undefined) ner = loadNer({ arabic: resources }) ?? null;
  return createEngine({
    stages: [tokensStage(), numbersStage(), timeStage({}), entitiesStage(), eventsStage()],
    services: { arabic: resources, ...(ner ? { ner } : {}), gazetteer: loadGazetteer() },
  });
}

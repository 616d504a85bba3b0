import { numbersStage } from '../arabic/numbersStage.js';
import { createArabicResources, type LanguageResources } from '../arabic/resources.js';
import { tokensStage } from '../arabic/tokensStage.js';
import { entitiesStage } from '../entities/entitiesStage.js';
import { eventsStage } from '../events/eventsStage.js';
import { loadGazetteer } from '../models/gazetteer.js';
import { loadNer } from '../models/ner.js';
import { loadTranslit } from '../models/translit.js';
import type { CorpusResources } from '../corpus/corpus.js';
import { loadArabicLexicon } from '../models/arabicLexicon.js';
import { timeStage } from '../time/timeStage.js';
import { createEngine, type Engine } from './engine.js';

let arabic: LanguageResources | undefined;
let ner: ReturnType<typeof loadNer> | null | undefined;
let gazetteer: ReturnType<typeof loadGazetteer> | undefined;
let corpusResources: CorpusResources | undefined;

function defaultGazetteer(): ReturnType<typeof loadGazetteer> {
  gazetteer ??= loadGazetteer();
  return gazetteer;
}

/** The resources of the corpus step (entity resolution: gazetteer, name keys, romaniser), loaded once. */
export function defaultCorpusResources(): CorpusResources {
  if (!corpusResources) {
    const translit = loadTranslit();
    corpusResources = {
      arabic: defaultArabicResources(),
      entities: { gazetteer: defaultGazetteer(), ...(translit ? { nameKeyTable: translit.nameKey, romanizeTable: translit.romanize } : {}) },
    };
  }
  return corpusResources;
}

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
    services: { arabic: resources, ...(ner ? { ner } : {}), gazetteer: defaultGazetteer() },
  });
}

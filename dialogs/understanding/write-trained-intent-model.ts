import { preparedTraining } from './prepared-training';
import { TRAINED_INTENT_MODEL_FILE, writeTrainedIntentModel } from './trained-intent-model';

/* Run by `npm run build` after tsc, from dist/: trains the intent model once so start-ups load it instead. */
writeTrainedIntentModel(preparedTraining(), TRAINED_INTENT_MODEL_FILE).then(
  (outcome) => console.log(`intent model ${outcome}: ${TRAINED_INTENT_MODEL_FILE}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

import { contextActions } from './context-actions';
import { procedureGuards } from './procedure-guards';
import { procedureTypes } from './procedure-types';
import { replyActions } from './reply-actions';

/** The procedure's vocabulary: its types and ports, then its named guards, then its named actions. */
export const procedureSetup = procedureTypes.extend({ guards: procedureGuards }).extend({ actions: { ...replyActions, ...contextActions } });

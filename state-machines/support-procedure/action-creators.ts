import { assign, emit, enqueueActions } from 'xstate';
import type { SupportContext } from '../support-context';
import type { SupportEvent } from '../support-events';
import type { SupportEmitted } from '../support-messages';

/* xstate's action creators, bound to the procedure's context, events and emitted messages. */
export const emitting = <P>(build: (args: { context: SupportContext; event: SupportEvent }, params: P) => SupportEmitted) =>
  emit<SupportContext, SupportEvent, P, SupportEvent, SupportEmitted>(build);
export const remembering = assign<SupportContext, SupportEvent, undefined, SupportEvent, never>;
export const rememberingWith = <P>() => assign<SupportContext, SupportEvent, P, SupportEvent, never>;
export const doing = <P>() => enqueueActions<SupportContext, SupportEvent, P, SupportEvent, never, never, never, never, SupportEmitted>;

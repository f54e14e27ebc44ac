/** Said when the conversation cannot be read or saved (the shared store is down): plain, with what to do, and no promise we cannot keep. */
export const STATE_UNAVAILABLE_REPLY =
  "Sorry, I'm having trouble on our side and couldn't pick up our conversation just now. Please try again in a minute or two; I'll carry on from where we were.";

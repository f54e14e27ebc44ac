import { initialContext } from '../support-context';
import { anytime } from './anytime';
import { checkingOrder, orderFound, refreshingOrder } from './check-order';
import { closed } from './closing';
import { choosingRecentOrder, collectingDetails, loadingRecentOrders } from './collect-details';
import { delays } from './delays';
import { findingNamedItem } from './finding-named-item';
import { caseFailed, handoff, lockedOut, withAPerson } from './escalation';
import { anotherOrder, awaitingFollowUp, explainingStatus, nothingInTransit } from './follow-up-routing';
import { checkingDisruptions, returningFromQuestion } from './general-questions';
import { SUPPORT_MACHINE_ID } from './machine-identity';
import { marketplace } from './marketplace';
import { missingParcel } from './missing-parcel';
import { noTracking } from './no-tracking';
import { procedureSetup } from './procedure-setup';
import { remedy } from './remedy';
import { wrongAddress } from './wrong-address';

/**
 * The support procedure, as the knowledge article lays it out. Each branch
 * lives in its own file; this one is the table of contents. Pure: the ports
 * are injected (src/conversation/provide-procedure.ts) and what it says is
 * emitted as message keys that dialogs/ words for each audience.
 */
export const supportProcedureMachine = procedureSetup.createMachine({
  id: SUPPORT_MACHINE_ID,
  context: ({ input }) => initialContext(input),
  initial: 'collectingDetails',
  on: anytime,
  states: {
    // 1. Collect details: order number and the email or phone used at checkout.
    collectingDetails,
    loadingRecentOrders,
    choosingRecentOrder,
    findingNamedItem,
    // 2. Check the order system (again, when the customer comes back after a while).
    checkingOrder,
    orderFound,
    refreshingOrder,
    // 3-4. Tracking link, status and expected window; then what else the customer needs.
    explainingStatus,
    awaitingFollowUp,
    nothingInTransit,
    anotherOrder,
    // General questions, answered at any step without details.
    checkingDisruptions,
    returningFromQuestion,
    // 5. Troubleshoot.
    delays,
    noTracking,
    wrongAddress,
    remedy,
    // 6. Escalate.
    missingParcel,
    marketplace,
    caseFailed,
    lockedOut,
    handoff,
    withAPerson,
    // The end of a conversation, until the customer writes again.
    closed,
  },
});

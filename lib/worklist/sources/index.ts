import "server-only";

import { consentNeededItems } from "@/lib/worklist/sources/consent-needed";
import { followUpItems } from "@/lib/worklist/sources/follow-up";
import { inactiveCaseItems } from "@/lib/worklist/sources/inactive-case";
import { monitoringVisitItems } from "@/lib/worklist/sources/monitoring-visit";
import { planItemsUndeliveredItems } from "@/lib/worklist/sources/plan-items-undelivered";
import { planReturnedItems } from "@/lib/worklist/sources/plan-returned";
import { plannedDepartureItems } from "@/lib/worklist/sources/planned-departure";
import type { WorklistSource } from "@/lib/worklist/sources/source";
import { sustainabilitySurveyItems } from "@/lib/worklist/sources/sustainability-survey";
import { unansweredReferralItems } from "@/lib/worklist/sources/unanswered-referral";

// Every source of worklist items. A new kind of item is one function here (a file in this
// folder, typed WorklistSource), its kind in WORKLIST_KINDS and its label
// `worklist.kind.<KIND>` in the catalogues; listWorklist and the supervisor's view pick it up.
export const worklistSources: readonly WorklistSource[] = [
  followUpItems,
  plannedDepartureItems,
  monitoringVisitItems,
  sustainabilitySurveyItems,
  planItemsUndeliveredItems,
  planReturnedItems,
  consentNeededItems,
  inactiveCaseItems,
  unansweredReferralItems,
];

import { z } from "zod";

import {
  SEXES,
  type ExploitationType,
  type LabourSector,
  type MigrantCategory,
  type ServiceType,
} from "@/lib/vocabulary";

// The machine-readable shape of the annual report (REPORT_SPEC keys).
export const AGE_GROUPS = ["adult", "child", "unknown"] as const;

export type SexCode = (typeof SEXES)[number];
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const reportFilterSchema = z.object({
  year: z.coerce.number().int().min(1900).max(2200),
  office: z.string().trim().min(1).max(40).optional(),
  hostCountry: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  region: z.string().trim().min(1).max(80).optional(),
});
export type ReportFilter = z.infer<typeof reportFilterSchema>;

type Share<C> = {
  count: C;
  pct: number | null;
  prevPct: number | null;
  changePoints: number | null;
};

// C is the type of a count: a number inside the application, a number or a suppression
// marker ("<10", "x") once published. Only the selection's population is always a number.
export type AnnualReport<C = number> = {
  year: number;
  filter: { office: string | null; hostCountry: string | null; region: string | null };
  migrantsAssisted: number;
  migrantsAssistedPrevYear: C;
  changeVsPrevYearPct: number | null;
  countriesOfOrigin: C;
  activeProjects: number;
  hostCountries: number;
  sex: {
    male: C;
    female: C;
    other: C;
    unknown: C;
    malePct: number | null;
    femalePct: number | null;
  };
  age: { adults: C; children: C; unknown: C; adultPct: number | null; childPct: number | null };
  avr: {
    assisted: C;
    byCategory: Record<MigrantCategory, C>;
    returnsByHostCountry: Record<string, C>;
  };
  counsellingSessions: C;
  counsellingSessionsPrevYear: C;
  reintegrationServices: C;
  reintegrationServicesPrevYear: C;
  vot: {
    assisted: C;
    exploitation: Record<ExploitationType, Share<C>>;
    forcedLabourSectors: Record<LabourSector, C>;
    children: C;
    childrenTopRegion: string | null;
    childrenNeeds: Record<ServiceType, C>;
  };
  votDatabase: {
    asOf: string;
    beneficiaries: C;
    sourceCountries: C;
    destinationCountries: C;
  };
  breakdowns: {
    sexByAge: Record<SexCode, Record<AgeGroup, C>>;
    nationality: Record<string, C>;
    hostCountry: Record<string, C>;
    region: Record<string, C>;
    serviceTypes: Record<ServiceType, C>;
  };
};

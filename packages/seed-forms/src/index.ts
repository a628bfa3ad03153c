import type { EvaluationForm } from '@jixiao/domain';
import { heshuo2020FundReport } from './heshuo-2020-fund-report.ts';
import { shache2019ResidentPensionTargets } from './shache-2019-resident-pension-declaration.ts';
import { shache2019ResidentPensionMonitoring } from './shache-2019-resident-pension-monitoring.ts';
import { shache2020EmployeeMedical } from './shache-2020-employee-medical.ts';
import { shache2020InstitutionPension } from './shache-2020-institution-pension.ts';
import { shache2020MedicalReport } from './shache-2020-medical-report.ts';
import { shache2020ResidentMedical } from './shache-2020-resident-medical.ts';
import { shache2020ResidentPension } from './shache-2020-resident-pension.ts';

export {
  heshuo2020FundReport,
  shache2019ResidentPensionMonitoring,
  shache2019ResidentPensionTargets,
  shache2020EmployeeMedical,
  shache2020InstitutionPension,
  shache2020MedicalReport,
  shache2020ResidentMedical,
  shache2020ResidentPension,
};

/**
 * Every table of the two seed filings (shared/seeds), transcribed as printed: the 莎车县
 * self-evaluation, declaration and monitoring forms and medical report of
 * 004_748413815362b37f.txt, then the 和硕县 report of 000_7cdf38f65f12c940.txt.
 */
export const SEED_FORMS: readonly EvaluationForm[] = [
  shache2020ResidentPension,
  shache2020InstitutionPension,
  shache2020EmployeeMedical,
  shache2020ResidentMedical,
  shache2019ResidentPensionTargets,
  shache2019ResidentPensionMonitoring,
  shache2020MedicalReport,
  heshuo2020FundReport,
];

export {
  type CaptureTime,
  CLOCK_TOLERANCE_MS,
  EARLIEST_CAPTURE_YEAR,
  parseCapturedAt,
} from './capture-fields.ts';
export { type FieldDescription, fieldPath } from './capture-messages.ts';
export {
  type CaptureRecord,
  type CaptureResult,
  type CaptureValidationOptions,
  canonicalRecordJson,
  type FieldError,
  recordFingerprint,
  validateSurveyResponse,
  validateSurveyTemplate,
  validateVerification,
} from './capture-validation.ts';
export {
  MAX_ANSWERS,
  SURVEY_LANGUAGE_LABELS,
  SURVEY_LANGUAGES,
  type SurveyAnswer,
  type SurveyLanguage,
  type SurveyResponseRecord,
} from './survey-response-record.ts';
export {
  type BilingualText,
  RESPONDENT_GROUP_CODES,
  RESPONDENT_GROUPS,
  type RespondentGroup,
  SCALE_VALUES,
  type ScaleValue,
  SURVEY_QUESTION_KIND_LABELS,
  SURVEY_QUESTION_KINDS,
  type SurveyQuestion,
  type SurveyQuestionKind,
  type SurveyTemplate,
  surveyTemplateSchema,
} from './survey-template.ts';
export {
  EARLIEST_DEATH_DATE,
  IDENTITY_METHOD_LABELS,
  IDENTITY_METHODS,
  type IdentityMethod,
  INELIGIBLE_REASON_LABELS,
  INELIGIBLE_REASONS,
  type IneligibleReason,
  MAX_AMOUNT_YUAN,
  VERIFICATION_OUTCOME_LABELS,
  type VerificationOutcome,
  type VerificationRecord,
  verificationOutcome,
} from './verification-record.ts';

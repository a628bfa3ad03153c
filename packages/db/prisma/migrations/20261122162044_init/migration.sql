-- CreateEnum
CREATE TYPE "DivisionLevel" AS ENUM ('REGION', 'PREFECTURE', 'COUNTY', 'TOWNSHIP', 'VILLAGE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('FIELD_WORKER', 'COUNTY_MANAGER', 'PREFECTURE_VIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "Scheme" AS ENUM ('RESIDENT_PENSION', 'INSTITUTION_PENSION', 'EMPLOYEE_PENSION', 'EMPLOYEE_MEDICAL', 'RESIDENT_MEDICAL', 'UNEMPLOYMENT', 'WORK_INJURY', 'MATERNITY');

-- CreateEnum
CREATE TYPE "BeneficiaryStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "RespondentGroup" AS ENUM ('INSTITUTION_RETIREE', 'RESIDENT_BENEFICIARY', 'CONTRIBUTOR');

-- CreateEnum
CREATE TYPE "VerificationOutcome" AS ENUM ('ALIVE_ELIGIBLE', 'DECEASED', 'MOVED', 'IMPRISONED', 'DUPLICATE_ENROLMENT', 'OTHER_INELIGIBLE');

-- CreateEnum
CREATE TYPE "FieldMetric" AS ENUM ('SATISFACTION_RATE', 'POLICY_AWARENESS_RATE', 'BENEFICIARY_COUNT', 'PAYMENT_ACCURACY', 'INELIGIBLE_PAYMENTS');

-- CreateTable
CREATE TABLE "Division" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "DivisionLevel" NOT NULL,
    "parentCode" TEXT,
    "generated" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Division_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "scopeCode" TEXT,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserTownship" (
    "userId" UUID NOT NULL,
    "townshipCode" TEXT NOT NULL,

    CONSTRAINT "UserTownship_pkey" PRIMARY KEY ("userId","townshipCode")
);

-- CreateTable
CREATE TABLE "RefreshToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "countyCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "scheme" "Scheme",
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "departments" JSONB,
    "implementingUnit" TEXT NOT NULL,
    "goal" TEXT,
    "goalOutcome" TEXT,
    "narrative" JSONB,
    "figures" JSONB,
    "figureRelations" JSONB,
    "signature" JSONB,
    "remarks" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundLine" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "budget" DECIMAL(18,4),
    "arrived" DECIMAL(18,4),
    "executed" DECIMAL(18,4),
    "printedRate" TEXT,

    CONSTRAINT "FundLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "rowKey" TEXT NOT NULL,
    "level1" TEXT NOT NULL,
    "level2" TEXT,
    "name" TEXT NOT NULL,
    "target" TEXT,
    "manualActual" TEXT,
    "printedRate" TEXT,
    "weight" DECIMAL(9,4),
    "partOfRowKey" TEXT,
    "reason" TEXT,
    "note" TEXT,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorBinding" (
    "indicatorId" UUID NOT NULL,
    "metric" "FieldMetric" NOT NULL,
    "scheme" "Scheme",
    "respondentGroup" "RespondentGroup",
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorBinding_pkey" PRIMARY KEY ("indicatorId")
);

-- CreateTable
CREATE TABLE "Beneficiary" (
    "id" TEXT NOT NULL,
    "countyCode" TEXT NOT NULL,
    "townshipCode" TEXT NOT NULL,
    "villageCode" TEXT,
    "scheme" "Scheme" NOT NULL,
    "idNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sex" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "monthlyAmountDue" DECIMAL(12,2) NOT NULL,
    "status" "BeneficiaryStatus" NOT NULL DEFAULT 'ACTIVE',
    "version" BIGSERIAL NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Beneficiary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyTemplate" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyTemplate_pkey" PRIMARY KEY ("id","version")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" UUID NOT NULL,
    "countyCode" TEXT NOT NULL,
    "townshipCode" TEXT NOT NULL,
    "villageCode" TEXT,
    "year" INTEGER NOT NULL,
    "templateId" TEXT NOT NULL,
    "templateVersion" INTEGER NOT NULL,
    "respondentGroup" "RespondentGroup" NOT NULL,
    "beneficiaryId" TEXT,
    "language" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "note" TEXT,
    "satisfactionAnswers" INTEGER NOT NULL,
    "satisfiedAnswers" INTEGER NOT NULL,
    "awarenessAnswers" INTEGER NOT NULL,
    "awareAnswers" INTEGER NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deviceId" TEXT NOT NULL,
    "workerId" UUID NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "lateForLockedYear" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" UUID NOT NULL,
    "countyCode" TEXT NOT NULL,
    "townshipCode" TEXT NOT NULL,
    "villageCode" TEXT,
    "beneficiaryId" TEXT NOT NULL,
    "scheme" "Scheme" NOT NULL,
    "year" INTEGER NOT NULL,
    "identityConfirmed" BOOLEAN NOT NULL,
    "identityMethod" TEXT NOT NULL,
    "alive" BOOLEAN NOT NULL,
    "deathDate" DATE,
    "eligible" BOOLEAN NOT NULL,
    "ineligibleReason" TEXT,
    "outcome" "VerificationOutcome" NOT NULL,
    "amountReceived" DECIMAL(12,2) NOT NULL,
    "amountDue" DECIMAL(12,2) NOT NULL,
    "paymentCorrect" BOOLEAN NOT NULL,
    "ineligiblePayment" DECIMAL(12,2) NOT NULL,
    "note" TEXT,
    "counted" BOOLEAN NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deviceId" TEXT NOT NULL,
    "workerId" UUID NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "lateForLockedYear" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountedVerification" (
    "beneficiaryId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "verificationId" UUID NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CountedVerification_pkey" PRIMARY KEY ("beneficiaryId","year")
);

-- CreateTable
CREATE TABLE "YearLock" (
    "countyCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lockedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedBy" UUID NOT NULL,

    CONSTRAINT "YearLock_pkey" PRIMARY KEY ("countyCode","year")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" UUID,
    "deviceId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "countyCode" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Division_parentCode_idx" ON "Division"("parentCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "RefreshToken_userId_idx" ON "RefreshToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_key_key" ON "Project"("key");

-- CreateIndex
CREATE INDEX "Project_countyCode_year_idx" ON "Project"("countyCode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "FundLine_projectId_position_key" ON "FundLine"("projectId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_projectId_rowKey_key" ON "Indicator"("projectId", "rowKey");

-- CreateIndex
CREATE INDEX "Beneficiary_townshipCode_version_idx" ON "Beneficiary"("townshipCode", "version");

-- CreateIndex
CREATE INDEX "Beneficiary_countyCode_scheme_status_idx" ON "Beneficiary"("countyCode", "scheme", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Beneficiary_countyCode_scheme_idNumber_key" ON "Beneficiary"("countyCode", "scheme", "idNumber");

-- CreateIndex
CREATE INDEX "SurveyResponse_countyCode_year_respondentGroup_idx" ON "SurveyResponse"("countyCode", "year", "respondentGroup");

-- CreateIndex
CREATE INDEX "SurveyResponse_townshipCode_year_idx" ON "SurveyResponse"("townshipCode", "year");

-- CreateIndex
CREATE INDEX "Verification_countyCode_year_scheme_counted_idx" ON "Verification"("countyCode", "year", "scheme", "counted");

-- CreateIndex
CREATE INDEX "Verification_townshipCode_year_counted_idx" ON "Verification"("townshipCode", "year", "counted");

-- CreateIndex
CREATE INDEX "Verification_beneficiaryId_year_idx" ON "Verification"("beneficiaryId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "CountedVerification_verificationId_key" ON "CountedVerification"("verificationId");

-- CreateIndex
CREATE INDEX "AuditEvent_countyCode_at_idx" ON "AuditEvent"("countyCode", "at");

-- AddForeignKey
ALTER TABLE "Division" ADD CONSTRAINT "Division_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Division"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserTownship" ADD CONSTRAINT "UserTownship_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundLine" ADD CONSTRAINT "FundLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorBinding" ADD CONSTRAINT "IndicatorBinding_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

import { SURVEY_TEMPLATE_IDS } from '../api/survey-template-documents.ts';
import {
  latestTemplate,
  type OutboxEntry,
  type SessionRow,
  type SurveyResponseEntry,
} from '../offline/local-database.ts';
import { captureYearOf } from './capture-year.ts';
import { ScreenHeader } from './screen-header.tsx';
import { useServices } from './services-context.ts';
import { SurveyForm } from './survey-form.tsx';
import { useLiveQuery } from './use-live-query.ts';

export interface SurveyScreenProps {
  session: SessionRow;
  /** A rejected response to correct, against the template version it followed. */
  editing?: SurveyResponseEntry;
  onSaved: (entry: OutboxEntry) => void;
  onBack: () => void;
}

/** 满意度调查 — the survey form with the stored template and the township's villages. */
export function SurveyScreen({ session, editing, onSaved, onBack }: SurveyScreenProps) {
  const { db } = useServices();
  const townshipCode =
    editing?.record.townshipCode ??
    session.townshipCode ??
    session.viewer?.townshipCodes[0] ??
    null;
  const loaded = useLiveQuery(async () => {
    const template =
      editing === undefined
        ? await latestTemplate(db, SURVEY_TEMPLATE_IDS[0])
        : (await db.templates.get([editing.record.templateId, editing.record.templateVersion]))
            ?.template;
    const villages = await db.divisions
      .where('parentCode')
      .equals(townshipCode ?? '')
      .sortBy('code');
    const beneficiaryId = editing?.record.beneficiaryId ?? null;
    const linked =
      beneficiaryId === null
        ? undefined
        : await db.roster.where('id').equals(beneficiaryId).first();
    return { template: template ?? null, villages, linkedName: linked?.name };
  }, [db, editing, townshipCode]);

  return (
    <>
      <ScreenHeader
        title={editing === undefined ? '满意度调查' : '修改被退回的调查记录'}
        onBack={onBack}
      />
      <main className="screen">
        {loaded === undefined ? <p role="status">正在读取…</p> : null}
        {loaded !== undefined && (loaded.template === null || townshipCode === null) ? (
          <p className="banner error" role="alert">
            手机上没有这份问卷。请在有网络时回到首页下载问卷。
          </p>
        ) : null}
        {loaded?.template == null || townshipCode === null ? null : (
          <SurveyForm
            template={loaded.template}
            townshipCode={townshipCode}
            villages={loaded.villages}
            villageCode={session.villageCode}
            captureYear={captureYearOf(session.viewer)}
            editing={editing}
            linkedName={loaded.linkedName}
            onSaved={onSaved}
            onCancel={onBack}
          />
        )}
      </main>
    </>
  );
}

import { SURVEY_TEMPLATE_IDS } from '../api/survey-template-documents.ts';
import type { AppServices } from '../app-services.ts';
import { loadSession } from '../offline/local-database.ts';
import { downloadTemplate, downloadTownships } from '../offline/reference-download.ts';
import { forgetOtherTownships } from '../offline/roster-download.ts';

/**
 * What follows a login: drop rosters of townships this worker does not cover, then fetch the
 * township names and villages and the survey templates (small; the roster is downloaded from
 * the home screen). Failures are left for the home screen's update button.
 */
export async function afterLogin({ db, session }: AppServices): Promise<void> {
  const { viewer } = await loadSession(db);
  if (viewer === null) return;
  await forgetOtherTownships(db, viewer.townshipCodes);
  try {
    await downloadTownships(db, session, viewer.townshipCodes);
    for (const id of SURVEY_TEMPLATE_IDS) await downloadTemplate(db, session, id);
  } catch {
    // Offline again or the server refused: the home screen shows what is missing.
  }
}

import {
  DEFAULT_SECTIONS, SectionList, SUMMARY_SECTIONS, type ShareSummary, type SummarySection,
} from '../../core/contracts/share-summary.js';
import { bucketFor, dayToDate, type DiaryEntry, type PegCheckIn } from '../../core/diary.js';
import type { DayRange, DiaryService } from '../diary/diary.service.js';

export { DEFAULT_SECTIONS, SectionList, SUMMARY_SECTIONS, type SummarySection };

const MAX_SUMMARY_ENTRIES = 500;

export const SUMMARY_DISCLAIMER =
  'This person wrote this themselves with backrub, a self-help app. It is not a diagnosis. ' +
  'The safety check and the massage advice come from fixed rules applied to their answers. ' +
  'Pain scores are their own, from 0 to 10.';

export interface SharedSummaryOptions {
  /** The assessment a share link pinned when it was made (null: there was none, or it was deleted). */
  pinnedAssessmentId: string | null;
  /** When the link was made, for the page to say which assessment it shows. */
  sharedAt: string;
  /** The name or initials the person chose for the link, or null. */
  displayName: string | null;
}

/**
 * Builds the summary JSON the web app's print view and the share page render. Every section comes
 * from data inside `range` only: the techniques that helped, the trend, PEG, entries, the pain map, and
 * the "it helped you N times" reasons of the recommendations. A share shows the assessment it pinned
 * when it was made (`shared`); the person's own summary shows the latest.
 */
export async function buildSummary(
  diary: DiaryService, userId: string, sections: readonly SummarySection[], range: DayRange, now: Date, shared?: SharedSummaryOptions,
): Promise<ShareSummary> {
  const want = new Set(sections);
  const current = shared
    ? await diary.assessmentAsOf(userId, shared.pinnedAssessmentId, range)
    : await diary.currentAssessment(userId, range);
  const bucket = bucketFor(range.fromDay, range.toDay);
  const summary: ShareSummary = {
    generatedAt: now.toISOString(),
    range: { from: dayToDate(range.fromDay), to: dayToDate(range.toDay) },
    person: { name: shared?.displayName ?? null },
    sections: [...sections],
    disclaimer: SUMMARY_DISCLAIMER,
  };
  const assessment = current?.assessment;
  // What a level shows (as in the app): emergency and urgent give the action and the reasons only;
  // see-doctor-first adds no massage advice; only self-care shows techniques and what to avoid.
  const massageShown = assessment?.triage === 'self-care';
  const actionOnly = assessment?.triage === 'emergency' || assessment?.triage === 'urgent';
  if (want.has('assessment')) {
    summary.assessment = current && assessment
      ? {
          assessedAt: current.createdAt,
          // Which assessment this is, in words the page can show.
          basis: shared ? 'latest-when-shared' : 'latest',
          ...(shared && { sharedAt: shared.sharedAt }),
          triage: assessment.triage,
          ...(assessment.action ? { action: assessment.action } : {}),
          massageAdvised: assessment.massageAdvised,
          reasons: assessment.reasons,
          safetyNet: assessment.safetyNet,
          recommendations: massageShown
            ? assessment.recommendations.map((r) => ({
                technique: r.technique, setting: r.setting, score: r.score, why: r.why, learned: r.learned,
              }))
            : [],
          durationDays: current.intake.durationDays,
          intensity: current.intake.intensity,
        }
      : null;
  }
  if (want.has('painMap')) {
    summary.painMap = {
      assessment: current ? { areas: current.intake.areas, pattern: current.intake.pattern, radiatesBelowKnee: current.intake.radiatesBelowKnee ?? false, quality: current.intake.quality } : null,
      diary: await diary.areaIntensities(userId, range),
    };
  }
  if (want.has('pressure')) {
    summary.pressure = { preferred: current?.intake.pressure ?? null, felt: await diary.meanPressureFelt(userId, range) };
  }
  if (want.has('cautions')) {
    summary.cautions = {
      conditions: current?.intake.conditions ?? [],
      avoid: massageShown ? assessment.avoid : [],
      techniqueCautions: massageShown ? [...new Set(assessment.recommendations.flatMap((r) => r.cautions))] : [],
    };
  }
  if (want.has('trend')) {
    summary.trend = {
      bucket,
      pain: await diary.painBuckets(userId, range, bucket),
      sessionsPerWeek: await diary.sessionsPerWeek(userId, range),
    };
  }
  if (want.has('peg')) {
    const checkIns: PegCheckIn[] = await diary.checkInsIn(userId, range);
    summary.peg = checkIns.map((c) => ({ date: c.localDate, pain: c.pain, enjoyment: c.enjoyment, activity: c.activity, score: c.score }));
  }
  // Past massage sessions would read as advice beside an emergency or urgent result: left out then.
  if (want.has('techniques') && !actionOnly) {
    summary.techniques = await diary.techniqueRelief(userId, range);
  }
  if (want.has('entries')) {
    const entries: DiaryEntry[] = await diary.entriesIn(userId, range, MAX_SUMMARY_ENTRIES);
    summary.entries = entries.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => rest);
  }
  return summary;
}

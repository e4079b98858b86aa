import type { Bundle, CodeableConcept, FhirResource, Observation, Patient, QuestionnaireResponse, QuestionnaireResponseItemAnswer } from 'fhir/r4.js';
import type { DiaryEntry, PegCheckIn } from '../../core/diary.js';
import type { Intake } from '../../core/intake.js';
import type { SavedAssessment } from '../diary/assessments.repository.js';

/**
 * A FHIR R4 `Bundle` (type `collection`) of a person's data:
 * - each saved intake as a `QuestionnaireResponse` (answers by field name; the triage is advice, not a
 *   measurement, so it stays in the JSON export);
 * - pain before/after each diary entry as `Observation`s, LOINC 72514-3 (0-10 numeric rating, reported),
 *   marked before/after massage with a backrub extension, body areas as `component`s (own code system,
 *   SNOMED CT needs a licence);
 * - each PEG-3 check-in as a `QuestionnaireResponse` for LOINC panel 91148-7 and an `Observation` with
 *   the mean score, LOINC 91147-9.
 * LOINC codes are used unaltered (LOINC licence: free use with notice); see docs/decisions/0043-export-formats.md.
 */

export const BACKRUB_FHIR_BASE = 'https://backrub.app/fhir';
const LOINC = 'http://loinc.org';
const LOINC_NOTICE =
  'This material contains content from LOINC (http://loinc.org). LOINC is copyright Regenstrief Institute, Inc. and the LOINC Committee, available at no cost under the license at http://loinc.org/license.';

// FHIR R4 types (@types/fhir): a field FHIR does not have, or a value of the wrong type, fails the type check.
type Resource = FhirResource & { id: string };

const loinc = (code: string, display: string): CodeableConcept => ({ coding: [{ system: LOINC, code, display }], text: display });
const survey: CodeableConcept[] = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }] }];

function answerOf(value: unknown): QuestionnaireResponseItemAnswer[] {
  const one = (v: unknown): QuestionnaireResponseItemAnswer =>
    typeof v === 'boolean' ? { valueBoolean: v } : typeof v === 'number' ? { valueInteger: v } : { valueCoding: { system: `${BACKRUB_FHIR_BASE}/CodeSystem/intake-answer`, code: String(v) } };
  return Array.isArray(value) ? value.map(one) : [one(value)];
}

function intakeResponse(saved: SavedAssessment, patientRef: string): QuestionnaireResponse & Resource {
  const items = Object.entries(saved.intake as Intake)
    .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([linkId, value]) => ({ linkId, answer: answerOf(value) }));
  return {
    resourceType: 'QuestionnaireResponse',
    id: `intake-${saved.id}`,
    questionnaire: `${BACKRUB_FHIR_BASE}/Questionnaire/intake`,
    status: 'completed',
    subject: { reference: patientRef },
    authored: saved.createdAt,
    item: items,
  };
}

function painObservation(entry: DiaryEntry, timing: 'before' | 'after', value: number, patientRef: string): Observation & Resource {
  // What was done in the session, massage and movements (decision 0052), as ids a reader can look up.
  const movements = entry.movements ?? [];
  const done = [
    ...(entry.techniques.length > 0 ? [`Techniques: ${entry.techniques.join(', ')}`] : []),
    ...(movements.length > 0 ? [`Movements: ${movements.join(', ')}`] : []),
  ];
  return {
    resourceType: 'Observation',
    id: `pain-${timing}-${entry.id}`,
    status: 'final',
    category: survey,
    code: loinc('72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'),
    subject: { reference: patientRef },
    effectiveDateTime: entry.occurredAt,
    valueInteger: value,
    extension: [{ url: `${BACKRUB_FHIR_BASE}/StructureDefinition/pain-timing`, valueCode: `${timing}-massage` }],
    ...(timing === 'before' && entry.areas.length > 0 && {
      component: entry.areas.map((a) => ({
        code: { coding: [{ system: `${BACKRUB_FHIR_BASE}/CodeSystem/body-area`, code: a.area }], text: `Pain in ${a.area}` },
        valueInteger: a.intensity,
      })),
    }),
    ...(done.length > 0 && { note: [{ text: `${done.join('. ')} (${entry.source})` }] }),
  };
}

function pegResources(checkIn: PegCheckIn, patientRef: string): [QuestionnaireResponse & Resource, Observation & Resource] {
  const responseId = `peg-${checkIn.id}`;
  return [
    {
      resourceType: 'QuestionnaireResponse',
      id: responseId,
      questionnaire: 'http://loinc.org/q/91148-7',
      status: 'completed',
      subject: { reference: patientRef },
      authored: checkIn.occurredAt,
      item: [
        { linkId: 'pain', text: 'Pain on average in the past week (0-10)', answer: [{ valueInteger: checkIn.pain }] },
        { linkId: 'enjoyment', text: 'Pain interference with enjoyment of life in the past week (0-10)', answer: [{ valueInteger: checkIn.enjoyment }] },
        { linkId: 'activity', text: 'Pain interference with general activity in the past week (0-10)', answer: [{ valueInteger: checkIn.activity }] },
      ],
    },
    {
      resourceType: 'Observation',
      id: `peg-score-${checkIn.id}`,
      status: 'final',
      category: survey,
      code: loinc('91147-9', 'Mean score [PEG]'),
      subject: { reference: patientRef },
      effectiveDateTime: checkIn.occurredAt,
      valueQuantity: { value: checkIn.score, unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' },
      derivedFrom: [{ reference: `QuestionnaireResponse/${responseId}` }],
    },
  ];
}

function bundleEntry(resource: Resource): string {
  return JSON.stringify({ fullUrl: `${BACKRUB_FHIR_BASE}/${resource.resourceType}/${resource.id}`, resource });
}

/**
 * The Bundle as JSON text, piece by piece: diary entries arrive a page at a time, so a 100k-entry
 * export (over 150 MB of FHIR) is never one string, and the server answers others between pages.
 */
export async function* fhirBundleChunks(input: {
  userId: string;
  exportedAt: string;
  assessments: SavedAssessment[];
  entryPages: AsyncIterable<DiaryEntry[]>;
  checkIns: PegCheckIn[];
}): AsyncGenerator<string> {
  const patientRef = `Patient/${input.userId}`;
  const head: Bundle = {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: input.exportedAt,
    meta: { tag: [{ system: `${BACKRUB_FHIR_BASE}/CodeSystem/tag`, code: 'backrub-export', display: LOINC_NOTICE }] },
  };
  const patient: Patient & Resource = { resourceType: 'Patient', id: input.userId, meta: { tag: [{ system: `${BACKRUB_FHIR_BASE}/CodeSystem/tag`, code: 'self-reported' }] } };
  yield `${JSON.stringify(head).slice(0, -1)},"entry":[${[patient, ...input.assessments.map((saved) => intakeResponse(saved, patientRef))].map(bundleEntry).join(',')}`;
  for await (const page of input.entryPages) {
    const resources = page.flatMap((entry) => [
      painObservation(entry, 'before', entry.painBefore, patientRef),
      ...(entry.painAfter === undefined ? [] : [painObservation(entry, 'after', entry.painAfter, patientRef)]),
    ]);
    if (resources.length > 0) yield `,${resources.map(bundleEntry).join(',')}`;
  }
  for (let i = 0; i < input.checkIns.length; i += 1000) {
    const resources = input.checkIns.slice(i, i + 1000).flatMap((checkIn) => pegResources(checkIn, patientRef));
    if (resources.length > 0) yield `,${resources.map(bundleEntry).join(',')}`;
  }
  yield ']}';
}

import type { SourceId } from '../assessment.js';
import { freezeDeep, type DeepReadonly } from '../deep-readonly.js';

export interface Source {
  id: SourceId;
  title: string;
  citation: string;
}

/** Where each fact comes from, so every screen can answer "says who?". */
export const SOURCES: DeepReadonly<Record<SourceId, Source>> = freezeDeep<Record<SourceId, Source>>({
  A: {
    id: 'A',
    title: 'Massage Techniques for Relieving Back Pain',
    citation: 'A massage clinic\u2019s blog article (12 August). The founding article for the techniques and safety tips.',
  },
  NICE59: {
    id: 'NICE59',
    title: 'NICE guideline NG59: Low back pain and sciatica in over 16s',
    citation: 'National Institute for Health and Care Excellence, 2016, updated 2020.',
  },
  ACP17: {
    id: 'ACP17',
    title: 'Noninvasive treatments for acute, subacute, and chronic low back pain',
    citation: 'Qaseem et al., American College of Physicians guideline, Annals of Internal Medicine, 2017.',
  },
  COCH15: {
    id: 'COCH15',
    title: 'Massage for low-back pain',
    citation: 'Furlan et al., Cochrane Database of Systematic Reviews, 2015.',
  },
  IFOMPT20: {
    id: 'IFOMPT20',
    title: 'International framework for red flags for potential serious spinal pathologies',
    citation: 'Finucane et al., Journal of Orthopaedic & Sports Physical Therapy, 2020.',
  },
  TS: {
    id: 'TS',
    title: 'Myofascial Pain and Dysfunction: The Trigger Point Manual',
    citation: 'Travell & Simons. Referral patterns of common back and neck muscles.',
  },
  KREBS09: {
    id: 'KREBS09',
    title: 'PEG: a three-item scale of pain intensity and interference',
    citation: 'Krebs et al., Journal of General Internal Medicine, 2009 (public domain).',
  },
  PRACTICE: {
    id: 'PRACTICE',
    title: 'Commonly taught massage-therapy cautions',
    citation: 'Safety rules taught in massage-therapy practice (blood thinners, clots, pregnancy, heat, varicose veins).',
  },
  CHERKIN11: {
    id: 'CHERKIN11',
    title: 'A comparison of the effects of 2 types of massage and usual care for chronic low back pain',
    citation: 'Cherkin et al., Annals of Internal Medicine, 2011.',
  },
  NICE156: {
    id: 'NICE156',
    title: 'NICE guideline NG156: Abdominal aortic aneurysm: diagnosis and management',
    citation: 'National Institute for Health and Care Excellence, 2020 (recommendations on symptoms and urgent referral).',
  },
  NICE111: {
    id: 'NICE111',
    title: 'NICE guideline NG111: Pyelonephritis (acute): antimicrobial prescribing',
    citation: 'National Institute for Health and Care Excellence, 2018.',
  },
  NICE65: {
    id: 'NICE65',
    title: 'NICE guideline NG65: Spondyloarthritis in over 16s: diagnosis and management',
    citation: 'National Institute for Health and Care Excellence, 2017 (recommendations 1.1 on inflammatory back pain and referral).',
  },
  NICE12: {
    id: 'NICE12',
    title: 'NICE guideline NG12: Suspected cancer: recognition and referral',
    citation: 'National Institute for Health and Care Excellence, 2015, updated (back pain with weight loss over 60; blood tests).',
  },
  QS201: {
    id: 'QS201',
    title: 'NICE quality standard QS201: Venous thromboembolism in adults',
    citation: 'National Institute for Health and Care Excellence, 2021 (two-level Wells score; a scan within 4 hours when likely).',
  },
  GIRFT23: {
    id: 'GIRFT23',
    title: 'National suspected cauda equina syndrome pathway',
    citation: 'Getting It Right First Time (GIRFT), NHS England, 2023.',
  },
  NHSECTOPIC: {
    id: 'NHSECTOPIC',
    title: 'Ectopic pregnancy',
    citation: 'NHS website (nhs.uk), symptoms and when to get help.',
  },
  NHSKIDNEY: {
    id: 'NHSKIDNEY',
    title: 'Kidney infection',
    citation: 'NHS website (nhs.uk), symptoms and when to get help.',
  },
  NHSPANC: {
    id: 'NHSPANC',
    title: 'Acute pancreatitis',
    citation: 'NHS symptom pages as published by nidirect and NHS inform.',
  },
  NHSDVT: {
    id: 'NHSDVT',
    title: 'Deep vein thrombosis (DVT) and pulmonary embolism: patient information',
    citation: "Guy's and St Thomas' NHS Foundation Trust patient leaflet.",
  },
  TOMMYS: {
    id: 'TOMMYS',
    title: 'Back pain in pregnancy; signs of premature labour',
    citation: "Tommy's (UK pregnancy charity), midwife-reviewed pages.",
  },
  RMSCORNWALL: {
    id: 'RMSCORNWALL',
    title: 'Renal colic referral guidance',
    citation: 'NHS Cornwall and Isles of Scilly referral management pages (colic is not associated with movement).',
  },
  BNSSG: {
    id: 'BNSSG',
    title: 'Suspected aortic aneurysm or dissection: referral guidance',
    citation: 'NHS Bristol, North Somerset and South Gloucestershire Remedy referral pages (over 50 with sudden severe back or belly pain).',
  },
  DOWNIE13: {
    id: 'DOWNIE13',
    title: 'Red flags to screen for malignancy and fracture in patients with low back pain: systematic review',
    citation: 'Downie et al., BMJ 2013;347:f7095.',
  },
  YUSUF19: {
    id: 'YUSUF19',
    title: 'Spinal infection: risk factors and red flags',
    citation: 'Yusuf et al., BMC Musculoskeletal Disorders, 2019.',
  },
  AJEM19: {
    id: 'AJEM19',
    title: 'Risk factors for spinal epidural abscess in the emergency department',
    citation: 'American Journal of Emergency Medicine, 2019 (recent infection, odds ratio 13.5).',
  },
  SCSC25: {
    id: 'SCSC25',
    title: 'Spinal epidural abscess after previous spinal procedures',
    citation: 'Spinal Cord Series and Cases, 2025.',
  },
  SSEH: {
    id: 'SSEH',
    title: 'Spontaneous spinal epidural haematoma',
    citation: 'Fedor et al., 2011; Stetkarova et al., 2021 (anticoagulation, sudden pain, nerve signs).',
  },
  BATAVIA04: {
    id: 'BATAVIA04',
    title: 'Contraindications for therapeutic massage: do sources agree?',
    citation: 'Batavia, Journal of Bodywork and Movement Therapies, 2004 (sources disagree; 76% of statements uncited).',
  },
  ERNST03: {
    id: 'ERNST03',
    title: 'The safety of massage therapy',
    citation: 'Ernst, Rheumatology 2003;42:1101-6.',
  },
  ROSSSS: {
    id: 'ROSSSS',
    title: 'Strong, steady and straight: UK consensus statement on physical activity and exercise for osteoporosis',
    citation: 'Brooke-Wavell et al., British Journal of Sports Medicine, 2022 (Royal Osteoporosis Society).',
  },
  THROMBOSISUK: {
    id: 'THROMBOSISUK',
    title: 'Pregnancy and blood clots',
    citation: 'Thrombosis UK patient information (clot risk is 4 to 5 times higher in pregnancy).',
  },
  NICE95: {
    id: 'NICE95',
    title: 'NICE clinical guideline CG95: Recent-onset chest pain of suspected cardiac origin',
    citation: 'National Institute for Health and Care Excellence, 2010, updated (read through GPnotebook).',
  },
  CKSRENAL: {
    id: 'CKSRENAL',
    title: 'NICE Clinical Knowledge Summary: Renal or ureteric colic, acute',
    citation: 'NICE CKS (read through GPnotebook).',
  },
  NICE133: {
    id: 'NICE133',
    title: 'NICE guideline NG133: Hypertension in pregnancy',
    citation: 'National Institute for Health and Care Excellence, 2019 (pre-eclampsia symptoms as listed in CG107, which it replaced).',
  },
  NICE126: {
    id: 'NICE126',
    title: 'NICE guideline NG126: Ectopic pregnancy and miscarriage',
    citation: 'National Institute for Health and Care Excellence, 2019, updated.',
  },
  NICE234: {
    id: 'NICE234',
    title: 'NICE guideline NG234: Spinal metastases and metastatic spinal cord compression',
    citation: 'National Institute for Health and Care Excellence, 2023 (triggers and timings as in CG75, which it replaced).',
  },
  NICE158: {
    id: 'NICE158',
    title: 'NICE guideline NG158: Venous thromboembolic diseases: diagnosis, management and thrombophilia testing',
    citation: 'National Institute for Health and Care Excellence, 2020 (two-level Wells scores).',
  },
  NICE25: {
    id: 'NICE25',
    title: 'NICE guideline NG25: Preterm labour and birth',
    citation: 'National Institute for Health and Care Excellence, 2015, updated (symptom list not verified: sign-off item).',
  },
  NHSBACK: {
    id: 'NHSBACK',
    title: 'Back pain',
    citation: 'NHS website (nhs.uk): when to see a GP, urgent and emergency signs.',
  },
  NHSSCIATICA: {
    id: 'NHSSCIATICA',
    title: 'Sciatica',
    citation: 'NHS website (nhs.uk): when to get help.',
  },
  NHSAAA: {
    id: 'NHSAAA',
    title: 'Abdominal aortic aneurysm',
    citation: 'NHS website (nhs.uk): symptoms of a burst aneurysm.',
  },
  NHSDISSECT: {
    id: 'NHSDISSECT',
    title: 'Aortic dissection',
    citation: 'Health Service Executive (HSE, Ireland) health A to Z.',
  },
  NHSPE: {
    id: 'NHSPE',
    title: 'Pulmonary embolism; chest pain when breathing',
    citation: 'NHS website (nhs.uk).',
  },
  NHSSEPSIS: {
    id: 'NHSSEPSIS',
    title: 'Sepsis: spot the signs',
    citation: 'UK Sepsis Trust symptom lists, as used on the NHS website.',
  },
  NHSSHINGLES: {
    id: 'NHSSHINGLES',
    title: 'Shingles',
    citation: 'NHS website (nhs.uk): symptoms and how it spreads.',
  },
  ACSMDOMS: {
    id: 'ACSMDOMS',
    title: 'Delayed onset muscle soreness',
    citation: 'American College of Sports Medicine information sheet (starts 12 to 24 hours after exercise, peaks at 24 to 72 hours).',
  },
  WERNER: {
    id: 'WERNER',
    title: 'A Massage Therapist’s Guide to Pathology',
    citation: 'Werner, textbook (inflammatory arthritis: no massage in a flare).',
  },
  WALTON11: {
    id: 'WALTON11',
    title: 'Walton pressure scale; massage and heat cautions',
    citation: 'Walton, massage-therapy pressure scale (levels 1 to 5) and the principle of not raising core temperature.',
  },
  NCCIH: {
    id: 'NCCIH',
    title: 'Massage therapy: what you need to know',
    citation: 'US National Center for Complementary and Integrative Health (clots, bleeding risk, cancer, pregnancy).',
  },
  // Movement, posture and activity (issue 12). ROSSSS above is shared with the massage rules.
  NHSEX: {
    id: 'NHSEX',
    title: 'Back pain: exercises and self-help',
    citation: 'NHS (nhs.uk "Lower back pain exercises" and "Back pain") and NHS inform "Exercises for back pain".',
  },
  COCH21: {
    id: 'COCH21',
    title: 'Exercise therapy for chronic low back pain',
    citation: 'Hayden et al., Cochrane Database of Systematic Reviews, 2021 (CD009790).',
  },
  NHSPREG: {
    id: 'NHSPREG',
    title: 'Exercise in pregnancy',
    citation: 'NHS (nhs.uk): do not lie flat on your back for long, especially after 16 weeks.',
  },
  ACOG20: {
    id: 'ACOG20',
    title: 'Physical activity and exercise during pregnancy and the postpartum period',
    citation: 'American College of Obstetricians and Gynecologists, Committee Opinion 804, 2020.',
  },
  NHSSIT: {
    id: 'NHSSIT',
    title: 'How to sit at your desk correctly',
    citation: 'NHS (nhs.uk) advice on sitting, screens and breaks at a desk.',
  },
});

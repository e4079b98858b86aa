import type { SourceId } from '../assessment.js';

export interface Source {
  id: SourceId;
  title: string;
  citation: string;
}

/** Where each fact comes from, so every screen can answer "says who?". */
export const SOURCES: Record<SourceId, Source> = {
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
  // Movement, posture and activity (issue 12).
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
  ROSSSS: {
    id: 'ROSSSS',
    title: 'Strong, steady and straight: UK consensus statement on physical activity and exercise for osteoporosis',
    citation: 'Brooke-Wavell et al., British Journal of Sports Medicine, 2022, with the Royal Osteoporosis Society.',
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
};

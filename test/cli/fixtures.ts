import type { Intake } from '../../src/core/index.js';

export const selfCare: Intake = {
  age: 35,
  areas: ['upper-back', 'lower-back'],
  pattern: 'one-spot',
  quality: ['stiffness', 'dull-ache'],
  intensity: 4,
  durationDays: 10,
  causes: ['desk-posture'],
  conditions: [],
  symptoms: [],
  goals: ['pain-relief'],
  setting: 'either',
  equipment: ['foam-roller'],
};

export const emergency: Intake = { ...selfCare, symptoms: ['chest-pain'] };

export const seeDoctorFirst: Intake = { ...selfCare, trend: 'worsening' };

import { describe, expect, it } from 'vitest';
import * as demoData from './index.ts';

describe('@jixiao/demo-data', () => {
  it('exports the generators and data the seeder uses', () => {
    for (const name of [
      'DEMO_DIVISIONS',
      'townshipsOf',
      'villagesOf',
      'generateRoster',
      'generateCountyRosters',
      'DEMO_ROSTER_SIZES',
      'DEMO_SURVEY_TEMPLATE',
      'DEMO_USERS',
      'DEMO_PROJECTS',
      'FIELD_BINDINGS',
    ]) {
      expect(demoData).toHaveProperty(name);
    }
  });
});

/** Runs the end-to-end files in path order with corpus-untouched.test.ts last, whatever their timings. */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LAST = 'corpus-untouched.test.ts';

export class LastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
    return [...sorted.filter((f) => !f.moduleId.endsWith(LAST)), ...sorted.filter((f) => f.moduleId.endsWith(LAST))];
  }
}

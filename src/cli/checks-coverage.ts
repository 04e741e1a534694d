// `node src/cli/checks-coverage.ts [--details]`: checks coverage on the development archive
// (seeds/ plus tests/fixtures/gov/texts built together): every encounter and apprehension claim
// with its verdict (series, period, vintage) or the reason it is not checkable (issue 18).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatCoverage, measureCoverage } from '../pipeline/eval/checks-coverage.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    gov: { type: 'string', default: 'tests/fixtures/gov/texts' },
    details: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const cov = await measureCoverage([path.resolve(values.seeds!), path.resolve(values.gov!)]);
console.log(values.json ? JSON.stringify(cov, null, 2) : formatCoverage(cov, values.details!));

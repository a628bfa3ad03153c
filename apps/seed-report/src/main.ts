import { evaluateForm } from '@jixiao/scoring';
import { SEED_FORMS } from '@jixiao/seed-forms';
import { renderEvaluation } from './render-evaluation.ts';

// Scores every seed filing and prints its table and findings. Later issues make the start
// command run the server and the PWA; this report stays available as `pnpm report`.
const evaluations = SEED_FORMS.map(evaluateForm);
console.log(evaluations.map(renderEvaluation).join('\n\n'));
const findings = evaluations.flatMap((evaluation) => evaluation.findings);
console.log(
  `\n${evaluations.length} 份表格，${findings.length} 条发现（错误 ${findings.filter((f) => f.severity === 'error').length}，` +
    `警告 ${findings.filter((f) => f.severity === 'warning').length}，提示 ${findings.filter((f) => f.severity === 'info').length}）`,
);

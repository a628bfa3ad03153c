/**
 * How a form is written. 'computed' (the default) is the form the system files: completion
 * rates and scores from the evaluation, 执行率 as an =B/A formula, and a 核查意见 sheet. 'filed'
 * reproduces the texts the county printed (its rates, right or wrong) and nothing computed: the
 * form as filed, e.g. to re-issue a transcribed paper form.
 */
export interface FormSheetOptions {
  rates?: 'computed' | 'filed';
}

export function ratesOf(options: FormSheetOptions): 'computed' | 'filed' {
  return options.rates ?? 'computed';
}

// The main run's reporter (spec/helpers/junit-reporter.js) for the nested
// describe blocks of nesting-spec/, in a report of their own:
// out/junit-nesting.xml. useDotNotation is left at its default (true).
// JUNIT_NESTING_VARIANT (set by generate.sh) writes the same specs with other
// options: `separate` (consolidateAll: false, a file per top-level suite:
// out/junit-nesting-separate-<suite>.xml) and `spaces` (useDotNotation:
// false, suites named after their titles joined by spaces:
// out/junit-nesting-spaces.xml).
const { JUnitXmlReporter } = require('jasmine-reporters')

const variant = process.env.JUNIT_NESTING_VARIANT
const options =
  variant === 'separate'
    ? { filePrefix: 'junit-nesting-separate-', consolidateAll: false }
    : variant === 'spaces'
      ? {
          filePrefix: 'junit-nesting-spaces',
          consolidateAll: true,
          useDotNotation: false
        }
      : { filePrefix: 'junit-nesting', consolidateAll: true }

jasmine.getEnv().addReporter(new JUnitXmlReporter({ savePath: 'out', ...options }))

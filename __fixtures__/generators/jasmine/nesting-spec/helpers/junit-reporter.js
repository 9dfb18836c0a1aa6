// The main run's reporter (spec/helpers/junit-reporter.js) for the nested
// describe blocks of nesting-spec/, in a report of their own:
// out/junit-nesting.xml. useDotNotation is left at its default (true).
const { JUnitXmlReporter } = require('jasmine-reporters')

jasmine.getEnv().addReporter(
  new JUnitXmlReporter({
    savePath: 'out',
    filePrefix: 'junit-nesting',
    consolidateAll: true
  })
)

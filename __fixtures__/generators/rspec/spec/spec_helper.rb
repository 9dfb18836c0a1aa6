# Loaded by .rspec. RSPEC_CAPTURE_OUTPUT=1 captures each example's output
# into the metadata rspec_junit_formatter writes as <system-out>/<system-err>
# (its README's recipe); without it, output goes to the console only.
require 'stringio'
Dir[File.join(__dir__, 'support', '*.rb')].sort.each { |f| require f }

RSpec.configure do |config|
  if ENV['RSPEC_CAPTURE_OUTPUT'] == '1'
    config.around(:each) do |example|
      $stdout = StringIO.new
      $stderr = StringIO.new
      begin
        example.run
      ensure
        example.metadata[:stdout] = $stdout.string
        example.metadata[:stderr] = $stderr.string
        $stdout = STDOUT
        $stderr = STDERR
      end
    end
  end
end

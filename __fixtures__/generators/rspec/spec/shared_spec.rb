# frozen_string_literal: true

RSpec.describe 'Book' do
  it_behaves_like 'a priced item', 10
end

RSpec.describe 'Pen' do
  include_examples 'a priced item', 2
end

# Shared examples in their own file: a failure here names this file first,
# then the spec line that included them.
RSpec.shared_examples 'a priced item' do |price|
  it 'BD-137 has a price' do
    expect(price).to be > 0
  end

  it 'BD-138 is taxed' do
    expect(price * 1.2).to eq(price)
  end
end

# frozen_string_literal: true

RSpec.describe 'BD-130 Payments' do
  before(:all) do
    raise 'payment gateway is down'
  end

  it 'charges the card' do
    expect(1).to eq(1)
  end

  it 'refunds' do
    expect(1).to eq(1)
  end
end

RSpec.describe 'Invoices' do
  after(:all) do
    raise 'BD-131 cleanup failed'
  end

  it 'BD-131 issues an invoice' do
    expect(1).to eq(1)
  end

  it 'BD-132 voids an invoice' do
    expect(1).to eq(1)
  end
end

RSpec.describe 'Around hooks' do
  around(:each, :broken_around) do |example|
    example.run
    raise 'the around hook failed after the example'
  end

  it 'BD-133 fails in its around hook', :broken_around do
    expect(1).to eq(1)
  end

  it 'BD-134 passes through its around hook' do
    expect(1).to eq(1)
  end
end

RSpec.describe 'Each hooks' do
  before(:each, :broken_before) do
    raise 'the before hook failed'
  end

  after(:each, :broken_after) do
    expect(:after).to eq(:hook)
  end

  it 'BD-135 fails in its before hook', :broken_before do
    expect(1).to eq(1)
  end

  it 'BD-136 fails in its after hook', :broken_after do
    expect(1).to eq(1)
  end
end

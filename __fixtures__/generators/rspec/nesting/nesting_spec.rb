# Nested describe/context blocks with markers in their descriptions, run on
# their own by generate.sh (rspec-nesting.xml); the other reports do not
# include this folder.
RSpec.describe 'BD-720 outer' do
  it 'passes' do
    expect(1 + 1).to eq(2)
  end

  context 'BD-721 inner' do
    it 'fails' do
      expect('inner').to eq('outer')
    end

    it 'BD-725 BD-726 holds two markers' do
      expect([725]).to eq([726])
    end

    context 'BD-723 deepest' do
      it 'fails at the third level' do
        expect(3).to eq(4)
      end
    end
  end

  describe 'middle' do
    it 'BD-722 own marker' do
      expect('own').to eq('middle')
    end

    it 'plain passes' do
      expect('plain').to match(/\A[a-z]+\z/)
    end
  end
end

RSpec.describe 'plain outer' do
  context '[BD-724] inner' do
    it 'fails' do
      expect(0).to eq(1)
    end

    it 'passes' do
      expect(true).to be(true)
    end
  end
end

RSpec.describe 'BD-727 hooks outer' do
  context 'BD-728 before fails' do
    before { raise 'before hook failed' }

    it 'never runs its body' do
      expect(1).to eq(1)
    end
  end
end

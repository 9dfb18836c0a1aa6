# frozen_string_literal: true

RSpec.describe 'BD-140 User' do
  describe '#name' do
    it 'is capitalised' do
      expect('ada'.capitalize).to eq('Ada')
    end

    it 'is trimmed' do
      expect(' ada '.strip).to eq('ada ')
    end
  end
end

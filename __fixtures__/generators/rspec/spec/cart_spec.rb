# frozen_string_literal: true

RSpec.describe 'Cart' do
  it 'BD-101 adds an item' do
    expect(1 + 1).to eq(2)
  end

  it '[BD-102] totals the prices' do
    expect([1, 2, 3]).to eq([1, 2, 4])
  end

  it 'BD-103 shows the receipt' do
    expect({ total: 10, items: %w[apple pear] }).to eq({ total: 11, items: %w[apple plum] })
  end

  it 'BD-104 prints a multi-line label' do
    expect("line one\nline two\nline three").to eq("line one\nline 2\nline three")
  end

  it 'BD-105 raises the right error' do
    expect { raise ArgumentError, 'bad quantity' }.to raise_error(TypeError, /quantity/)
  end

  it 'BD-106 explodes (an error in the example)' do
    raise 'boom: the cart is gone'
  end

  it 'BD-107 fails in a helper file' do
    CartHelper.explode!(3)
  end

  it 'BD-108 calls a method on nil' do
    nil.upcase
  end

  context 'with a discount' do
    it 'BD-109 applies 10%' do
      expect(100 * 0.9).to eq(90)
    end

    context '[BD-110] twice' do
      it 'applies it twice' do
        expect(100 * 0.9 * 0.9).to eq(80)
      end

      it 'keeps the total positive' do
        expect(100 * 0.9 * 0.9).to be > 0
      end
    end
  end

  describe '<b>Escaping</b> & "quotes" \'single\'' do
    it 'BD-111 renders <script> & "ü" ñ 日本' do
      expect('<a href="x">&amp;</a>').to eq('<b>ü & ñ 日本</b>')
    end
  end

  it 'test_bd112_identifier form passes' do
    expect(true).to be(true)
  end

  it 'BD-113 checks everything at once', :aggregate_failures do
    expect(1).to eq(2)
    expect('apple').to eq('pear')
  end

  it 'BD-114 aggregates in a block' do
    aggregate_failures 'totals' do
      expect(10).to eq(11)
      expect([1]).to be_empty
    end
  end

  it 'BD-115 pending that fails' do
    pending('BD-115 needs tax rules')
    expect(1).to eq(2)
  end

  it 'BD-116 pending that passes' do
    pending('not ready yet')
    expect(1).to eq(1)
  end

  it 'BD-117 skipped with a reason' do
    skip 'no printer here'
  end

  xit 'BD-118 xit without a reason' do
    expect(1).to eq(2)
  end

  it 'BD-119 skipped by metadata', skip: 'flaky on CI' do
    expect(1).to eq(2)
  end

  it 'BD-120 has no body yet'

  it 'BD-121 prints output and fails' do
    puts 'hello from stdout <&>'
    warn 'hello from stderr'
    expect(1).to eq(2)
  end

  [[1, 2], [2, 4], [3, 7]].each do |n, doubled|
    it "BD-122 doubles #{n} to #{doubled}" do
      expect(n * 2).to eq(doubled)
    end
  end

  describe 'let!' do
    let!(:order) { raise 'the order could not be built' }

    it 'BD-123 uses the order' do
      expect(order).to be_nil
    end
  end

  it 'BD-124 fails with a custom message' do
    expect(2).to eq(3), "the total should be 3\nbut the cart said 2"
  end

  it 'BD-125 expects something truthy' do
    expect(nil).to be_truthy
  end

  it 'BD-126 expects an element' do
    expect([1, 2]).to include(3)
  end

  it 'BD-127 fails explicitly' do
    fail 'explicit failure'
  end

  it 'BD-128 charges the gateway' do
    gateway = double('gateway')
    expect(gateway).to receive(:charge).with(5)
    gateway.charge(6)
  end

  it 'BD-129 expects no error' do
    expect { Integer('x') }.not_to raise_error
  end
end

class OutOfStock < Exception
end

class Cart
  getter items = [] of {String, Int32}

  def add(name : String, price : Int32)
    raise OutOfStock.new("no #{name} left") if name == "plums"
    @items << {name, price}
  end

  def total
    @items.sum { |item| item[1] }
  end
end

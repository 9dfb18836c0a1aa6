# Hooks fail ON PURPOSE on tagged scenarios.
Before('@before_fails') do
  raise 'Before hook: database seed failed'
end

After('@after_fails') do
  raise 'After hook: cleanup failed'
end

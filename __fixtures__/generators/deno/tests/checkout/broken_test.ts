// A test module that throws while loading: deno reports an uncaught error for
// the whole file, and none of its tests run.
Deno.test('BD-13 never runs', () => {})

throw new Error('module failed to load: database is down')

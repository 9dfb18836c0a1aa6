// An integration test binary: cargo runs it as a second test executable.

#[test]
fn test_bd11_integration_passes() {
    assert_eq!(bd_shop::add(2, 3), 5);
}

#[test]
fn test_bd16_integration_fails() {
    assert_ne!(bd_shop::add(2, 3), 5, "integration\nfailed");
}

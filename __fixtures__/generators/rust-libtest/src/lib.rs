//! Tests for the libtest `--format junit` fixture. Some fail ON PURPOSE.

/// Adds two numbers.
///
/// ```
/// // BD-20 doctest passes
/// assert_eq!(bd_shop::add(1, 1), 2);
/// ```
///
/// ```
/// // BD-21 doctest fails
/// assert_eq!(bd_shop::add(1, 1), 3);
/// ```
pub fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bd_1_user_can_log_in() {
        println!("logging in as alice");
        assert_eq!(add(1, 1), 2);
    }

    #[test]
    fn test_bd2_cart_total_is_wrong() {
        println!("cart has 3 items");
        eprintln!("warning: price list is stale");
        assert_eq!(add(20, 21), 42, "cart total\nsecond line of the message");
    }

    #[test]
    fn test_bd3_crashes_with_an_error() {
        let v: Vec<i32> = Vec::new();
        let _ = v[3];
    }

    #[test]
    #[ignore = "BD-4 feature not ready"]
    fn test_bd4_skipped_feature() {
        panic!("never runs");
    }

    #[test]
    #[ignore]
    fn test_bd12_ignored_without_reason() {}

    #[test]
    #[should_panic(expected = "out of stock")]
    fn test_bd13_should_panic_passes() {
        panic!("item is out of stock");
    }

    #[test]
    #[should_panic(expected = "out of stock")]
    fn test_bd14_should_panic_but_does_not() {}

    macro_rules! adds {
        ($($name:ident: $a:expr, $b:expr, $sum:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(add($a, $b), $sum);
            }
        )*};
    }
    adds! {
        test_bd6_adds_1_1: 1, 1, 2;
        test_bd6_adds_2_2: 2, 2, 4;
        test_bd6_adds_3_3: 3, 3, 7;
    }

    #[test]
    fn test_bd7_bd8_shared_flow() {}

    #[test]
    fn helper_works() {}

    #[test]
    fn test_bd9_hostile_text() {
        println!("<b>output</b> & &amp; ]]> \u{1b}[31mred\u{1b}[0m ünïcödé");
        panic!("expected <img src=x onerror=alert(1)> & \"quotes\" &amp; ]]> ünïcödé 🚀\nline two <script>alert(1)</script>");
    }

    fn level3() -> Result<(), String> {
        Err("too deep".to_string())
    }

    #[test]
    fn test_bd10_returns_err() -> Result<(), String> {
        level3()
    }

    mod checkout {
        #[test]
        fn test_bd5_applies_coupon() {}

        mod shipping {
            #[test]
            fn test_bd5_computes_shipping() {}

            #[test]
            fn test_bd15_free_over_100() {
                assert!(5 == 0, "shipping was {}", 5);
            }
        }
    }
}

;; Fixture suite for the QA Sphere JUnit upload action (clojure.test.junit).
;; Several tests FAIL ON PURPOSE; see __fixtures__/reports/clojure-test/README.md.
(ns shop.cart-test
  (:require [clojure.test :refer [deftest is testing use-fixtures]]))

(defn total [items]
  (reduce + (map (fn [{:keys [price qty]}] (* price qty)) items)))

(defn apply-coupon [cart code]
  (if (= code "SAVE10")
    (assoc cart :discount 10)
    (throw (ex-info (str "unknown coupon: " code) {:code code}))))

(deftest bd-260-adds-item
  (is (= 6 (total [{:price 3 :qty 2}]))))

(deftest BD-261-total-is-wrong
  (is (= 8 (total [{:price 3 :qty 2} {:price 1 :qty 1}]))))

(deftest test-bd262-several-assertions
  (is (= 1 1))
  (is (= 2 3) "first failing is")
  (is (= 4 5) "second failing is"))

(deftest cart-discounts
  (testing "BD-263 coupon applies"
    (is (= 10 (:discount (apply-coupon {} "SAVE10")))))
  (testing "BD-264 coupon <b> & \"quotes\" 'single'"
    (is (= "<b>&" "<i>&") "markup <b> & \"q\" differs")))

(deftest BD-265-throws-an-exception
  (apply-coupon {} "FREE"))

(deftest BD-266-thrown-as-expected
  (is (thrown? clojure.lang.ExceptionInfo (apply-coupon {} "FREE"))))

(deftest BD-267-thrown-missing
  (is (thrown? ArithmeticException (+ 1 1))))

(deftest BD-268-thrown-with-msg
  (is (thrown-with-msg? clojure.lang.ExceptionInfo #"expired" (apply-coupon {} "FREE"))))

(deftest BD-269-writes-output
  (println "stdout line from BD-269")
  (binding [*out* *err*] (println "stderr line from BD-269"))
  (is (= 1 1)))

(deftest BD-270-output-then-fail
  (println "cart debug: 2 items")
  (is (nil? (total [{:price 1 :qty 1}])) "cart should be empty"))

(deftest BD-271-unicode
  (is (= "é€✓ ]]>" "e") "unicode é€✓ ]]> mismatch"))

(deftest BD-272-no-assertions)

(deftest BD-273-predicate-fails
  (is (empty? [:apple]))
  (is (pos? -1) "quantity must be positive"))

(deftest BD-274-error-inside-is
  (is (= 1 (/ 1 0))))

(deftest BD-275-nested-testing
  (testing "checkout"
    (testing "BD-276 shipping"
      (is (= 10 (+ 5 6)) "shipping"))))

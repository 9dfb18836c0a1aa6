-- tasty tests of a cart, reported by tasty-ant-xml (--xml=FILE). Markers
-- BD-231..BD-260 in test and group names. Some tests fail ON PURPOSE.
module Main (main) where

import Control.Concurrent (threadDelay)
import Control.Exception (ArithException (..), throwIO)
import System.IO (hPutStrLn, stderr)
import Test.Tasty
import Test.Tasty.ExpectedFailure (expectFail, expectFailBecause, ignoreTest)
import Test.Tasty.HUnit
import Test.Tasty.QuickCheck
import Test.Tasty.Runners.AntXML (antXMLRunner)

cartTotal :: [Int] -> Int
cartTotal = sum

main :: IO ()
main = defaultMainWithIngredients (antXMLRunner : defaultIngredients) tests

tests :: TestTree
tests =
  testGroup
    "cart"
    [ testGroup
        "totals"
        [ testCase "BD-231 adds item" $ cartTotal [1, 2] @?= 3,
          testCase "[BD-232] total is wrong" $ cartTotal [1, 2] @?= 4,
          testCase "BD-233 assertFailure with <b> & \"quotes\" 'x'" $
            assertFailure "first line of the message\nsecond line: <b> & \"q\" 'x'",
          testCase "BD-234 assertBool" $ assertBool "the cart should be empty" (cartTotal [1] == 0),
          testCase "BD-235 unicode é€✓ in name" $ "h\233llo" @?= "héllo ✓",
          testCase "test_bd236_identifier_form" $ cartTotal [] @?= 0
        ],
      testGroup
        "BD-237 errors"
        [ testCase "error call" $ (error "boom: <&> went wrong" :: IO ()),
          testCase "head of empty list" $ (head ([] :: [Int]) @?= 1),
          testCase "throws ArithException" $ (throwIO DivideByZero :: IO ())
        ],
      testGroup
        "properties"
        [ testProperty "BD-238 reverse twice is identity" $ \xs -> reverse (reverse xs) == (xs :: [Int]),
          testProperty "BD-239 sum is always small" $ \xs -> cartTotal xs < (10 :: Int),
          testProperty "BD-240 counterexample text" $ \x ->
            counterexample ("x was " ++ show x ++ " <&>") (x < (5 :: Int)),
          testProperty "BD-241 property throws" $ \x -> (if x > (3 :: Int) then error "too big" else True),
          localOption (QuickCheckTests 500) $ testProperty "BD-242 500 tests pass" $ \x -> x + 0 == (x :: Int)
        ],
      testGroup
        "expected failures"
        [ expectFail $ testCase "BD-243 fails as expected" $ cartTotal [1] @?= 2,
          expectFail $ testCase "BD-244 passes unexpectedly" $ cartTotal [1] @?= 1,
          expectFailBecause "issue #12" $ testCase "BD-245 known bug" $ assertFailure "still broken",
          ignoreTest $ testCase "BD-246 ignored" $ assertFailure "never runs"
        ],
      testGroup
        "timeouts"
        [ localOption (mkTimeout 100000) $ testCase "BD-247 times out" $ threadDelay 2000000,
          localOption (mkTimeout 1000000) $ testCase "BD-248 finishes in time" $ threadDelay 1000
        ],
      testGroup
        "output"
        [ testCase "BD-249 prints" $ do
            putStrLn "to stdout: ok"
            hPutStrLn stderr "to stderr: careful"
            cartTotal [1] @?= 1,
          testCaseSteps "BD-250 steps" $ \step -> do
            step "first step"
            cartTotal [1] @?= 1
            step "second step"
            cartTotal [2] @?= 3
        ],
      testGroup
        "dependencies"
        [ testCase "BD-251 prepares" $ assertFailure "could not prepare",
          after AllSucceed "BD-251" $ testCase "BD-252 needs the preparation" $ cartTotal [1] @?= 1
        ],
      testGroup
        "BD-253 outer"
        [ testGroup
            "middle"
            [ testGroup
                "inner"
                [ testCase "deep pass" $ cartTotal [1] @?= 1,
                  testCase "deep fail" $ cartTotal [1] @?= 5
                ]
            ]
        ]
    ]

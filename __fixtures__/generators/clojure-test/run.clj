;; Runs clojure.test namespaces with clojure.test.junit's with-junit-output:
;;   clojure -M run.clj FILE NS...   writes the XML to FILE
;;   clojure -M run.clj - NS...      writes it to standard output (as `… > junit.xml`)
;; and clojure.test's counts to standard error.
(require '[clojure.test :as t] '[clojure.test.junit :as junit] '[clojure.java.io :as io])
(let [[file & names] *command-line-args*
      namespaces (map symbol names)
      _ (apply require namespaces)
      run #(junit/with-junit-output (apply t/run-tests namespaces))
      result (if (= file "-")
               (run)
               (with-open [w (io/writer file)]
                 (binding [t/*test-out* w] (run))))]
  (binding [*out* *err*]
    (println "clojure.test counts:" (select-keys result [:test :pass :fail :error])))
  (shutdown-agents))

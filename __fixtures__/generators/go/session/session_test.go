// Package session: an unrecovered panic. It aborts the whole test binary, so
// every later test of this package never runs (and is absent from reports).
package session

import "testing"

type store struct{ data map[string]string }

func (s *store) save(k, v string) { s.data[k] = v } // nil map: panics

func TestBd3SessionIsStored(t *testing.T) {
	var s store
	s.save("sid", "abc123")
	if s.data["sid"] != "abc123" {
		t.Fatal("session not stored")
	}
}

func TestNeverRunsBecauseOfPanic(t *testing.T) {}

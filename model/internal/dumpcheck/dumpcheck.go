// Package dumpcheck settles the opt-in dump tests that guard refactors of
// the classifier which must not change what it computes (model's golden
// dump, flow's and pytoken's state dumps): compare a dump with one an
// earlier run wrote, and write it for a later run. It is for tests only and
// imports nothing of pytriage.
package dumpcheck

import (
	"os"
	"strings"
	"testing"
)

// maxReported caps the differing lines a failure lists.
const maxReported = 20

// Settle fails t where got differs from the dump in file check (if check
// is set), listing the first differing lines, and writes got to file out
// (if out is set).
func Settle(t testing.TB, got, check, out string) {
	t.Helper()
	if check != "" {
		want, err := os.ReadFile(check)
		if err != nil {
			t.Fatal(err)
		}
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		bad := 0
		for i := 0; i < len(gl) && i < len(wl) && bad < maxReported; i++ {
			if gl[i] != wl[i] {
				t.Errorf("differs from %s at line %d:\n got: %s\nwant: %s", check, i+1, gl[i], wl[i])
				bad++
			}
		}
		if len(gl) != len(wl) {
			t.Errorf("%d lines, %s has %d", len(gl), check, len(wl))
		}
		if t.Failed() {
			t.FailNow()
		}
	}
	if out != "" {
		if err := os.WriteFile(out, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

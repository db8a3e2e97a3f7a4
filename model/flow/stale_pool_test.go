package flow

import (
	"strings"
	"testing"

	"github.com/pytriage/pytriage/model/pytoken"
)

// TestReusedSlicesHoldNoStaleTokens: after a big script is released, a
// smaller Build that takes its pooled Toks, Comments and Strings leaves no
// element of the big script anywhere in their backing arrays (past its own
// length everything is zero), and reads only its own tokens.
func TestReusedSlicesHoldNoStaleTokens(t *testing.T) {
	bigSrc := strings.Repeat("import os  # old comment\nOLD = 'old' + \"er\"\nos.system(OLD)\n", 300)
	cases := []struct{ name, src string }{
		{"smaller", "x = 'new'  # new\nprint(x)\n"},
		{"no comments", "y = 1\n"},
		{"no strings", "z = f(1)  # c\n"},
		{"f-string fields", "w = f\"{a('s')}\"  # c\n"},
		{"empty", ""},
		{"same size", bigSrc},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			old := Build(pytoken.Tokenize([]byte(bigSrc)), nil)
			oldToks, oldComments, oldStrs := old.Toks[:cap(old.Toks)], old.Comments[:cap(old.Comments)], old.Strings[:cap(old.Strings)]
			old.Release()

			want := dumpFresh(tc.src)
			p := Build(pytoken.Tokenize([]byte(tc.src)), nil)
			var got strings.Builder
			dumpProgram(&got, p)
			if got.String() != want {
				t.Fatalf("Build on reused slices:\n%s\nwant:\n%s", got.String(), want)
			}
			checkZeroTail(t, "Toks", p.Toks)
			checkZeroTail(t, "Comments", p.Comments)
			checkZeroTail(t, "Strings", p.Strings)
			// The old backing arrays, whether or not this Build took them,
			// hold only this script's elements or zeros once it took them.
			if sameArray(p.Toks, oldToks) {
				checkOnly(t, "Toks", oldToks, len(p.Toks))
			}
			if sameArray(p.Comments, oldComments) {
				checkOnly(t, "Comments", oldComments, len(p.Comments))
			}
			if sameArray(p.Strings, oldStrs) {
				checkOnly(t, "Strings", oldStrs, len(p.Strings))
			}
			for _, tok := range append(append([]Tok{}, p.Toks...), p.Comments...) {
				if !strings.Contains(tc.src, "old") && strings.Contains(strings.ToLower(tok.Text), "old") {
					t.Fatalf("token %q of the old script", tok.Text)
				}
			}
			nComments, nStrs := len(p.Comments), len(p.Strings)
			p.Release()
			// A Build that needed no Comments or Strings scrubbed the
			// kept ones all the same.
			if nComments == 0 {
				checkOnly(t, "Comments", oldComments, 0)
			}
			if nStrs == 0 {
				checkOnly(t, "Strings", oldStrs, 0)
			}
		})
	}
}

// dumpFresh dumps src built on memory no other script used.
func dumpFresh(src string) string {
	toks, comments, strs := drain(&tokPool), drain(&commentPool), drain(&strPool)
	defer func() { refill(&tokPool, toks); refill(&commentPool, comments); refill(&strPool, strs) }()
	var b strings.Builder
	p := Build(pytoken.Tokenize([]byte(src)), nil)
	dumpProgram(&b, p)
	return b.String() // p is not released: its slices stay out of the pools
}

func drain[T any](s *staleSlices[T]) [][]T {
	var out [][]T
	for {
		v, ok := s.l.Get()
		if !ok {
			return out
		}
		out = append(out, v)
	}
}

// refill puts back what drain took, in the order it was kept.
func refill[T any](s *staleSlices[T], vs [][]T) {
	for k := len(vs) - 1; k >= 0; k-- {
		s.l.Put(vs[k])
	}
}

func sameArray[T any](a, b []T) bool {
	return cap(a) > 0 && cap(b) > 0 && &a[:1][0] == &b[:1][0]
}

// checkZeroTail: the elements of v past its length are zero.
func checkZeroTail[T comparable](t *testing.T, what string, v []T) {
	t.Helper()
	checkOnly(t, what, v[:cap(v)], len(v))
}

// checkOnly: full[n:] is all zero.
func checkOnly[T comparable](t *testing.T, what string, full []T, n int) {
	t.Helper()
	var zero T
	for i := n; i < len(full); i++ {
		if full[i] != zero {
			t.Fatalf("%s[%d] past the length %d is %v, want zero", what, i, n, full[i])
		}
	}
}

package pytoken

import (
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// checkPrescan compares scanTricks with the reference trick pass
// (referenceTricks) over the same line starts, and the line starts and
// tricks of a whole tokenization with naiveLineStarts and the reference.
func checkPrescan(t *testing.T, text string) {
	t.Helper()
	got := &Result{Text: text, LineStarts: naiveLineStarts(text)}
	scanTricks(got)
	want := &Result{Text: text, LineStarts: naiveLineStarts(text)}
	referenceTricks(want)
	if !reflect.DeepEqual(got.Tricks, want.Tricks) || got.Flags != want.Flags {
		t.Fatalf("%q: tricks %+v %+v, want %+v %+v", text, got.Tricks, got.Flags, want.Tricks, want.Flags)
	}
	high := 0
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			high++
		}
	}
	if got.HighBytes != high {
		t.Fatalf("%q: HighBytes %d, want %d", text, got.HighBytes, high)
	}
	res := TokenizeText(text)
	if !slices.Equal(res.LineStarts, want.LineStarts) {
		t.Fatalf("%q: line starts %v, want %v", text, res.LineStarts, want.LineStarts)
	}
	if !reflect.DeepEqual(res.Tricks, want.Tricks) || res.HighBytes != high {
		t.Fatalf("%q: tokenizer tricks %+v (%d high bytes), want %+v", text, res.Tricks, res.HighBytes, want.Tricks)
	}
}

// TestPrescanMatchesReference: every byte value at every position of a
// word, CR/LF pairs across word edges, random texts biased towards the
// edges of the quiet range, and the trick cap.
func TestPrescanMatchesReference(t *testing.T) {
	base := []byte("abcdefghijklmnopqrstuvwx")
	for c := 0; c < 256; c++ {
		for pos := 0; pos < len(base); pos++ {
			b := append([]byte{}, base...)
			b[pos] = byte(c)
			for start := 0; start < 3; start++ {
				checkPrescan(t, string(b[start:]))
				checkPrescan(t, string(b[min(start, pos):pos+1]))
			}
		}
	}
	for pad := 0; pad < 17; pad++ {
		for _, term := range []string{"\n", "\r\n", "\r", "\n\n", "\r\r\n", "\n\r"} {
			checkPrescan(t, strings.Repeat("x", pad)+term+"y")
			checkPrescan(t, strings.Repeat("x", pad)+term)
		}
	}
	edges := []byte{0x00, 0x09, 0x0a, 0x0a, 0x0d, 0x0d, 0x1f, 0x20, 0x21, 0x7e, 0x7f, 0x80, 0x85, 0x9f, 0xa0,
		0xc2, 0xdf, 0xe0, 0xe2, 0xff, 'a', 'z', ' '}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 50000; n++ {
		b := make([]byte, rng.Intn(40))
		for i := range b {
			if rng.Intn(8) == 0 {
				b[i] = edges[rng.Intn(len(edges))]
			} else {
				b[i] = byte(0x20 + rng.Intn(0x5f))
			}
		}
		checkPrescan(t, string(b))
	}
	checkPrescan(t, strings.Repeat("\u200b\n", maxTricks+5))
	checkPrescan(t, strings.Repeat("\xff\r", maxTricks)+"\u200b\xff\xfe\r")
}

func FuzzPrescan(f *testing.F) {
	f.Add("a\nb\r\nc\rd\n\n\u200b\x7f\xff")
	f.Add("12345678\n1234567\n\x0a\x8a\x0b")
	f.Fuzz(func(t *testing.T, s string) { checkPrescan(t, s) })
}

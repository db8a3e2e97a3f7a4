package pytoken

import (
	"math/rand"
	"testing"
)

// TestKeywordAt: the hashed look-up agrees with isKeyword on every keyword,
// near misses of them, and random names, at the end of the text and not.
func TestKeywordAt(t *testing.T) {
	var names []string
	for _, k := range keywords {
		names = append(names, k, k[:len(k)-1], k+"x", "x"+k, k[1:])
		if !isKeyword(k) {
			t.Fatalf("%s missing from isKeyword", k)
		}
	}
	rng := rand.New(rand.NewSource(1))
	const letters = "abcdefghijklmnopqrstuvwxyzFNT_0"
	for range 100000 {
		b := make([]byte, 1+rng.Intn(10))
		for i := range b {
			b[i] = letters[rng.Intn(len(letters))]
		}
		names = append(names, string(b))
	}
	for _, name := range names {
		want := isKeyword(name)
		for _, text := range []string{name, name + " = 1", "(" + name + ")\n" + "        "} {
			start := 0
			if text[0] == '(' {
				start = 1
			}
			if got := keywordAt(text, start, start+len(name)); got != want {
				t.Fatalf("keywordAt(%q in %q) = %v, want %v", name, text, got, want)
			}
		}
	}
}

// TestNameAt: nameAt agrees with identSpan and isKeyword for names of every
// length around eight bytes, followed by every kind of byte, and near the
// end of the text (where it cannot read a whole word).
func TestNameAt(t *testing.T) {
	var names []string
	for _, k := range keywords {
		names = append(names, k, k[:len(k)-1], k+"x", "x"+k, k+"_1")
	}
	for n := 1; n <= 17; n++ {
		names = append(names, "abcdefghijklmnopq"[:n], "_0123456789abcdef"[:n])
	}
	for _, name := range names {
		for _, next := range []string{"", " ", "(", ".", "\n", "'", "é", "\xff", "\x00", "#", "0x"} {
			for _, pad := range []string{"", "        "} {
				text := name + next + pad
				end, kw := nameAt(text, 0)
				if want := identSpan(text, 1); end != want {
					t.Fatalf("nameAt(%q) end %d, want %d", text, end, want)
				}
				if want := isKeyword(text[:end]); kw != want {
					t.Fatalf("nameAt(%q) keyword %v, want %v", text, kw, want)
				}
			}
		}
	}
}

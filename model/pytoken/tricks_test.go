package pytoken

import (
	"strings"
	"testing"
)

func TestTricksAtEveryAlignment(t *testing.T) {
	for pad := 0; pad < 17; pad++ {
		src := strings.Repeat("x", pad) + "\x7f" + strings.Repeat("y", 9) + "\u200b"
		res := Tokenize([]byte(src))
		if len(res.Tricks) != 2 || res.Tricks[0].Offset != pad || res.Tricks[1].Kind != TrickInvisible {
			t.Fatalf("pad %d: tricks %+v", pad, res.Tricks)
		}
	}
}

func TestTricksCapped(t *testing.T) {
	res := Tokenize([]byte(strings.Repeat("\u200b", maxTricks+5)))
	if len(res.Tricks) != maxTricks || !res.Flags.TricksCapped {
		t.Errorf("tricks %d capped %v", len(res.Tricks), res.Flags.TricksCapped)
	}
}

// TestPlainRune: the fast path of trickKind never hides a trick.
func TestPlainRune(t *testing.T) {
	for r := rune(0x80); r <= 0x10ffff; r++ {
		if plainRune(r) && classifyTrick(r) != "" {
			t.Fatalf("plainRune(%U) but it is a %s trick", r, classifyTrick(r))
		}
	}
}

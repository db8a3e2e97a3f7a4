package safe

import (
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain ascii", "python3 /app/run.py", "python3 /app/run.py"},
		{"empty", "", ""},
		{"graphic unicode kept", "héllo 世界 ✓", "héllo 世界 ✓"},
		{"OSC 52 clipboard BEL", "a\x1b]52;c;ZWNobyBwd24=\x07b", "a␛]52;c;ZWNobyBwd24=␇b"},
		{"OSC 52 clipboard ST", "\x1b]52;c;ZWNobw==\x1b\\x", "␛]52;c;ZWNobw==␛\\x"},
		{"OSC 0 title", "\x1b]0;pwned\x07ok", "␛]0;pwned␇ok"},
		{"OSC 8 link", "\x1b]8;;https://203.0.113.9/x\x1b\\click\x1b]8;;\x1b\\",
			"␛]8;;https://203.0.113.9/x␛\\click␛]8;;␛\\"},
		{"CSI erase", "x\x1b[2Jy", "x␛[2Jy"},
		{"CSI cursor", "\x1b[1;1HGOOD", "␛[1;1HGOOD"},
		{"SGR green verdict", "\x1b[32mVERDICT: BENIGN\x1b[0m", "␛[32mVERDICT: BENIGN␛[0m"},
		{"SGR conceal", "\x1b[8mhidden", "␛[8mhidden"},
		{"DCS DECRQSS", "\x1bP$qm\x1b\\", "␛P$qm␛\\"},
		{"APC kitty", "\x1b_Gf=100;AAAA\x1b\\", "␛_Gf=100;AAAA␛\\"},
		{"PM", "\x1b^private\x1b\\", "␛^private␛\\"},
		{"SOS", "\x1bXstart of string\x1b\\", "␛Xstart of string␛\\"},
		{"C1 CSI", "a\u009b2Jb", "a⟨U+009B CSI⟩2Jb"},
		{"C1 OSC with C1 ST", "\u009d0;t\u009cz", "⟨U+009D OSC⟩0;t⟨U+009C ST⟩z"},
		{"C1 NEL", "a\u0085b", "a⟨U+0085 NEL⟩b"},
		{"unterminated OSC", "\x1b]0;title never ends", "␛]0;title never ends"},
		{"unterminated OSC then control", "\x1b]0;t\x00rest", "␛]0;t␀rest"},
		{"unterminated OSC capped", "\x1b]" + strings.Repeat("A", 300), "␛]" + strings.Repeat("A", 300)},
		{"unterminated OSC ESC", "\x1b]0;t\x1b[1mX", "␛]0;t␛[1mX"},
		{"RIS", "\x1bc", "␛c"},
		{"DECALN", "\x1b#8", "␛#8"},
		{"charset", "\x1b(0", "␛(0"},
		{"lone ESC at end", "a\x1b", "a␛"},
		{"tmux passthrough", "\x1bPtmux;\x1b\x1b]52;c;eA==\x07\x1b\\",
			"␛Ptmux;␛␛]52;c;eA==␇␛\\"},
		{"A CR B", "A\rB", "A␍B"},
		{"CRLF", "A\r\nB", "A␍␊B"},
		{"LF", "A\nB", "A␊B"},
		{"tab", "a\tb", "a␉b"},
		{"NUL BEL BS VT FF", "\x00\x07\x08\x0b\x0c", "␀␇␈␋␌"},
		{"DEL", "a\x7fb", "a␡b"},
		{"SO SI", "\x0e\x0f", "␎␏"},
		{"bidi RLO PDF", "x\u202eevil\u202cy", "x⟨U+202E RLO⟩evil⟨U+202C PDF⟩y"},
		{"bidi isolates", "\u2066\u2067\u2068\u2069", "⟨U+2066 LRI⟩⟨U+2067 RLI⟩⟨U+2068 FSI⟩⟨U+2069 PDI⟩"},
		{"ALM LRM RLM", "\u061c\u200e\u200f", "⟨U+061C ALM⟩⟨U+200E LRM⟩⟨U+200F RLM⟩"},
		{"ZWSP ZWJ WJ", "e\u200bx\u200de\u2060c", "e⟨U+200B ZWSP⟩x⟨U+200D ZWJ⟩e⟨U+2060 WJ⟩c"},
		{"invisible operators", "\u2061\u2064", "⟨U+2061 FUNCTION APPLICATION⟩⟨U+2064 INVISIBLE PLUS⟩"},
		{"BOM", "\ufeffimport os", "⟨U+FEFF BOM/ZWNBSP⟩import os"},
		{"Hangul fillers", "\u3164=\u115f\u1160\uffa0", "⟨U+3164 HANGUL FILLER⟩=⟨U+115F HANGUL CHOSEONG FILLER⟩⟨U+1160 HANGUL JUNGSEONG FILLER⟩⟨U+FFA0 HALFWIDTH HANGUL FILLER⟩"},
		{"CGJ SHY", "a\u034fb\u00adc", "a⟨U+034F CGJ⟩b⟨U+00AD SHY⟩c"},
		{"variation selectors", "\u2764\ufe0f\U000E0100", "❤⟨U+FE0F VS16⟩⟨U+E0100 VS17⟩"},
		{"tag characters", "\U000E0001\U000E0065\U000E0020\U000E007F", "⟨U+E0001 LANGUAGE TAG⟩⟨U+E0065 TAG e⟩⟨U+E0020 TAG SPACE⟩⟨U+E007F CANCEL TAG⟩"},
		{"odd spaces", "a\u00a0b\u2003c\u202fd\u205fe\u3000f", "a⟨U+00A0 NBSP⟩b⟨U+2003 EMSP⟩c⟨U+202F NNBSP⟩d⟨U+205F MMSP⟩e⟨U+3000 IDSP⟩f"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a⟨U+2028 LSEP⟩b⟨U+2029 PSEP⟩c"},
		{"private use", "\ue000", "⟨U+E000⟩"},
		{"noncharacter", "\uffff", "⟨U+FFFF⟩"},
		{"invalid utf8", "a\xffb\xc3", `a\xffb\xc3`},
		{"surrogate bytes", "\xed\xa0\x80", `\xed\xa0\x80`},
		{"raw C1 byte is invalid utf8", "\x9b2J", `\x9b2J`},
		{"replacement char kept", "\ufffd", "\ufffd"},
		{"combining mark kept", "e\u0301", "e\u0301"},
		{"mark after token is a token", "\x00\u0338", "␀⟨U+0338⟩"},
		{"spacing mark after token", "\u09c6\u09c7", "⟨U+09C6⟩⟨U+09C7⟩"},
		{"leading mark", "\u0301x", "⟨U+0301⟩x"},
		{"prepend letter", "\u0d4e", "⟨U+0D4E⟩"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Escape(tt.in); got != tt.want {
				t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEscapeMultiline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"LF kept", "a\nb\n", "a\nb\n"},
		{"CRLF marked", "a\r\nb", "a␍␊\nb"},
		{"lone CR ends line as in CPython", "print(1) #\revil()", "print(1) #␍\nevil()"},
		{"tab stops", "\tx\n ab\tc", "        x\n ab     c"},
		{"tab after wide rune", "世\tx", "世      x"},
		{"tab after token", "\x00\tx", "␀       x"},
		{"ESC still escaped", "a\x1b[2J\nb", "a␛[2J\nb"},
		{"U+2028 is not a break", "a\u2028b", "a⟨U+2028 LSEP⟩b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := EscapeMultiline(tt.in); got != tt.want {
				t.Errorf("EscapeMultiline(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// Distinct inputs of each class must give distinct tokens, so the analyst
// can tell them apart.
func TestTokensDistinct(t *testing.T) {
	seen := map[string]rune{}
	var rs []rune
	for r := rune(0); r < 0x20; r++ {
		if r != '\n' && r != '\r' && r != '\t' && r != 0x1B {
			rs = append(rs, r)
		}
	}
	rs = append(rs, 0x7F)
	for r := rune(0x80); r < 0xA0; r++ {
		rs = append(rs, r)
	}
	rs = append(rs, 0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B,
		0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x2060, 0xFEFF, 0x3164, 0x00A0, 0x00AD)
	for _, r := range rs {
		got := Escape(string(r) + "!") // "!" ends any C1 sequence body
		got = strings.TrimSuffix(got, "!")
		if prev, dup := seen[got]; dup {
			t.Errorf("U+%04X and U+%04X both escape to %q", prev, r, got)
		}
		seen[got] = r
	}
}

func TestSegments(t *testing.T) {
	got := Segments("ok\x1b[31mred\u202e⟨U+202E RLO⟩", false)
	want := []Segment{
		{"ok", false}, {"␛[31m", true}, {"red", false},
		{"⟨U+202E RLO⟩", true}, {"⟨U+202E RLO⟩", false},
	}
	if len(got) != len(want) {
		t.Fatalf("Segments = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("segment %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"abcdef", 10, "abcdef"},
		{"abcdef", 6, "abcdef"},
		{"abcdef", 3, "abc…(+3 bytes)"},
		{"世界世界", 1, "世…(+9 bytes)"},
		{"a\xff\xfeb", 2, "a\xff…(+2 bytes)"},
		{"abc", -1, "…(+3 bytes)"},
	}
	for _, tt := range tests {
		if got := Truncate(tt.in, tt.n); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

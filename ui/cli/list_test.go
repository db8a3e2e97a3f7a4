package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestListGolden(t *testing.T) {
	for _, tt := range []struct{ golden, flag string }{
		{"list.golden", ""},
		{"list_json.golden", "--json"},
	} {
		args := []string{"list"}
		if tt.flag != "" {
			args = append(args, tt.flag)
		}
		args = append(args, "testdata/good.jsonl", "testdata/hostile.json")
		code, out, errs := run(t, "", args...)
		if code != 0 || errs != "" {
			t.Fatalf("%v: exit %d, stderr %s", args, code, errs)
		}
		golden(t, tt.golden, out)
	}
}

// assertTerminalSafe fails when s holds anything a terminal would act on
// or hide: C0 other than LF and tab, DEL, C1, bidi controls, format
// characters, invalid UTF-8.
func assertTerminalSafe(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s: invalid UTF-8: %q", what, s)
	}
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7F && r < 0xA0 ||
			unicode.In(r, unicode.Bidi_Control, unicode.Cf, unicode.Zl, unicode.Zp) {
			t.Errorf("%s: unsafe rune U+%04X in output:\n%q", what, r, s)
			return
		}
	}
}

func TestListHostileFieldsStayInert(t *testing.T) {
	for _, args := range [][]string{
		{"list", "testdata/hostile.json"},
		{"list", "--json", "testdata/hostile.json"},
		{"testdata/hostile.json"},
		{"list", "testdata/no-such-\x1b]0;title\x07-\u202e.json"}, // a hostile file name in an error
		{"list", "-"},
	} {
		code, out, errs := run(t, "{\"finding\": {\"name\": \"x\x1b[2J\u009b\"", args...)
		assertTerminalSafe(t, strings.Join(args, " ")+" stdout", out)
		assertTerminalSafe(t, strings.Join(args, " ")+" stderr", errs)
		shown := "␛"
		if len(args) > 1 && args[1] == "--json" {
			shown = `\u001b`
		}
		if code == 0 && !strings.Contains(out, shown) {
			t.Errorf("%v: hostile ESC not shown as a token:\n%s", args, out)
		}
	}
}

// --json output is ASCII, and decodes back to the raw finding text.
func TestListJSONRoundTrip(t *testing.T) {
	code, out, _ := run(t, "", "list", "--json", "testdata/hostile.json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for i := 0; i < len(out); i++ {
		if c := out[i]; c != '\n' && (c < 0x20 || c >= 0x7F) {
			t.Fatalf("non-ASCII byte 0x%02x at %d", c, i)
		}
	}
	var row map[string]string
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &row); err != nil {
		t.Fatal(err)
	}
	if want := "Execution: Malicious Python executed\x1b[2J\x1b]52;c;ZWNobyBwd24=\x07"; row["category"] != want {
		t.Errorf("category = %q, want %q", row["category"], want)
	}
	if !strings.Contains(row["script"], "\u202e") || row["integrity"] != "mismatch" {
		t.Errorf("script/integrity = %q / %q", row["script"], row["integrity"])
	}
}

func TestWriteJSONString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `"plain"`},
		{`q"b\`, `"q\"b\\"`},
		{"a\nb\tc\rd", `"a\nb\tc\rd"`},
		{"\x1b[2J\x00\x7f", `"\u001b[2J\u0000\u007f"`},
		{"\u009b\u202e\u200b", `"\u009b\u202e\u200b"`},
		{"é世", `"\u00e9\u4e16"`},
		{"\U0001F600", `"\ud83d\ude00"`},
		{"bad\xff", `"bad\ufffd"`},
	}
	for _, tt := range tests {
		var b strings.Builder
		writeJSONString(&b, tt.in)
		if b.String() != tt.want {
			t.Errorf("writeJSONString(%q) = %s, want %s", tt.in, b.String(), tt.want)
		}
		var back string
		if err := json.Unmarshal([]byte(b.String()), &back); err != nil {
			t.Errorf("%s does not decode: %v", b.String(), err)
		} else if utf8.ValidString(tt.in) && back != tt.in {
			t.Errorf("round trip %q -> %q", tt.in, back)
		}
	}
}

func TestParseBytes(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1024", 1024, true}, {"4K", 4096, true}, {"16MiB", 16 << 20, true}, {"2g", 2 << 30, true},
		{"1GB", 1 << 30, true}, {"", 0, false}, {"-1", 0, false}, {"12Q", 0, false}, {"99999999999G", 0, false},
	}
	for _, tt := range tests {
		got, err := parseBytes(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseBytes(%q) = %d, %v; want %d, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	for _, n := range []int64{1 << 30, 16 << 20, 4096, 1000} {
		var b byteSize
		if err := b.Set(formatBytes(n)); err != nil || int64(b) != n {
			t.Errorf("formatBytes(%d) = %q does not parse back: %d, %v", n, formatBytes(n), b, err)
		}
	}
}

package report

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

func TestCodeSpan(t *testing.T) {
	tests := []struct {
		in      string
		inTable bool
		want    string
	}{
		{"", false, "—"},
		{"plain", false, "`plain`"},
		{"a`b", false, "``a`b``"},
		{"```x", false, "```` ```x ````"},
		{"x`", false, "`` x` ``"},
		{" lead", false, "`  lead `"},
		{"a|b", true, "`a\\|b`"},
		{"a|b", false, "`a|b`"},
		{`a\|b`, true, "`a\\\\|b`"},
		{"\x1b[2Jx", false, "`␛[2Jx`"},
		{"a\nb", false, "`a␊b`"},
		{"\u202eevil", false, "`⟨U+202E RLO⟩evil`"},
	}
	for _, tt := range tests {
		if got := codeSpan(tt.in, 100, tt.inTable); got != tt.want {
			t.Errorf("codeSpan(%q, table %v) = %q, want %q", tt.in, tt.inTable, got, tt.want)
		}
	}
	if got := codeSpan(strings.Repeat("a", 300), 10, false); got != "`aaaaaaaaaa…(+290 bytes)`" {
		t.Errorf("cap: %q", got)
	}
}

func TestFenced(t *testing.T) {
	tests := []struct{ in, info, want string }{
		{"x = 1", "text", "```text\nx = 1\n```\n"},
		{"a\n```\nb\n", "text", "````text\na\n```\nb\n````\n"},
		{"`````", "sh", "``````sh\n`````\n``````\n"},
		{"a\rb\x1b]52;c;x\x07", "text", "```text\na␍\nb␛]52;c;x␇\n```\n"},
		{"\tx", "text", "```text\n        x\n```\n"},
	}
	for _, tt := range tests {
		if got := fenced(tt.in, tt.info); got != tt.want {
			t.Errorf("fenced(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestProseAndLinks(t *testing.T) {
	tests := []struct{ got, want string }{
		{prose("verified"), "verified"},
		{prose("Describe the pod"), "Describe the pod"},
		{prose("see http://x.example"), "`see http://x.example`"},
		{prose("*bold*"), "`*bold*`"},
		{prose("1. list"), "`1. list`"},
		{link("T1059", "https://attack.mitre.org/techniques/T1059/"), "[T1059](https://attack.mitre.org/techniques/T1059/)"},
		{link("T1059", "https://attack.mitre.org/techniques/T1059/\"><x>"), "`T1059`"},
		{link("T1059](http://evil.example)", "https://attack.mitre.org/"), "`T1059](http://evil.example)`"},
		{link("VT", "http://www.virustotal.com/gui/file/aa"), "`VT`"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

func TestMarkdownCapsRelated(t *testing.T) {
	it := fixtureItems()[0]
	it.Related = nil
	for i := 0; i < maxRelatedRows+3; i++ {
		it.Related = append(it.Related, Related{Time: t0, Category: "c", Name: "n" + strconv.Itoa(i)})
	}
	var b bytes.Buffer
	if err := Markdown(&b, []Item{it}, Meta{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "`n49`") || strings.Contains(out, "`n50`") || !strings.Contains(out, "3 more related findings") {
		t.Errorf("related table not capped at %d rows with a note", maxRelatedRows)
	}
}

package scriptpane

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLinesFollowCPython checks line numbering against the counts CPython
// 3.11 gives (compile() and tokenize): LF, CRLF and a lone CR each end a
// line; a form feed or U+2028 does not.
func TestLinesFollowCPython(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		lines []string // as shown
		crs   []int    // 1-based lines ending in a lone CR
	}{
		{"empty", "", nil, nil},
		{"one line no newline", "x = 1", []string{"x = 1"}, nil},
		{"LF", "a\nb\n", []string{"a", "b"}, nil},
		{"CRLF", "a\r\nb\r\n", []string{"a", "b"}, nil},
		{"lone CR", "# ok\rprint(1)\n", []string{"# ok", "print(1)"}, []int{1}},
		{"CR then CRLF", "a\r\r\nb", []string{"a", "", "b"}, []int{1}},
		{"blank lines", "\n\n\n", []string{"", "", ""}, nil},
		{"form feed is not a line end", "a\fb\n", []string{"a␌b"}, nil},
		{"LSEP is not a line end", "s = 'a\u2028b'\n", []string{"s = 'a⟨U+2028 LSEP⟩b'"}, nil},
		{"tab expands to 8", "if x:\n\ty\n", []string{"if x:", "        y"}, nil},
		{"trailing CR", "a\r", []string{"a"}, []int{1}},
	}
	for _, tt := range tests {
		for _, lexer := range []string{"python", "plain"} {
			t.Run(tt.name+"/"+lexer, func(t *testing.T) {
				lx := pythonLexer()
				if lexer == "plain" {
					lx = nil
				}
				d := highlight(tt.src, lx)
				got := plainDoc(d)
				if strings.Join(got, "|") != strings.Join(tt.lines, "|") || len(got) != len(tt.lines) {
					t.Fatalf("lines %q, want %q", got, tt.lines)
				}
				if n := countLines(tt.src); n != len(tt.lines) {
					t.Errorf("countLines = %d, want %d", n, len(tt.lines))
				}
				var crs []int
				for i, l := range d.lines {
					if l.cr {
						crs = append(crs, i+1)
					}
				}
				if len(crs) != len(tt.crs) || len(crs) > 0 && crs[0] != tt.crs[0] {
					t.Errorf("lone-CR lines %v, want %v", crs, tt.crs)
				}
			})
		}
	}
}

func TestHugeLineIsCapped(t *testing.T) {
	src := "x = '" + strings.Repeat("A", 100000) + "'\nprint(x)\n"
	d := highlight(src, pythonLexer())
	if len(d.lines) != 2 {
		t.Fatalf("%d lines", len(d.lines))
	}
	l := d.lines[0]
	if l.dropped == 0 || l.dropped+maxLineCells != len("x = '")+100000+1 {
		t.Fatalf("dropped %d bytes", l.dropped)
	}
	p := open(t, nil, src, nil, 80, 10)
	if !strings.Contains(screen(p), "…") {
		t.Fatal("cut line shows no ellipsis")
	}
	press(p, "l")
	for range maxLineCells / hstep {
		press(p, "l")
	}
	if got := screen(p); !strings.Contains(got, "│…(+95910 bytes)") {
		t.Fatalf("scrolled to the end, no dropped-bytes marker:\n%s", got)
	}
}

func TestLargeScriptsArePlain(t *testing.T) {
	many := strings.Repeat("x = 1\n", maxHighlightLines+1)
	d := highlight(many, pythonLexer())
	if !d.plain || !strings.Contains(d.note, "20001 lines") || len(d.lines) != maxHighlightLines+1 {
		t.Fatalf("plain %v note %q lines %d", d.plain, d.note, len(d.lines))
	}
	big := strings.Repeat("y = '"+strings.Repeat("z", 1000)+"'\n", 1100)
	d = highlight(big, pythonLexer())
	if !d.plain || !strings.Contains(d.note, "bytes") {
		t.Fatalf("1 MB: plain %v note %q", d.plain, d.note)
	}
	p := open(t, nil, many, nil, 80, 10)
	if _, status := footerLines(p); !strings.Contains(status, "plain text: 20001 lines") {
		t.Fatalf("footer %q", status)
	}
}

// FuzzHighlight: any bytes give as many lines as CPython counts, every
// piece is escaped (no control byte, valid UTF-8), and the plain and
// highlighted paths agree on the line structure.
func FuzzHighlight(f *testing.F) {
	for _, s := range []string{"", "a\r\nb\rc\n", "x = '\x1b[2J'\n", "\xff\xfe\t\u202e", "def f():\n\treturn \"\"\"\r\n\"\"\"", "#!/bin/sh\necho \x9b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 1<<16 {
			return
		}
		hl := highlight(src, pythonLexer())
		pl := highlight(src, nil)
		if len(hl.lines) != countLines(src) || len(pl.lines) != len(hl.lines) {
			t.Fatalf("lines: highlighted %d, plain %d, count %d", len(hl.lines), len(pl.lines), countLines(src))
		}
		for i, l := range hl.lines {
			if l.cr != pl.lines[i].cr {
				t.Fatalf("line %d: CR mark differs", i+1)
			}
			for _, pc := range l.pieces {
				if !utf8.ValidString(pc.Text) || strings.ContainsAny(pc.Text, "\x00\x01\x07\x08\t\n\r\x1b\x7f\u009b\u202e") {
					t.Fatalf("line %d: unescaped piece %q", i+1, pc.Text)
				}
			}
		}
	})
}

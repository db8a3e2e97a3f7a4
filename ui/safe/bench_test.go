package safe

import (
	"strings"
	"testing"
)

// A script pane escapes every visible line on each repaint and whole
// scripts once when opened: these say what that costs.

func benchScript(lines int, hostile bool) string {
	var b strings.Builder
	for i := 0; i < lines; i++ {
		switch {
		case hostile && i%7 == 0:
			b.WriteString("print('x')\t# \x1b]52;c;ZWNobw==\x07 \u202eevil\u202c \u200b\r\n")
		case i%3 == 0:
			b.WriteString("    résumé = {'naïve': \"世界\"}  # ünïcode\n")
		default:
			b.WriteString("    data = base64.b64decode(payload).decode('utf-8')\n")
		}
	}
	return b.String()
}

func BenchmarkEscapeMultiline50kLines(b *testing.B) {
	for _, tt := range []struct {
		name    string
		hostile bool
	}{{"plain", false}, {"hostile", true}} {
		s := benchScript(50_000, tt.hostile)
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				EscapeMultiline(s)
			}
		})
	}
}

func BenchmarkEscapeLine(b *testing.B) {
	line := "    data = base64.b64decode(payload).decode('utf-8')"
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		Escape(line)
	}
}

package pytoken

import (
	"strings"
	"unicode/utf8"
)

// Canonical codec names used in Result.Encoding.
const (
	encUTF8       = "utf-8"
	encLatin1     = "latin-1"
	encASCII      = "ascii"
	encUTF7       = "utf-7"
	encUniEscape  = "unicode_escape"
	encRawEscape  = "raw_unicode_escape"
	utf8BOM       = "\xef\xbb\xbf"
	maxCookieLine = 2
)

// decodeSource strips a BOM, reads a PEP 263 cookie from line 1 or 2 and
// decodes the text the way CPython would before tokenizing. It never fails:
// what it cannot decode it keeps byte for byte and explains in the note.
func decodeSource(src string, res *Result) string {
	text := src
	if strings.HasPrefix(text, utf8BOM) {
		res.BOM = true
		text = text[len(utf8BOM):]
	}
	res.Encoding = encUTF8
	name, line := findCookie(text)
	if name == "" {
		if res.BOM {
			res.EncodingNote = "UTF-8 BOM stripped"
		}
		return text
	}
	res.Cookie, res.CookieLine = name, line
	codec := canonicalCodec(name)
	if res.BOM && codec != encUTF8 {
		res.EncodingNote = "BOM with cookie " + name + ": CPython rejects this; decoded as utf-8"
		return text
	}
	switch codec {
	case encUTF8:
		if res.BOM {
			res.EncodingNote = "UTF-8 BOM stripped"
		}
		return text
	case encASCII:
		res.Encoding = encASCII
		if !isASCII(text) {
			res.EncodingNote = "cookie " + name + " but non-ASCII bytes present: CPython rejects this; decoded as utf-8"
		}
		return text
	case encLatin1:
		res.Encoding = encLatin1
		if isASCII(text) {
			return text
		}
		res.EncodingNote = "cookie " + name + ": decoded as latin-1"
		return decodeLatin1(text)
	case encUTF7:
		res.Encoding = encUTF7
		res.EncodingNote = "cookie " + name + ": text decoded from utf-7 for analysis"
		return decodeByLine(text, decodeUTF7, res)
	case encUniEscape:
		res.Encoding = encUniEscape
		res.EncodingNote = "cookie " + name + ": text decoded from unicode_escape for analysis"
		return decodeByLine(text, func(s string) string { out, _ := unescape(s, escCodec); return out }, res)
	case encRawEscape:
		res.Encoding = encRawEscape
		res.EncodingNote = "cookie " + name + ": text decoded from raw_unicode_escape for analysis"
		return decodeByLine(text, decodeRawUnicodeEscape, res)
	}
	res.EncodingNote = "unknown or unusual cookie " + name + ": not decoded, analysed as utf-8"
	return text
}

// findCookie applies PEP 263: the cookie is on line 1, or on line 2 when
// line 1 is blank or a comment. Lines end at LF, CRLF or lone CR.
func findCookie(text string) (name string, line int) {
	rest := text
	for n := 1; n <= maxCookieLine && rest != ""; n++ {
		end, next := lineBounds(rest)
		l := rest[:end]
		if name := cookieIn(l); name != "" {
			return name, n
		}
		if !blankOrComment(l) {
			return "", 0
		}
		rest = rest[next:]
	}
	return "", 0
}

// lineBounds returns the end of the first line of s (before its terminator)
// and the offset where the next line starts.
func lineBounds(s string) (end, next int) {
	i := strings.IndexAny(s, "\r\n")
	if i < 0 {
		return len(s), len(s)
	}
	if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
		return i, i + 2
	}
	return i, i + 1
}

func blankOrComment(l string) bool {
	l = strings.TrimLeft(l, " \t\f")
	return l == "" || l[0] == '#'
}

// cookieIn matches ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+) on one line.
func cookieIn(l string) string {
	l = strings.TrimLeft(l, " \t\f")
	if l == "" || l[0] != '#' {
		return ""
	}
	for {
		i := strings.Index(l, "coding")
		if i < 0 {
			return ""
		}
		l = l[i+len("coding"):]
		if l == "" || (l[0] != ':' && l[0] != '=') {
			continue
		}
		v := strings.TrimLeft(l[1:], " \t")
		j := 0
		for j < len(v) && isCookieChar(v[j]) {
			j++
		}
		if j > 0 {
			return v[:j]
		}
	}
}

func isCookieChar(c byte) bool {
	return c == '-' || c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// canonicalCodec maps a cookie to one of the codecs we decode, following
// CPython's get_normal_name and the encodings alias table; "" otherwise.
func canonicalCodec(name string) string {
	n := strings.ToLower(name)
	n = strings.NewReplacer("-", "_", " ", "_").Replace(n)
	switch {
	case n == "utf_8" || strings.HasPrefix(n, "utf_8_"):
		return encUTF8
	case n == "latin_1" || n == "iso_8859_1" || n == "iso_latin_1" ||
		strings.HasPrefix(n, "latin_1_") || strings.HasPrefix(n, "iso_8859_1_") || strings.HasPrefix(n, "iso_latin_1_"):
		return encLatin1
	}
	switch n {
	case "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
		return encUTF8
	case "latin1", "latin", "l1", "iso8859_1", "8859", "cp819", "iso_ir_100", "ibm819", "csisolatin1", "iso_8859_1_1987":
		return encLatin1
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
		return encASCII
	case "utf_7", "utf7", "u7", "unicode_1_1_utf_7":
		return encUTF7
	case "unicode_escape":
		return encUniEscape
	case "raw_unicode_escape":
		return encRawEscape
	}
	return ""
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func decodeLatin1(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			b.WriteByte(c)
		} else {
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// decodeByLine decodes each source line (with its terminator) on its own,
// which for these codecs equals decoding the whole text (no escape spans a
// line end), and records where each source line begins in the output so
// that SourceLine can map decoded lines back.
func decodeByLine(text string, decode func(string) string, res *Result) string {
	var b strings.Builder
	b.Grow(len(text))
	for rest := text; rest != ""; {
		_, next := lineBounds(rest)
		res.srcLineOut = append(res.srcLineOut, b.Len())
		b.WriteString(decode(rest[:next]))
		rest = rest[next:]
	}
	return b.String()
}

// SourceLine maps a line of Text to the line of the original input that
// holds it. They differ only when a utf-7 or unicode_escape cookie made
// the decoded text gain or lose line ends ("+AAo-" in a comment starts a
// new decoded line inside one source line).
func (r *Result) SourceLine(line int) int {
	if r.srcLineOut == nil || line < 1 || line > len(r.LineStarts) {
		return line
	}
	return lineOf(r.srcLineOut, r.LineStarts[line-1])
}

package pytoken

import "strings"

// StringValue evaluates a string literal token's text (prefix and quotes
// included) the way CPython would: escapes (\x \u \U \N{...} octal, line
// continuation) unless raw; isBytes for b-prefixed literals, whose value is
// the raw bytes. For f- and t-strings it returns the literal parts only
// ("{{" as "{") with ok false. ok is also false for a malformed or
// unterminated literal, in which case value is the best effort.
func StringValue(lit string) (value string, isBytes bool, ok bool) {
	i := 0
	for i < len(lit) && i < 3 && lit[i] != '"' && lit[i] != '\'' {
		i++
	}
	if i >= len(lit) || (lit[i] != '"' && lit[i] != '\'') || (i > 0 && !isStringPrefix(lit[:i])) {
		return "", false, false
	}
	raw, fmt := false, false
	for _, c := range []byte(lit[:i]) {
		switch c | 0x20 {
		case 'r':
			raw = true
		case 'b':
			isBytes = true
		case 'f', 't':
			fmt = true
		}
	}
	qlen := 1
	if isTriple(lit, i) {
		qlen = 3
	}
	body := lit[i+qlen:]
	ok = true
	closing := lit[i : i+qlen] // the opening quotes, which the closing ones repeat
	if len(body) >= qlen && strings.HasSuffix(body, closing) && !escapedQuote(body, qlen) {
		body = body[:len(body)-qlen]
	} else {
		ok = false
	}
	if fmt {
		body = fstringLiteralParts(body)
		ok = false
	}
	if raw {
		value = strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\r", "\n")
		return value, isBytes, ok
	}
	mode := escStr
	if isBytes {
		mode = escBytes
	}
	value, escOK := unescape(body, mode)
	return value, isBytes, ok && escOK
}

// escapedQuote reports whether the closing quote run of body is preceded by
// an odd number of backslashes (then it is no closing quote).
func escapedQuote(body string, qlen int) bool {
	n := 0
	for i := len(body) - qlen - 1; i >= 0 && body[i] == '\\'; i-- {
		n++
	}
	return n%2 == 1
}

// fstringLiteralParts drops the replacement fields of an f-string body and
// keeps its literal text, with "{{" and "}}" undoubled.
func fstringLiteralParts(body string) string {
	var b strings.Builder
	depth := 0
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == '{' && depth == 0 && i+1 < len(body) && body[i+1] == '{':
			b.WriteByte('{')
			i++
		case c == '}' && depth == 0 && i+1 < len(body) && body[i+1] == '}':
			b.WriteByte('}')
			i++
		case c == '\\' && depth == 0 && i+2 < len(body) && body[i+1] == 'N' && body[i+2] == '{':
			end := strings.IndexByte(body[i:], '}')
			if end < 0 {
				b.WriteString(body[i:])
				return b.String()
			}
			b.WriteString(body[i : i+end+1])
			i += end
		case c == '{':
			depth++
		case c == '}' && depth > 0:
			depth--
		case depth == 0:
			b.WriteByte(c)
		}
	}
	return b.String()
}

package flow

import (
	"strings"

	"github.com/pytriage/pytriage/model/pytoken"
)

// literalValue is pytoken.StringValue(lit), with a short cut for the
// commonest literal of all: one pair of plain quotes ('...' or "...", no
// prefix, not triple) around text without a backslash or a carriage
// return. Its value is that text itself, and StringValue would reach the
// same answer only after parsing a prefix, looking for triple quotes and
// checking the closing quote for an escape — most of Build's cost for
// string literals. Everything else goes to StringValue.
func literalValue(lit string) (value string, isBytes, ok bool) {
	if n := len(lit); n >= 2 {
		q := lit[0]
		if (q == '\'' || q == '"') && lit[n-1] == q && !(n > 2 && lit[1] == q && lit[2] == q) {
			if body := lit[1 : n-1]; !backslashOrCR(body) {
				return body, false, true
			}
		}
	}
	return pytoken.StringValue(lit)
}

// backslashOrCR reports a '\\' or '\r' in s: a byte loop for short
// strings, which most literals are, IndexByte for long ones.
func backslashOrCR(s string) bool {
	if len(s) > 32 {
		return strings.IndexByte(s, '\\') >= 0 || strings.IndexByte(s, '\r') >= 0
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\\' || c == '\r' {
			return true
		}
	}
	return false
}

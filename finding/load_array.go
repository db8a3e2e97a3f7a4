package finding

import (
	"errors"

	"github.com/pytriage/pytriage/finding/internal/jsonscan"
)

// container says where a value sits, which decides how it is sniffed.
type container int

const (
	inTop   container = iota // a top-level value (a whole file, or one line)
	inArray                  // an element of a top-level array (gcloud)
	inList                   // an element of listFindingsResults
)

// streamArray yields the elements of the top-level array at s.pos one by
// one as they are read, so a large array starts to show at once.
func (fl *fileLoader) streamArray() {
	fl.streamElements(inArray, 1)
}

// streamElements reads the array whose '[' is at s.pos; depth is how many
// levels of nesting surround its elements.
func (fl *fileLoader) streamElements(in container, depth int) bool {
	s := fl.s
	saved := fl.p.MaxDepth
	fl.p.MaxDepth = max(saved-depth, 1)
	defer func() { fl.p.MaxDepth = saved }()
	if saved > 0 && saved < depth {
		fl.fail(fl.index, s.pos, "nesting deeper than the depth limit", nil)
		fl.abandon()
		return false
	}
	s.pos++
	if !fl.space() {
		fl.fail(fl.index, s.pos, "truncated JSON: unexpected end of input in array", nil)
		return false
	}
	if s.buf[s.pos] == ']' {
		s.pos++
		return true
	}
	for !fl.stop {
		idx := fl.index
		fl.index++
		fl.lines.mark(s, s.base+int64(s.pos))
		d, end, err := fl.parse()
		if err != nil {
			var je *jsonscan.Error
			errors.As(err, &je)
			if je.EOF && s.err != nil {
				fl.done = true // the read error or size limit is reported by run
				return false
			}
			reason := je.Reason
			if je.EOF && s.eof {
				reason = "truncated JSON: " + reason
			}
			fl.fail(idx, je.Offset, reason, err)
			if je.EOF {
				fl.done = true
				return false
			}
			if isSyntax(je) || !fl.skipValue() {
				fl.abandon()
				return false
			}
		} else {
			fl.records(d, 0, idx, in)
			s.pos = end
		}
		if !fl.space() {
			fl.fail(fl.index, s.pos, "truncated JSON: unexpected end of input in array", nil)
			return false
		}
		switch s.buf[s.pos] {
		case ',':
			s.pos++
			if !fl.space() {
				fl.fail(fl.index, s.pos, "truncated JSON: unexpected end of input in array", nil)
				return false
			}
		case ']':
			s.pos++
			return true
		default:
			fl.fail(fl.index, s.pos, "invalid character "+quoteChar(s.buf[s.pos])+" after array element", nil)
			fl.abandon()
			return false
		}
	}
	return false
}

func quoteChar(c byte) string {
	if c >= 0x20 && c < 0x7f {
		return "'" + string(rune(c)) + "'"
	}
	const hex = "0123456789abcdef"
	return "'\\x" + string(hex[c>>4]) + string(hex[c&15]) + "'"
}

// listKeys are the names of the API's list of results.
var listKeys = []string{"listFindingsResults", "list_findings_results"}

// listFirst reports whether the object at s.pos opens with a
// listFindingsResults array (as protojson and the REST API write it), so
// its results can be streamed. A list that comes later in the object is
// still read, only not streamed.
func (fl *fileLoader) listFirst() bool {
	s := fl.s
	j := s.pos + 1
	next := func() bool {
		for {
			j = jsonscan.SkipSpace(s.buf, j)
			if j < len(s.buf) {
				return true
			}
			shift, ok := s.fill(s.pos)
			if !ok {
				return false
			}
			j -= shift
		}
	}
	if !next() || s.buf[j] != '"' {
		return false
	}
	d, end, err := fl.parseAt(&j)
	if err != nil || !d.KeyIs(0, listKeys...) {
		return false
	}
	j = end
	if !next() || s.buf[j] != ':' {
		return false
	}
	j++
	if !next() || s.buf[j] != '[' {
		return false
	}
	return true
}

// streamList streams {"listFindingsResults": [...], ...}: each result is
// yielded as it is read, then the other members are checked.
func (fl *fileLoader) streamList() {
	s := fl.s
	// listFirst has checked the shape: skip to the '['.
	for s.buf[s.pos] != '[' {
		s.pos++
	}
	if !fl.streamElements(inList, 2) {
		return
	}
	seen := map[string]bool{listKeys[0]: true}
	saved := fl.p.MaxDepth
	fl.p.MaxDepth = max(saved-1, 1)
	defer func() { fl.p.MaxDepth = saved }()
	for !fl.stop {
		if !fl.space() {
			fl.fail(fl.index, s.pos, "truncated JSON: unexpected end of input in object", nil)
			return
		}
		switch s.buf[s.pos] {
		case '}':
			s.pos++
			return
		case ',':
			s.pos++
		default:
			fl.fail(fl.index, s.pos, "invalid character "+quoteChar(s.buf[s.pos])+" after object value", nil)
			fl.abandon()
			return
		}
		if !fl.space() {
			fl.fail(fl.index, s.pos, "truncated JSON: unexpected end of input in object", nil)
			return
		}
		keyAt := s.pos
		d, end, err := fl.parse()
		if err != nil || d.Kind(0) != jsonscan.String {
			fl.fail(fl.index, keyAt, "invalid object key", err)
			fl.abandon()
			return
		}
		key := d.Str(0)
		if key == listKeys[1] {
			key = listKeys[0]
		}
		if seen[key] {
			fl.fail(fl.index, keyAt, "duplicate key "+quoteString(key), nil)
		}
		seen[key] = true
		s.pos = end
		if !fl.space() || s.buf[s.pos] != ':' {
			fl.fail(fl.index, s.pos, "expected ':' after object key", nil)
			fl.abandon()
			return
		}
		s.pos++
		fl.space()
		if _, end, err = fl.parse(); err != nil {
			var je *jsonscan.Error
			errors.As(err, &je)
			fl.fail(fl.index, je.Offset, je.Reason, err)
			fl.abandon()
			return
		}
		s.pos = end
	}
}

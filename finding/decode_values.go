package finding

import (
	"fmt"
	"strconv"
	"time"

	"github.com/pytriage/pytriage/finding/internal/jsonscan"
)

// decoder reads typed fields from a parsed record. It keeps the first
// wrong-typed field as err and goes on, so one bad field names itself
// instead of hiding behind a later one.
type decoder struct {
	d   *jsonscan.Doc
	err *fieldError
	in  *interner // nil: no sharing
}

// fieldError is a field whose value has the wrong type or form.
type fieldError struct {
	offset int // byte offset of the value in the record's buffer
	reason string
}

func (e *fieldError) Error() string { return e.reason }

func (dc *decoder) bad(v int, key, want string) {
	if dc.err != nil {
		return
	}
	got := dc.d.Kind(v).String()
	if dc.d.Kind(v) == jsonscan.String || dc.d.Kind(v) == jsonscan.Number {
		got = fmt.Sprintf("%s %s", got, cut(dc.d.Bytes(v), 40))
	}
	dc.err = &fieldError{offset: dc.d.Nodes[v].Start, reason: fmt.Sprintf("field %q: want %s, got %s", key, want, got)}
}

// cut quotes at most n bytes of b for an error message.
func cut(b []byte, n int) string {
	if len(b) > n {
		return strconv.Quote(string(b[:n])) + "…"
	}
	return strconv.Quote(string(b))
}

// object returns the member range of object node v: iterate with
// for k, end := dc.object(v, key); k < end; k = dc.next(k) { value is k+1 }.
// A null is an empty object; any other kind is reported against key.
func (dc *decoder) object(v int, key string) (int, int) {
	return dc.children(v, key, jsonscan.Object, "an object")
}

// next returns the key node after the member whose key is k.
func (dc *decoder) next(k int) int { return dc.d.Nodes[k+1].Skip }

// array returns the element range of array node v: iterate with
// for e, end := dc.array(v, key); e < end; e = dc.d.Nodes[e].Skip.
// A null is an empty array.
func (dc *decoder) array(v int, key string) (int, int) {
	return dc.children(v, key, jsonscan.Array, "an array")
}

func (dc *decoder) children(v int, key string, kind jsonscan.Kind, want string) (int, int) {
	switch dc.d.Kind(v) {
	case kind:
		return v + 1, dc.d.Nodes[v].Skip
	case jsonscan.Null:
	default:
		dc.bad(v, key, want)
	}
	return 0, 0
}

func (dc *decoder) str(v int, key string) string {
	switch dc.d.Kind(v) {
	case jsonscan.String:
		return dc.d.Str(v)
	case jsonscan.Null:
		return ""
	}
	dc.bad(v, key, "a string")
	return ""
}

func (dc *decoder) strs(v int, key string) []string {
	var out []string
	for e, end := dc.array(v, key); e < end; e = dc.d.Nodes[e].Skip {
		if dc.d.Kind(e) != jsonscan.String {
			dc.bad(e, key, "an array of strings")
			continue
		}
		out = append(out, dc.d.Str(e))
	}
	return out
}

func (dc *decoder) boolean(v int, key string) bool {
	switch dc.d.Kind(v) {
	case jsonscan.True:
		return true
	case jsonscan.False, jsonscan.Null:
		return false
	}
	dc.bad(v, key, "a boolean")
	return false
}

// int64 reads an int64, which proto3 JSON writes as a string and others
// as a number. Fractions and exponents are refused, not rounded.
func (dc *decoder) int64(v int, key string) (int64, bool) {
	var b []byte
	switch dc.d.Kind(v) {
	case jsonscan.Null:
		return 0, false
	case jsonscan.Number:
		b = dc.d.Bytes(v)
	case jsonscan.String:
		b = dc.d.StrBytes(v)
	default:
		dc.bad(v, key, "an integer")
		return 0, false
	}
	n, ok := parseInt(b)
	if !ok {
		dc.bad(v, key, "an integer")
		return 0, false
	}
	return n, true
}

func parseInt(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 20 {
		return 0, false
	}
	neg := b[0] == '-'
	if neg {
		b = b[1:]
		if len(b) == 0 {
			return 0, false
		}
	}
	var n uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		d := uint64(c - '0')
		if n > (1<<63-d)/10 {
			// Past int64 (one value, -1<<63, is let go: it is no size).
			return 0, false
		}
		n = n*10 + d
	}
	if neg {
		return -int64(n), true
	}
	return int64(n), true
}

// bigQueryTime is the BigQuery export's timestamp form,
// "2019-09-26 12:48:00.985000 UTC".
const bigQueryTime = "2006-01-02 15:04:05.999999999 MST"

func (dc *decoder) time(v int, key string) time.Time {
	switch dc.d.Kind(v) {
	case jsonscan.Null:
		return time.Time{}
	case jsonscan.String:
	default:
		dc.bad(v, key, "a timestamp string")
		return time.Time{}
	}
	s := dc.d.StrBytes(v)
	if len(s) == 0 {
		return time.Time{}
	}
	if t, err := time.Parse(time.RFC3339Nano, string(s)); err == nil {
		return t
	}
	if t, err := time.Parse(bigQueryTime, string(s)); err == nil && t.Location() == time.UTC {
		return t
	}
	dc.bad(v, key, "an RFC 3339 or BigQuery timestamp")
	return time.Time{}
}

// enum reads an enum, normally its name. A number is mapped through
// names (index = number) when given, else kept as its digits: mute
// numbers differ between v1 and v2, so they are never guessed.
func (dc *decoder) enum(v int, key string, names []string) string {
	switch dc.d.Kind(v) {
	case jsonscan.String:
		return dc.istr(v, key)
	case jsonscan.Null:
		return ""
	case jsonscan.Number:
		b := dc.d.Bytes(v)
		if n, ok := parseInt(b); ok {
			if n >= 0 && n < int64(len(names)) {
				return names[n]
			}
			return string(b)
		}
	}
	dc.bad(v, key, "an enum name")
	return ""
}

// labels reads proto labels, [{name, value}], or a plain string map.
func (dc *decoder) labels(v int, key string) map[string]string {
	d := dc.d
	var m map[string]string
	switch d.Kind(v) {
	case jsonscan.Null:
		return nil
	case jsonscan.Object:
		m = map[string]string{}
		for k, end := dc.object(v, key); k < end; k = dc.next(k) {
			m[d.Str(k)] = dc.str(k+1, key)
		}
	case jsonscan.Array:
		m = map[string]string{}
		for e, end := dc.array(v, key); e < end; e = d.Nodes[e].Skip {
			var name, value string
			for k, kend := dc.object(e, key); k < kend; k = dc.next(k) {
				switch string(d.Key(k)) {
				case "name", "key":
					name = dc.str(k+1, key+".name")
				case "value":
					value = dc.str(k+1, key+".value")
				}
			}
			m[name] = value
		}
	default:
		dc.bad(v, key, "labels")
	}
	return m
}

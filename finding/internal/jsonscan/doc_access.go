package jsonscan

import (
	"bytes"
	"unicode/utf8"
	"unsafe"
)

// Bytes returns the exact bytes of node i.
func (d *Doc) Bytes(i int) []byte {
	n := d.Nodes[i]
	return d.Buf[n.Start:n.End:n.End]
}

// Kind returns the kind of node i.
func (d *Doc) Kind(i int) Kind { return d.Nodes[i].Kind }

// Str returns the decoded text of String node i.
func (d *Doc) Str(i int) string {
	n := d.Nodes[i]
	raw := d.Buf[n.Start+1 : n.End-1]
	if !n.Escaped {
		return string(raw)
	}
	b := Unescape(make([]byte, 0, len(raw)), raw)
	// b is fresh and never written again.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// StrBytes returns the decoded text of String node i; it aliases Buf when
// the string has no escapes.
func (d *Doc) StrBytes(i int) []byte {
	n := d.Nodes[i]
	raw := d.Buf[n.Start+1 : n.End-1 : n.End-1]
	if !n.Escaped {
		return raw
	}
	return Unescape(make([]byte, 0, len(raw)), raw)
}

// KeyIs reports whether key node k is one of names. Escaped keys are
// decoded first, so "\u006eame" is "name".
func (d *Doc) KeyIs(k int, names ...string) bool {
	n := d.Nodes[k]
	if !n.Escaped {
		raw := d.Buf[n.Start+1 : n.End-1]
		for _, s := range names {
			if string(raw) == s {
				return true
			}
		}
		return false
	}
	s := d.keyString(k)
	for _, name := range names {
		if s == name {
			return true
		}
	}
	return false
}

// Key returns the decoded text of key node k, aliasing Buf when it has no
// escapes; it is meant for switch statements, not to be kept.
func (d *Doc) Key(k int) []byte { return d.StrBytes(k) }

// Lookup returns the value node of the first member of object node obj
// whose key is one of names, or -1.
func (d *Doc) Lookup(obj int, names ...string) int {
	if d.Nodes[obj].Kind != Object {
		return -1
	}
	for k := obj + 1; k < d.Nodes[obj].Skip; k = d.Nodes[k+1].Skip {
		if d.KeyIs(k, names...) {
			return k + 1
		}
	}
	return -1
}

// Unescape appends the decoded form of the validated string body s
// (without quotes) to dst.
func Unescape(dst, s []byte) []byte {
	for len(s) > 0 {
		i := bytes.IndexByte(s, '\\')
		if i < 0 {
			i = len(s)
		}
		dst = append(dst, s[:i]...)
		s = s[i:]
		if len(s) < 2 {
			return dst
		}
		switch s[1] {
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'n':
			dst = append(dst, '\n')
		case 'r':
			dst = append(dst, '\r')
		case 't':
			dst = append(dst, '\t')
		case 'u':
			r := hexRune(s[2:])
			n := 6
			if r >= 0xD800 && r <= 0xDBFF && len(s) >= 12 {
				r2 := hexRune(s[8:])
				r = (r-0xD800)<<10 | (r2 - 0xDC00) + 0x10000
				n = 12
			}
			if r < 0 || (r >= 0xD800 && r <= 0xDFFF) {
				// Unreachable for validated input; never emit invalid UTF-8.
				r = utf8.RuneError
			}
			dst = utf8.AppendRune(dst, r)
			s = s[n:]
			continue
		default: // '"', '\\', '/'
			dst = append(dst, s[1])
		}
		s = s[2:]
	}
	return dst
}

func hexRune(s []byte) rune {
	if len(s) < 4 {
		return -1
	}
	var r rune
	for _, c := range s[:4] {
		v := unhex(c)
		if v < 0 {
			return -1
		}
		r = r<<4 | v
	}
	return r
}

package flow

import "strconv"

// Value is a folded constant: a str or bytes value, with how it was made.
type Value struct {
	S     string
	Bytes bool
	// Built is true when the value was computed (concatenation, chr, join,
	// slicing, decoding ...) rather than written as one literal.
	Built bool
	// Chain lists the decoders and builders applied, innermost first,
	// e.g. ["base64", "zlib"] or ["chr-join"].
	Chain []string
}

// obj is the evaluator's dynamic value: a str, bytes, int or list.
type obj struct {
	s     string
	n     int64
	l     []obj
	chain []string
	k     byte // 's' str, 'b' bytes, 'i' int, 'l' list
	built bool
}

func (o obj) isText() bool { return o.k == 's' || o.k == 'b' }

func (o obj) value() Value {
	return Value{S: o.s, Bytes: o.k == 'b', Built: o.built, Chain: o.chain}
}

// items iterates a value the way Python's for does: chars of a str, ints
// of bytes, elements of a list.
func (o obj) items() ([]obj, bool) {
	switch o.k {
	case 'l':
		return o.l, true
	case 's':
		out := make([]obj, 0, len(o.s))
		for _, r := range o.s {
			out = append(out, obj{k: 's', s: string(r)})
		}
		return out, true
	case 'b':
		out := make([]obj, len(o.s))
		for i := 0; i < len(o.s); i++ {
			out[i] = obj{k: 'i', n: int64(o.s[i])}
		}
		return out, true
	}
	return nil, false
}

// str renders a value as Python's str() would for the simple types.
func (o obj) str() (string, bool) {
	switch o.k {
	case 's':
		return o.s, true
	case 'i':
		return strconv.FormatInt(o.n, 10), true
	}
	return "", false
}

func appendChain(a []string, more ...string) []string {
	out := make([]string, 0, len(a)+len(more))
	out = append(out, a...)
	for _, m := range more {
		if len(out) == 0 || out[len(out)-1] != m {
			out = append(out, m)
		}
	}
	if len(out) > 16 {
		out = out[len(out)-16:]
	}
	return out
}

func mergeChain(a, b []string) []string {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	return appendChain(a, b...)
}

package flow

import "strings"

// keyArena hands out the short strings Build makes — Defs keys such as
// "f()", callee names such as "?.run" or "os.path.join" — as slices of a
// few shared buffers instead of one allocation each: a script makes
// thousands of them. A strings.Builder only ever appends to its buffer and
// never writes over bytes it has handed out, and a full one is replaced
// rather than grown, so every string taken from it stays valid and
// unchanged.
type keyArena struct {
	b     *strings.Builder
	start int // offset in b where the string being written begins
	size  int // of the last buffer
}

// Buffer sizes double from arenaFirst (most scripts are small) up to
// arenaMax.
const (
	arenaFirst = 512
	arenaMax   = 16 << 10
)

// begin starts a string of n bytes.
func (a *keyArena) begin(n int) {
	if a.b == nil || a.b.Cap()-a.b.Len() < n {
		a.size = min(max(2*a.size, arenaFirst), arenaMax)
		a.b = new(strings.Builder)
		a.b.Grow(max(n, a.size))
	}
	a.start = a.b.Len()
}

// write appends s to the string begun.
func (a *keyArena) write(s string) {
	if s != "" {
		a.b.WriteString(s)
	}
}

// writeByte appends c to the string begun.
func (a *keyArena) writeByte(c byte) { a.b.WriteByte(c) }

// writeRune appends the UTF-8 form of r to the string begun.
func (a *keyArena) writeRune(r rune) { a.b.WriteRune(r) }

// end returns the string written since begin.
func (a *keyArena) end() string { return a.b.String()[a.start:] }

// join returns x + y + z.
func (a *keyArena) join(x, y, z string) string {
	a.begin(len(x) + len(y) + len(z))
	a.write(x)
	a.write(y)
	a.write(z)
	return a.end()
}

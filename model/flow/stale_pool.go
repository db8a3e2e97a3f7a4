package flow

import (
	"reflect"

	"github.com/pytriage/pytriage/model/internal/reuse"
)

// staleSlices keeps slices whose elements refer to a script's text (Tok,
// Str) for the next Build, like reuse.Slices, but without clearing them
// when they are handed back. Release used to clear every token of every
// script (tens of MB per pass over the standard library) only for the next
// Build to overwrite most of them again.
//
// Instead a kept slice keeps its length: the prefix a finished Build wrote,
// its stale part. Everything past the length is zero. The Build that takes
// it overwrites a prefix and must call scrub, which zeroes what of the
// stale part it did not overwrite, before anything reads the slice; a
// Build that needs no slice of a pool scrubs one anyway (scrubOne). So a
// Program never sees another script's elements, and once the next Build
// has run, no reference to an older script remains in the slice. Until
// then a kept slice holds the text of the script that used it: at most
// reuse.MaxItems slices of at most reuse.MaxBytes each.
type staleSlices[T any] struct{ l reuse.List[[]T] }

// get returns an empty slice of capacity ≥ want and the length of its stale
// prefix (0 for a new slice).
func (s *staleSlices[T]) get(want int) (v []T, stale int) {
	if v, ok := s.l.Get(); ok && cap(v) >= want {
		return v[:0], len(v)
	}
	// A kept slice too small is dropped with whatever it refers to.
	return make([]T, 0, want), 0
}

// put keeps v, which the caller no longer uses. Its elements from len(v)
// up to its capacity must be zero (scrub leaves them so).
func (s *staleSlices[T]) put(v []T) {
	if cap(v) == 0 || uintptr(cap(v))*reflect.TypeFor[T]().Size() > reuse.MaxBytes {
		return
	}
	s.l.Put(v)
}

// scrubOne scrubs a kept slice that a Build does not need, so that this
// Build too leaves one fewer slice holding an older script.
func (s *staleSlices[T]) scrubOne() {
	if v, ok := s.l.Get(); ok {
		clear(v)
		s.put(v[:0])
	}
}

// scrub zeroes the elements of v's stale prefix of length stale that a
// Build using v did not overwrite: those from len(v) on. v must share its
// backing array with the slice get returned (or be a fresh one, where there
// is nothing to zero).
func scrub[T any](v []T, stale int) {
	if stale > len(v) {
		clear(v[len(v):stale])
	}
}

// Package reuse keeps the classifier's per-script tables for the next
// script: a small free list behind a mutex, shared by pytoken and flow.
//
// It replaces sync.Pool there for two reasons measured on the standard
// library benchmark: sync.Pool empties itself at every garbage collection
// (every few scripts at the classifier's allocation rate, so the big slices
// were made and zeroed again and again), and its per-P private slot is lost
// to a goroutine that moved to another P. A List keeps at most MaxItems
// values and never holds a slice bigger than MaxBytes, so what it retains
// is bounded whatever was analysed.
//
// It imports nothing of pytriage.
package reuse

import (
	"sync"
	"unsafe"
)

// MaxItems bounds the values one List keeps: enough for every worker of a
// scan on a large machine.
const MaxItems = 32

// MaxBytes bounds the size of a slice Slices keeps (elements × element
// size), so a huge script's tables go back to the garbage collector.
const MaxBytes = 8 << 20

// List is a bounded free list of values of type T. The zero List is empty
// and ready.
type List[T any] struct {
	mu    sync.Mutex
	items []T
}

// Get returns a kept value and true, or the zero value and false.
func (l *List[T]) Get() (T, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var zero T
	n := len(l.items)
	if n == 0 {
		return zero, false
	}
	v := l.items[n-1]
	l.items[n-1] = zero
	l.items = l.items[:n-1]
	return v, true
}

// Put keeps v for a later Get, or drops it when MaxItems are kept.
func (l *List[T]) Put(v T) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.items) < MaxItems {
		l.items = append(l.items, v)
	}
}

// Slices keeps slices of T. A kept slice too small for a request is
// dropped, so it comes to hold slices as big as the biggest scripts need,
// up to MaxBytes.
type Slices[T any] struct{ l List[[]T] }

// Get returns an empty slice of capacity ≥ want.
func (s *Slices[T]) Get(want int) []T {
	if v, ok := s.l.Get(); ok && cap(v) >= want {
		return v[:0]
	}
	return make([]T, 0, want)
}

// Zeroed returns a slice of n zero values.
func (s *Slices[T]) Zeroed(n int) []T {
	v := s.Get(n)[:n]
	clear(v)
	return v
}

// Put keeps v, which the caller no longer uses. Elements that hold
// pointers must have been cleared by the caller.
func (s *Slices[T]) Put(v []T) {
	var t T
	if cap(v) == 0 || uintptr(cap(v))*unsafe.Sizeof(t) > MaxBytes {
		return
	}
	s.l.Put(v[:0])
}

// Maps keeps emptied maps. Clearing a map costs in proportion to the room
// it grew, so maps past MaxMapLen entries are dropped rather than cleared
// for every later script.
type Maps[K comparable, V any] struct{ l List[map[K]V] }

// MaxMapLen bounds the entries of a map Maps keeps.
const MaxMapLen = 4096

// Get returns an empty map, or nil if none is kept.
func (m *Maps[K, V]) Get() map[K]V {
	v, _ := m.l.Get()
	return v
}

// Put empties v and keeps it.
func (m *Maps[K, V]) Put(v map[K]V) {
	if v == nil || len(v) > MaxMapLen {
		return
	}
	clear(v)
	m.l.Put(v)
}

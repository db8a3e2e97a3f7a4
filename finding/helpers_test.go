package finding

import (
	"io"
	"iter"
	"strconv"
)

type nopCloser struct{ io.Reader }

func (nopCloser) Close() error { return nil }

func itoa(i int) string { return strconv.Itoa(i) }

// iterPull adapts iter.Pull2 for the tests.
func iterPull(seq func(func(*Record, error) bool)) (func() (*Record, error, bool), func()) {
	return iter.Pull2(seq)
}

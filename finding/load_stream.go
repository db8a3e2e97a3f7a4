package finding

import (
	"bytes"
	"errors"
	"io"
)

// readChunk is how much the loader asks a source for at a time. Records
// keep sub-slices of the chunk they were read in, so a chunk is never
// reused: a refill moves the unread tail to a fresh buffer.
const (
	readChunk  = 1 << 20
	firstChunk = 64 << 10
)

// errTooLarge is returned when a source holds more than the file limit.
var errTooLarge = errors.New("file larger than the limit")

// stream is a source's bytes as a growing window: buf[pos:] is unread,
// buf[:pos] may still be referenced by records already yielded.
type stream struct {
	r     io.Reader
	buf   []byte
	pos   int
	base  int64 // source offset of buf[0]
	eof   bool
	err   error // read error (not io.EOF), errTooLarge included
	limit int64 // bytes the source may hold
	read  int64 // bytes read so far
	// lines, when set, is brought up to the first kept byte before a
	// refill drops the bytes before it, so no newline goes uncounted.
	lines *lines
}

// newByteStream is a stream over bytes already in memory (archive
// members): one buffer, no copies.
func newByteStream(b []byte) *stream {
	return &stream{buf: b, eof: true, read: int64(len(b)), limit: int64(len(b))}
}

// fill reads more input, keeping buf[keep:] (keep <= pos). It returns the
// number of bytes by which offsets into buf moved down, and false when no
// more input will come.
func (s *stream) fill(keep int) (int, bool) {
	if s.eof {
		return 0, false
	}
	shift := 0
	if len(s.buf) == cap(s.buf) {
		if s.lines != nil && s.lines.anchor.off < s.base+int64(keep) {
			s.lines.mark(s, s.base+int64(keep))
		}
		tail := len(s.buf) - keep
		n := readChunk
		for n < 2*tail {
			n *= 2
		}
		nb := make([]byte, tail, n)
		copy(nb, s.buf[keep:])
		s.buf = nb
		s.base += int64(keep)
		s.pos -= keep
		shift = keep
	}
	for {
		free := s.buf[len(s.buf):cap(s.buf)]
		if room := s.limit + 1 - s.read; int64(len(free)) > room {
			free = free[:room]
		}
		n, err := s.r.Read(free)
		s.buf = s.buf[:len(s.buf)+n]
		s.read += int64(n)
		if s.read > s.limit {
			s.buf = s.buf[:len(s.buf)-int(s.read-s.limit)]
			s.eof, s.err = true, errTooLarge
			return shift, n > 0
		}
		if err != nil {
			s.eof = true
			if err != io.EOF {
				s.err = err
			}
			return shift, n > 0
		}
		if n > 0 {
			return shift, true
		}
	}
}

// lines maps source offsets to 1-based line:column, counting newlines
// forward from an anchor that only moves to record starts; queries inside
// a record count on from a cursor, so a whole file is counted about once.
type lines struct {
	anchor, cursor linePos
}

type linePos struct {
	off       int64 // source offset counted up to
	line      int
	lineStart int64 // source offset of the first byte of line
}

func newLines() lines {
	p := linePos{line: 1}
	return lines{anchor: p, cursor: p}
}

// at returns the line and column of source offset off, which must be at
// or after the anchor and inside s's window.
func (l *lines) at(s *stream, off int64) (int, int) {
	if off < l.cursor.off {
		l.cursor = l.anchor
	}
	c := &l.cursor
	lo, hi := c.off-s.base, off-s.base
	if lo < 0 || hi > int64(len(s.buf)) || lo > hi {
		return 0, 0 // outside the window: unknown rather than wrong
	}
	seg := s.buf[lo:hi]
	for {
		i := indexNL(seg)
		if i < 0 {
			break
		}
		c.line++
		c.lineStart = s.base + lo + int64(i) + 1
		lo += int64(i) + 1
		seg = seg[i+1:]
	}
	c.off = off
	return c.line, int(off-c.lineStart) + 1
}

// mark moves the anchor to off (a record start).
func (l *lines) mark(s *stream, off int64) {
	l.at(s, off)
	l.anchor = l.cursor
}

func indexNL(b []byte) int { return bytes.IndexByte(b, '\n') }

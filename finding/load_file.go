package finding

import (
	"context"
	"errors"
	"fmt"

	"github.com/pytriage/pytriage/finding/internal/jsonscan"
)

// fileLoader reads the records of one file or archive member.
type fileLoader struct {
	ctx    context.Context
	file   string
	member string
	limits Limits
	yield  func(*Record, error) bool
	s      *stream
	lines  lines
	p      jsonscan.Parser
	index  int  // next record index
	stop   bool // the consumer stopped or the context ended
	done   bool // this file is abandoned after an error
	// lineMode is set once the file looks like JSON Lines: after a bad
	// record the loader resynchronises at the next line.
	lineMode bool
	intern   interner
}

func newFileLoader(ctx context.Context, file, member string, lim Limits, s *stream, yield func(*Record, error) bool) *fileLoader {
	fl := &fileLoader{ctx: ctx, file: file, member: member, limits: lim, yield: yield, s: s, lines: newLines()}
	s.lines = &fl.lines
	fl.p.MaxDepth = lim.MaxDepth
	fl.p.MaxString = lim.MaxStringSize
	return fl
}

// origin returns the origin of buffer offset off for record index idx.
func (fl *fileLoader) origin(idx, off int) Origin {
	abs := fl.s.base + int64(off)
	line, col := fl.lines.at(fl.s, abs)
	return Origin{File: fl.file, Member: fl.member, Index: idx, Offset: abs, Line: line, Col: col}
}

func (fl *fileLoader) emit(r *Record) {
	if fl.stop {
		return
	}
	if fl.ctx.Err() != nil || !fl.yield(r, nil) {
		fl.stop = true
	}
}

// fail reports a bad record at buffer offset off.
func (fl *fileLoader) fail(idx, off int, reason string, err error) {
	if fl.stop {
		return
	}
	e := &LoadError{Origin: fl.origin(idx, off), Reason: reason, Err: err}
	if fl.ctx.Err() != nil || !fl.yield(nil, e) {
		fl.stop = true
	}
}

// failSource reports a fault of the whole source (record index -1).
func (fl *fileLoader) failSource(reason string, err error) {
	if fl.stop {
		return
	}
	e := &LoadError{Origin: Origin{File: fl.file, Member: fl.member, Index: -1}, Reason: reason, Err: err}
	if !fl.yield(nil, e) {
		fl.stop = true
	}
}

// space skips whitespace, reading more as needed; false at end of input.
func (fl *fileLoader) space() bool {
	s := fl.s
	for {
		s.pos = jsonscan.SkipSpace(s.buf, s.pos)
		if s.pos < len(s.buf) {
			return true
		}
		if _, ok := s.fill(s.pos); !ok {
			return false
		}
	}
}

// parse parses the value at s.pos, reading more while the input ends
// inside it. The Doc's offsets are buffer offsets.
func (fl *fileLoader) parse() (*jsonscan.Doc, int, error) {
	return fl.parseAt(&fl.s.pos)
}

// parseAt parses the value at *at (>= s.pos), keeping *at valid across
// refills.
func (fl *fileLoader) parseAt(at *int) (*jsonscan.Doc, int, error) {
	s := fl.s
	for {
		d, end, err := fl.p.Parse(s.buf, *at)
		var je *jsonscan.Error
		more := (err != nil && errors.As(err, &je) && je.EOF) ||
			(err == nil && end == len(s.buf) && d.Nodes[0].Kind == jsonscan.Number)
		if more && !s.eof {
			if shift, ok := s.fill(s.pos); ok {
				if at != &s.pos { // fill moved s.pos itself
					*at -= shift
				}
				continue
			}
			d, end, err = fl.p.Parse(s.buf, *at)
		}
		return d, end, err
	}
}

// skipValue moves s.pos past the value there by structure alone (see
// jsonscan.Skip); false when the structure is broken.
func (fl *fileLoader) skipValue() bool {
	s := fl.s
	for {
		end, err := jsonscan.Skip(s.buf, s.pos)
		if err == nil {
			s.pos = end
			return true
		}
		var je *jsonscan.Error
		if errors.As(err, &je) && je.EOF {
			if _, ok := s.fill(s.pos); ok {
				continue
			}
		}
		return false
	}
}

// run loads every record of the stream.
func (fl *fileLoader) run() {
	s := fl.s
	fl.space()
	if len(s.buf)-s.pos >= 3 && s.pos == 0 && string(s.buf[:3]) == "\xef\xbb\xbf" {
		s.pos = 3 // a UTF-8 byte order mark, as some Windows tools write
	}
	first := true
	for !fl.stop && !fl.done && fl.space() {
		start := s.pos
		fl.lines.mark(s, s.base+int64(start))
		switch {
		case s.buf[start] == '[':
			fl.streamArray()
		case s.buf[start] == '{' && fl.listFirst():
			fl.streamList()
		default:
			fl.value(first)
		}
		first = false
		if fl.ctx.Err() != nil {
			fl.stop = true
		}
	}
	if s.err != nil && !fl.stop {
		if errors.Is(s.err, errTooLarge) {
			fl.fail(fl.index, len(s.buf), fmt.Sprintf("file larger than the limit of %d bytes; the rest is not read", s.limit), s.err)
		} else {
			fl.fail(fl.index, len(s.buf), "read error: "+s.err.Error(), s.err)
		}
	}
}

// value loads the top-level value at s.pos and checks what follows it.
func (fl *fileLoader) value(first bool) {
	s := fl.s
	idx := fl.index
	fl.index++
	d, end, err := fl.parse()
	if err != nil {
		fl.badValue(idx, first, err)
		return
	}
	startLine := fl.lines.anchor.line
	fl.records(d, 0, idx, inTop)
	s.pos = end
	// What follows on the same line must be blank.
	for {
		for s.pos < len(s.buf) && (s.buf[s.pos] == ' ' || s.buf[s.pos] == '\t' || s.buf[s.pos] == '\r') {
			s.pos++
		}
		if s.pos < len(s.buf) {
			break
		}
		if _, ok := s.fill(s.pos); !ok {
			break
		}
	}
	if s.pos < len(s.buf) && s.buf[s.pos] != '\n' {
		if first {
			line, _ := fl.lines.at(s, s.base+int64(s.pos))
			fl.lineMode = line == startLine
		}
		if fl.lineMode {
			fl.index++
			fl.fail(fl.index-1, s.pos, "trailing garbage after value", nil)
			fl.resync(s.pos)
		}
		// Otherwise the next value may follow on this line (concatenated
		// JSON); if it is garbage, parsing it says so.
		return
	}
	if first {
		line, _ := fl.lines.at(s, s.base+int64(s.pos))
		fl.lineMode = line == startLine
	}
}

// badValue reports a top-level value that did not parse and moves past it.
func (fl *fileLoader) badValue(idx int, first bool, err error) {
	s := fl.s
	var je *jsonscan.Error
	errors.As(err, &je)
	if je.EOF && s.err != nil {
		fl.done = true // the read error or size limit is reported by run
		return
	}
	rel := je.Offset - s.pos // looksLikeLines may move the buffer
	if first && isSyntax(je) {
		fl.lineMode = fl.looksLikeLines()
	}
	reason := je.Reason
	if rel == 0 && !first && !je.EOF {
		reason = "trailing garbage after value: " + reason
	}
	off := s.pos + rel
	if je.EOF && s.eof {
		reason = "truncated JSON: " + reason
	}
	if fl.lineMode {
		// In JSON Lines a value must end on its line: a fault past the
		// line's end means the line itself is cut short.
		if nl := indexNL(s.buf[s.pos:]); nl >= 0 && s.pos+nl <= off {
			off = s.pos + nl
			reason = "truncated record: the line ends inside the value"
		}
	}
	fl.fail(idx, off, reason, err)
	if !fl.lineMode && !je.EOF && !isSyntax(je) && fl.skipValue() {
		if first {
			line, _ := fl.lines.at(s, s.base+int64(s.pos))
			fl.lineMode = line == fl.lines.anchor.line
		}
		return
	}
	if je.EOF && !fl.lineMode {
		fl.done = true // nothing follows
		return
	}
	fl.resync(s.pos)
}

// isSyntax tells a broken structure from a value that parsed but broke a
// rule (duplicate key, string content, depth, size): after the latter the
// value's end can still be found.
func isSyntax(e *jsonscan.Error) bool { return !e.Rule }

// looksLikeLines guesses, after a first value that failed, whether the
// file is JSON Lines: the line after the value's start begins a value.
func (fl *fileLoader) looksLikeLines() bool {
	s := fl.s
	for {
		rest := s.buf[s.pos:]
		i := indexNL(rest)
		if i < 0 {
			if _, ok := s.fill(s.pos); ok {
				continue
			}
			return false
		}
		j := s.pos + i + 1
		for {
			j = jsonscan.SkipSpace(s.buf, j)
			if j < len(s.buf) {
				return s.buf[j] == '{'
			}
			if _, ok := s.fill(s.pos); !ok {
				return true // the bad line was the last one
			}
			// offsets moved; recompute from the new s.pos
			j = s.pos + i + 1
		}
	}
}

// resync moves s.pos to the next line in JSON Lines mode; otherwise it
// stops the file, since a broken value in a single JSON document leaves
// no sure place to start again.
func (fl *fileLoader) resync(from int) {
	s := fl.s
	if !fl.lineMode {
		fl.abandon()
		return
	}
	s.pos = from
	for {
		if i := indexNL(s.buf[s.pos:]); i >= 0 {
			s.pos += i + 1
			return
		}
		s.pos = len(s.buf)
		if _, ok := s.fill(s.pos); !ok {
			return
		}
	}
}

// abandon stops reading the file after an error that leaves no sure place
// to resume.
func (fl *fileLoader) abandon() {
	fl.done = true
	fl.failSource("rest of the file skipped after the error above: no safe place to resume in a single JSON document", nil)
}

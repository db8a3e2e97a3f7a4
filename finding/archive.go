package finding

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
)

// archiveType is the container format of a source.
type archiveType int

const (
	archiveNone archiveType = iota
	archiveZip
	archiveGzip
)

var (
	zipMagic      = []byte("PK\x03\x04")
	zipEmptyMagic = []byte("PK\x05\x06")
	gzipMagic     = []byte{0x1f, 0x8b}
)

// archiveKind recognises an archive by content first, then by name.
func archiveKind(name string, head []byte) archiveType {
	switch {
	case bytes.HasPrefix(head, zipMagic), bytes.HasPrefix(head, zipEmptyMagic):
		return archiveZip
	case bytes.HasPrefix(head, gzipMagic):
		return archiveGzip
	}
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".zip"):
		return archiveZip
	case strings.HasSuffix(n, ".tar.gz"), strings.HasSuffix(n, ".tgz"), strings.HasSuffix(n, ".gz"):
		return archiveGzip
	}
	return archiveNone
}

// isArchiveData reports archive magic at the start of a member.
func isArchiveData(b []byte) bool {
	return bytes.HasPrefix(b, zipMagic) || bytes.HasPrefix(b, zipEmptyMagic) || bytes.HasPrefix(b, gzipMagic) ||
		(len(b) > 262 && string(b[257:262]) == "ustar")
}

// archiveReader reads one archive's members under its caps.
type archiveReader struct {
	ctx   context.Context
	file  string
	lim   Limits
	yield func(*Record, error) bool
	total int64 // bytes read from all members
	count int   // entries seen
	stop  bool
}

func (a *archiveReader) fail(member, reason string, err error) {
	if a.stop {
		return
	}
	e := &LoadError{Origin: Origin{File: a.file, Member: member, Index: -1}, Reason: reason, Err: err}
	if !a.yield(nil, e) {
		a.stop = true
	}
}

// errArchiveCap stops the reading of an archive at a cap.
var errArchiveCap = errors.New("archive cap reached")

// entry checks an entry before its data is read; it returns false when
// the entry is skipped (with an error reported, except for directories
// and non-JSON names) and an error when the whole archive must stop.
func (a *archiveReader) entry(name string) (bool, error) {
	a.count++
	if a.count > a.lim.MaxEntries {
		a.fail("", fmt.Sprintf("more than %d entries; the rest is not read", a.lim.MaxEntries), errArchiveCap)
		return false, errArchiveCap
	}
	if why := checkMemberName(name); why != "" {
		a.fail(safeMemberName(name), "entry refused: "+why, nil)
		return false, nil
	}
	return true, nil
}

// safeMemberName keeps a refused name printable for Origin.Member: the
// display layer escapes it again, but NUL and the like are shown here as
// Go escapes so logs stay readable.
func safeMemberName(name string) string {
	if len(name) > 256 {
		name = name[:256]
	}
	q := fmt.Sprintf("%q", name)
	return q[1 : len(q)-1]
}

// readMember reads one member's data through a limit, counting bytes
// actually read whatever the header declared, and checking the member,
// total and ratio caps. compressed is the member's stored size when known
// (else 0).
func (a *archiveReader) readMember(name string, r io.Reader, compressed int64) ([]byte, error) {
	limit := min(a.lim.MaxMember, a.lim.MaxFileSize)
	if left := a.lim.MaxTotal - a.total; left < limit {
		limit = left
	}
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, limit+1))
	a.total += n
	if n > limit {
		if a.total > a.lim.MaxTotal {
			a.fail(name, fmt.Sprintf("archive holds more than %d bytes of members; the rest is not read", a.lim.MaxTotal), errArchiveCap)
			return nil, errArchiveCap
		}
		a.fail(name, fmt.Sprintf("member larger than the limit of %d bytes", min(a.lim.MaxMember, a.lim.MaxFileSize)), errTooLarge)
		return nil, nil
	}
	if err != nil {
		a.fail(name, "cannot read member: "+err.Error(), err)
		return nil, nil
	}
	if compressed > 0 && n > 1<<20 && n/compressed > a.lim.MaxRatio {
		a.fail(name, fmt.Sprintf("compression ratio above %d:1; member not read", a.lim.MaxRatio), errArchiveCap)
		return nil, nil
	}
	return buf.Bytes(), nil
}

// entryKind is what an archive entry is, whatever the format says.
type entryKind int

const (
	entryFile entryKind = iota
	entryDir
	entryLink
	entryDevice
	entryOther
)

// take decides whether an entry whose name passed entry() is read: JSON
// files are; directories and other files are passed over in silence;
// links, devices, encrypted and nested archives are reported.
func (a *archiveReader) take(name string, kind entryKind, encrypted bool) bool {
	switch {
	case kind == entryDir:
		return false
	case kind == entryLink:
		a.fail(name, "link skipped", nil)
		return false
	case kind == entryDevice:
		a.fail(name, "device or FIFO skipped", nil)
		return false
	case kind == entryOther:
		a.fail(name, "special entry skipped", nil)
		return false
	case encrypted:
		a.fail(name, "encrypted member skipped", nil)
		return false
	case isArchiveName(name):
		a.fail(name, "nested archive not expanded", nil)
		return false
	}
	return isJSONName(name)
}

// member loads the records of one member's data.
func (a *archiveReader) member(name string, data []byte) {
	if isArchiveName(name) || isArchiveData(data) {
		a.fail(name, "nested archive not expanded", nil)
		return
	}
	loadBytes(a.ctx, a.file, name, data, a.lim, func(r *Record, err error) bool {
		if !a.yield(r, err) {
			a.stop = true
		}
		return !a.stop
	})
}

// loadArchive reads the archive in r. Nothing is written to disk.
func loadArchive(ctx context.Context, file string, kind archiveType, r io.Reader, lim Limits, yield func(*Record, error) bool) {
	a := &archiveReader{ctx: ctx, file: file, lim: lim, yield: yield}
	switch kind {
	case archiveZip:
		a.zip(r)
	case archiveGzip:
		a.tarGz(r)
	}
}

package finding

import (
	"fmt"
	"io"
)

// Limits bound what the loader accepts from one source. Zero fields take
// the defaults of DefaultLimits.
type Limits struct {
	MaxFileSize   int64 // bytes of a plain file or stdin (archive members: MaxMember)
	MaxDepth      int   // JSON nesting depth
	MaxStringSize int   // bytes in a single JSON string
	MaxArchive    int64 // bytes of an archive file
	MaxEntries    int   // entries in an archive
	MaxTotal      int64 // bytes read from all members of one archive
	MaxMember     int64 // bytes read from one archive member (also at most MaxFileSize), counted as read, not as declared
	MaxRatio      int64 // largest decompressed:compressed ratio of an archive member
}

// Source is one input: a named reader opened on demand. Load recognises
// archives (.zip, .tar.gz, .tgz) and gzip-compressed JSON by name and
// content and expands them.
type Source struct {
	Name string // shown in errors and Origin.File
	Open func() (io.ReadCloser, error)
}

// Options configure a load.
type Options struct {
	Limits Limits
}

// LoadError is a bad record or a bad source: where it is and why. The load
// goes on after it. For a fault inside a record, Origin.Offset, Line and Col
// point at the offending byte (line and column are 1-based, the column
// counted in bytes); for a fault of a whole source (cannot open, too
// large) Index is -1 and Line is 0.
type LoadError struct {
	Origin Origin
	Reason string
	Err    error
}

func (e *LoadError) Error() string { return e.Origin.String() + ": " + e.Reason }
func (e *LoadError) Unwrap() error { return e.Err }

// String renders an origin as file[!member]: record N: line:col.
func (o Origin) String() string {
	s := o.File
	if o.Member != "" {
		s += "!" + o.Member
	}
	if o.Index >= 0 {
		s += fmt.Sprintf(": record %d", o.Index)
	}
	if o.Line > 0 {
		s += fmt.Sprintf(": %d:%d", o.Line, o.Col)
	}
	return s
}

package finding

// Default limits. They are engineering choices (see
// shared/reference/hostile-input.md §2): large enough for a real export,
// small enough that a hostile file cannot exhaust memory. Every one can be
// raised by a flag; a zero field in Limits takes its default.
const (
	DefaultMaxFileSize   = 1 << 30   // 1 GiB per file, stdin or archive member
	DefaultMaxDepth      = 64        // a finding nests about 8 deep
	DefaultMaxStringSize = 16 << 20  // 16 MiB in one JSON string (script contents)
	DefaultMaxArchive    = 256 << 20 // 256 MiB of archive file
	DefaultMaxEntries    = 10000     // entries in one archive
	DefaultMaxTotal      = 512 << 20 // 512 MiB read from all members of one archive
	DefaultMaxMember     = 64 << 20  // 64 MiB read from one archive member
	DefaultMaxRatio      = 100       // decompressed:compressed bytes of an archive member
)

// DefaultLimits returns the limits a zero Limits stands for.
func DefaultLimits() Limits {
	return Limits{
		MaxFileSize:   DefaultMaxFileSize,
		MaxDepth:      DefaultMaxDepth,
		MaxStringSize: DefaultMaxStringSize,
		MaxArchive:    DefaultMaxArchive,
		MaxEntries:    DefaultMaxEntries,
		MaxTotal:      DefaultMaxTotal,
		MaxMember:     DefaultMaxMember,
		MaxRatio:      DefaultMaxRatio,
	}
}

// withDefaults fills zero fields from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = d.MaxFileSize
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = d.MaxDepth
	}
	if l.MaxStringSize <= 0 {
		l.MaxStringSize = d.MaxStringSize
	}
	if l.MaxArchive <= 0 {
		l.MaxArchive = d.MaxArchive
	}
	if l.MaxEntries <= 0 {
		l.MaxEntries = d.MaxEntries
	}
	if l.MaxTotal <= 0 {
		l.MaxTotal = d.MaxTotal
	}
	if l.MaxMember <= 0 {
		l.MaxMember = d.MaxMember
	}
	if l.MaxRatio <= 0 {
		l.MaxRatio = d.MaxRatio
	}
	return l
}

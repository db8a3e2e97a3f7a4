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
	return Limits{
		MaxFileSize:   orDefault(l.MaxFileSize, d.MaxFileSize),
		MaxDepth:      orDefault(l.MaxDepth, d.MaxDepth),
		MaxStringSize: orDefault(l.MaxStringSize, d.MaxStringSize),
		MaxArchive:    orDefault(l.MaxArchive, d.MaxArchive),
		MaxEntries:    orDefault(l.MaxEntries, d.MaxEntries),
		MaxTotal:      orDefault(l.MaxTotal, d.MaxTotal),
		MaxMember:     orDefault(l.MaxMember, d.MaxMember),
		MaxRatio:      orDefault(l.MaxRatio, d.MaxRatio),
	}
}

func orDefault[T int | int64](v, d T) T {
	if v <= 0 {
		return d
	}
	return v
}

package cli

import (
	"os"
	"runtime/debug"
)

// Garbage-collector settings for scan. Classifying a script allocates a lot
// that dies with it and keeps only the small report, so with Go's default
// (GOGC=100) a directory scan spends about a fifth of its CPU collecting. A
// larger GOGC collects less often; the soft memory limit makes the
// collector work harder again before the heap nears it, so a 10 MB script
// still stays well under issue 3's 256 MB. A user's GOGC or GOMEMLIMIT
// wins over both.
const (
	scanGCPercent   = 400
	scanMemoryLimit = 192 << 20
)

// tuneGCForScan applies the settings and returns a function restoring the
// previous ones (scan also runs inside tests).
func tuneGCForScan() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	pct := debug.SetGCPercent(scanGCPercent)
	lim := debug.SetMemoryLimit(scanMemoryLimit)
	return func() {
		debug.SetGCPercent(pct)
		debug.SetMemoryLimit(lim)
	}
}

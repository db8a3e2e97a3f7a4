package finding

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"iter"
)

// Load reads every record of srcs in order and yields each as it is
// parsed: a *Record with a nil error, or a nil record with a *LoadError
// for a bad record or source. A bad record never stops the others; a
// source that cannot be opened is reported and the next one is read.
// Files are read in chunks, so the first record of a large JSON Lines
// file or array arrives before the rest is read. Archives (.zip, .tar.gz,
// .tgz, by name or content) are read in memory within opts.Limits; a
// gzip-compressed JSON file (.jsonl.gz) is streamed like a plain one.
//
// The sequence stops early when the consumer stops or ctx ends; in the
// latter case it yields ctx's error last (wrapped in a *LoadError).
func Load(ctx context.Context, srcs []Source, opts Options) iter.Seq2[*Record, error] {
	lim := opts.Limits.withDefaults()
	return func(yield func(*Record, error) bool) {
		stopped := false
		guard := func(r *Record, err error) bool {
			if stopped {
				return false
			}
			if !yield(r, err) {
				stopped = true
			}
			return !stopped
		}
		for _, src := range srcs {
			if stopped {
				return
			}
			loadSource(ctx, src, lim, guard)
			if err := ctx.Err(); err != nil {
				guard(nil, &LoadError{Origin: Origin{File: src.Name, Index: -1}, Reason: "load cancelled", Err: err})
				return
			}
		}
	}
}

// loadSource reads one source: a plain file, an archive or stdin.
func loadSource(ctx context.Context, src Source, lim Limits, yield func(*Record, error) bool) {
	fail := func(reason string, err error) {
		yield(nil, &LoadError{Origin: Origin{File: src.Name, Index: -1}, Reason: reason, Err: err})
	}
	if src.Open == nil {
		fail("source has no opener", nil)
		return
	}
	rc, err := src.Open()
	if err != nil {
		fail("cannot open: "+err.Error(), err)
		return
	}
	defer rc.Close()
	size := int64(-1)
	if st, ok := rc.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
	}
	// Sniff the first bytes for an archive magic number. One read is
	// enough for JSON (its first byte rules archives out), so a pipe that
	// has sent one small record is not waited on.
	head := make([]byte, 0, 8)
	for len(head) < 4 {
		n, rerr := rc.Read(head[len(head):cap(head)])
		head = head[:len(head)+n]
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			fail("read error: "+rerr.Error(), rerr)
			return
		}
		if len(head) > 0 && head[0] != 'P' && head[0] != 0x1f {
			break
		}
	}
	kind := archiveKind(src.Name, head)
	r := io.MultiReader(bytes.NewReader(head), rc)
	if kind != archiveNone {
		if size > lim.MaxArchive {
			fail(fmt.Sprintf("archive of %d bytes is larger than the limit of %d bytes", size, lim.MaxArchive), errTooLarge)
			return
		}
		loadArchive(ctx, src.Name, kind, r, lim, yield)
		return
	}
	if size > lim.MaxFileSize {
		fail(fmt.Sprintf("file of %d bytes is larger than the limit of %d bytes", size, lim.MaxFileSize), errTooLarge)
		return
	}
	// The first buffer is small: a short input costs little, and the first
	// record of a long one arrives sooner.
	s := &stream{r: r, buf: make([]byte, 0, firstChunk), limit: lim.MaxFileSize}
	newFileLoader(ctx, src.Name, "", lim, s, yield).run()
}

// loadBytes reads the records of an archive member held in memory.
func loadBytes(ctx context.Context, file, member string, data []byte, lim Limits, yield func(*Record, error) bool) {
	newFileLoader(ctx, file, member, lim, newByteStream(data), yield).run()
}

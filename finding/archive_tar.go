package finding

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// countReader counts bytes and refuses to go past max.
type countReader struct {
	r   io.Reader
	n   int64
	max int64
}

func (c *countReader) Read(p []byte) (int, error) {
	if c.n > c.max {
		return 0, errArchiveCap
	}
	if int64(len(p)) > c.max+1-c.n {
		p = p[:c.max+1-c.n]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.n > c.max {
		return n - int(c.n-c.max), errArchiveCap
	}
	return n, err
}

// tarGz reads a gzip-compressed tar archive as a stream: one member in
// memory at a time.
func (a *archiveReader) tarGz(r io.Reader) {
	compressed := &countReader{r: r, max: a.lim.MaxArchive}
	gz, err := gzip.NewReader(compressed)
	if err != nil {
		a.fail("", "not a readable gzip stream: "+err.Error(), err)
		return
	}
	defer gz.Close()
	// Everything decompressed counts, skipped members and headers too, so
	// a bomb in a member pytriage does not read still stops.
	plain := &countReader{r: gz, max: a.lim.MaxTotal + a.lim.MaxMember}
	br := bufio.NewReaderSize(plain, 4096)
	if head, _ := br.Peek(512); !isTarHeader(head) {
		plain.max = a.lim.MaxFileSize + 1<<16 // the stream stops at MaxFileSize itself
		a.gzipFile(gz, br)
		return
	}
	tr := tar.NewReader(br)
	for !a.stop && a.ctx.Err() == nil {
		h, err := tr.Next()
		if err == io.EOF {
			return
		}
		// With GODEBUG tarinsecurepath=0, Next reports ErrInsecurePath
		// with a valid header; entry refuses the name itself.
		if err != nil && !errors.Is(err, tar.ErrInsecurePath) {
			a.failTar(compressed, plain, err)
			return
		}
		ok, err := a.entry(h.Name)
		if err != nil {
			return
		}
		if !ok {
			continue
		}
		kind := entryOther
		switch h.Typeflag {
		case tar.TypeReg, tar.TypeRegA:
			kind = entryFile
		case tar.TypeDir:
			kind = entryDir
		case tar.TypeSymlink, tar.TypeLink:
			kind = entryLink
		case tar.TypeChar, tar.TypeBlock, tar.TypeFifo:
			kind = entryDevice
		}
		if !a.take(h.Name, kind, false) {
			continue
		}
		data, err := a.readMember(h.Name, tr, 0)
		if err != nil {
			return
		}
		if plain.n > 1<<20 && compressed.n > 0 && plain.n/compressed.n > a.lim.MaxRatio {
			a.fail(h.Name, fmt.Sprintf("compression ratio above %d:1; the rest is not read", a.lim.MaxRatio), errArchiveCap)
			return
		}
		if data != nil {
			a.member(h.Name, data)
		}
	}
}

// failTar reports why a tar stream stopped.
func (a *archiveReader) failTar(compressed, plain *countReader, err error) {
	switch {
	case errors.Is(err, errArchiveCap) && compressed.n > compressed.max:
		a.fail("", fmt.Sprintf("archive larger than the limit of %d bytes", a.lim.MaxArchive), errTooLarge)
	case errors.Is(err, errArchiveCap):
		a.fail("", fmt.Sprintf("archive holds more than %d bytes of members; the rest is not read", a.lim.MaxTotal), err)
	default:
		a.fail("", "corrupt archive: "+err.Error(), err)
	}
}

// isTarHeader reports a tar header block (or the zero block of an empty
// archive) at the start of decompressed data.
func isTarHeader(b []byte) bool {
	if len(b) >= 262 && string(b[257:262]) == "ustar" {
		return true
	}
	return len(b) == 512 && bytes.Count(b, []byte{0}) == 512
}

// gzipFile reads a gzip-compressed JSON or JSON Lines file (such as
// findings.jsonl.gz from a Cloud Storage export) as a stream, like a plain
// file: decompressed bytes count against MaxFileSize, and memory stays
// bounded whatever the compression ratio. Origin.Member is the name the
// gzip header gives (when it passes the member name check) or the file
// name without ".gz"; offsets count decompressed bytes.
func (a *archiveReader) gzipFile(gz *gzip.Reader, r io.Reader) {
	member := strings.TrimSuffix(path.Base(strings.ReplaceAll(a.file, "\\", "/")), ".gz")
	if gz.Name != "" && checkMemberName(gz.Name) == "" {
		member = gz.Name
	}
	s := &stream{r: r, buf: make([]byte, 0, firstChunk), limit: a.lim.MaxFileSize}
	newFileLoader(a.ctx, a.file, member, a.lim, s, func(rec *Record, err error) bool {
		if !a.yield(rec, err) {
			a.stop = true
		}
		return !a.stop
	}).run()
}

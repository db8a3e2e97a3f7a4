package finding

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
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
	tr := tar.NewReader(plain)
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
		switch h.Typeflag {
		case tar.TypeReg, tar.TypeRegA:
		case tar.TypeDir:
			continue
		case tar.TypeSymlink, tar.TypeLink:
			a.fail(h.Name, "link skipped", nil)
			continue
		case tar.TypeChar, tar.TypeBlock, tar.TypeFifo:
			a.fail(h.Name, "device or FIFO skipped", nil)
			continue
		default:
			a.fail(h.Name, fmt.Sprintf("entry of type %q skipped", h.Typeflag), nil)
			continue
		}
		if isArchiveName(h.Name) {
			a.fail(h.Name, "nested archive not expanded", nil)
			continue
		}
		if !isJSONName(h.Name) {
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

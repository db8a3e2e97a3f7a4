package finding

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// zip reads a zip archive: the whole file in memory (zip needs random
// access), members through readMember's caps.
func (a *archiveReader) zip(r io.Reader) {
	data, err := io.ReadAll(io.LimitReader(r, a.lim.MaxArchive+1))
	if err != nil {
		a.fail("", "read error: "+err.Error(), err)
		return
	}
	if int64(len(data)) > a.lim.MaxArchive {
		a.fail("", fmt.Sprintf("archive larger than the limit of %d bytes", a.lim.MaxArchive), errTooLarge)
		return
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	// With GODEBUG zipinsecurepath=0, NewReader reports ErrInsecurePath
	// along with a usable reader; the names are refused one by one below.
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		a.fail("", "not a readable zip archive: "+err.Error(), err)
		return
	}
	for _, f := range zr.File {
		if a.stop || a.ctx.Err() != nil {
			return
		}
		ok, err := a.entry(f.Name)
		if err != nil {
			return
		}
		if !ok {
			continue
		}
		kind := entryFile
		switch mode := f.Mode(); {
		case mode.IsDir():
			kind = entryDir
		case mode&fs.ModeSymlink != 0:
			kind = entryLink
		case mode&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeNamedPipe|fs.ModeSocket) != 0:
			kind = entryDevice
		case !mode.IsRegular():
			kind = entryOther
		}
		if !a.take(f.Name, kind, f.Flags&0x1 != 0) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			a.fail(f.Name, "cannot open member: "+err.Error(), err)
			continue
		}
		data, err := a.readMember(f.Name, rc, int64(f.CompressedSize64))
		rc.Close()
		if err != nil {
			return
		}
		if data != nil {
			a.member(f.Name, data)
		}
	}
}

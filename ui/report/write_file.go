package report

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes a report to a new file at path, mode 0600, through
// write. Without force an existing path is refused (O_EXCL, so a file or
// symlink planted there is never followed or overwritten). With force the
// report is written to a temporary file beside path and renamed over it,
// which replaces a symlink rather than writing through it. A failed write
// leaves no partial report behind.
func WriteFile(path string, force bool, write func(io.Writer) error) error {
	if force {
		return replaceFile(path, write)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("report: %s already exists; choose another --out or add --force to replace it", path)
	}
	if err != nil {
		return fmt.Errorf("report: create %s: %w", path, err)
	}
	if err := writeAndClose(f, write); err != nil {
		os.Remove(path)
		return fmt.Errorf("report: write %s: %w", path, err)
	}
	return nil
}

func replaceFile(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("report: create a temporary file beside %s: %w", path, err)
	}
	tmp := f.Name()
	if err := writeAndClose(f, write); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("report: write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("report: replace %s: %w", path, err)
	}
	return nil
}

// writeAndClose runs write through a buffer, then syncs and closes f.
func writeAndClose(f *os.File, write func(io.Writer) error) error {
	bw := bufio.NewWriter(f)
	err := write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Package samples owns pytriage's offline sample set: SCC finding exports
// of every supported shape, generated from the hand-written, defanged
// scripts in scripts/ by samples/internal/build and embedded so that
// `pytriage` with no arguments has something to open. See README.md for
// what each file shows.
//
// It only carries data: it must not import pytriage/finding, pytriage/model
// or pytriage/ui (they read it, not the other way round). The hostile file
// in hostile/ is deliberately not embedded.
package samples

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// FS holds the sample set under the directory Root ("data"): one file per
// export shape (.json, .jsonl, .ndjson).
//
//go:embed data
var FS embed.FS

// Root is the directory inside FS that holds the sample files.
const Root = "data"

// WriteTo writes the sample set into dir, which must not exist or be an
// empty directory. dir is created 0700 and files 0600, each created fresh
// (O_EXCL) through an os.Root so nothing is written outside dir.
func WriteTo(dir string) error {
	if err := os.Mkdir(dir, 0o700); err != nil {
		if !errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("samples: create %s: %w", dir, err)
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return fmt.Errorf("samples: %s exists and is not a readable directory: %w", dir, err)
		}
		if len(entries) > 0 {
			return fmt.Errorf("samples: %s already exists and is not empty; give a new directory", dir)
		}
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return fmt.Errorf("samples: open %s: %w", dir, err)
	}
	defer root.Close()
	entries, err := fs.ReadDir(FS, Root)
	if err != nil {
		return fmt.Errorf("samples: embedded set: %w", err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		if err := writeOne(root, e.Name()); err != nil {
			return fmt.Errorf("samples: write %s: %w", dir, err)
		}
	}
	return nil
}

func writeOne(root *os.Root, name string) error {
	b, err := FS.ReadFile(Root + "/" + name)
	if err != nil {
		return err
	}
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

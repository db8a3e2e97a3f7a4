package finding

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// stdinReader is what "-" reads; tests swap it.
var stdinReader io.Reader = os.Stdin

// StdinSource returns a source named "-" that reads r once.
func StdinSource(r io.Reader) Source {
	return Source{Name: "-", Open: func() (io.ReadCloser, error) { return io.NopCloser(r), nil }}
}

// wanted reports whether a directory walk should load a file: JSON,
// JSON Lines and the archives the loader reads.
func wanted(name string) bool {
	n := strings.ToLower(name)
	return isJSONName(strings.TrimSuffix(n, ".gz")) || strings.HasSuffix(n, ".zip") || strings.HasSuffix(n, ".tar.gz") || strings.HasSuffix(n, ".tgz")
}

// PathSources turns command-line arguments into sources: "-" is stdin
// (once), a file is read whatever its name, a directory is walked
// recursively for .json, .jsonl, .ndjson, .zip, .tar.gz and .tgz files in
// lexical order (symbolic links inside it are not followed). Paths that
// cannot be used are reported together in the error; the sources of the
// others are still returned. Gzip-compressed JSON (.json.gz, .jsonl.gz,
// .ndjson.gz) is taken too.
func PathSources(paths []string) ([]Source, error) {
	var srcs []Source
	var errs []error
	stdin := false
	for _, p := range paths {
		if p == "-" {
			if stdin {
				errs = append(errs, errors.New("-: standard input given more than once"))
				continue
			}
			stdin = true
			srcs = append(srcs, StdinSource(stdinReader))
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !fi.IsDir() {
			srcs = append(srcs, fileSource(p))
			continue
		}
		err = filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, err)
				if d != nil && d.IsDir() && name != p {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && wanted(d.Name()) {
				srcs = append(srcs, fileSource(name))
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
	}
	return srcs, errors.Join(errs...)
}

func fileSource(name string) Source {
	return Source{Name: name, Open: func() (io.ReadCloser, error) { return os.Open(name) }}
}

// FSSources lists the loadable files under root in fsys (recursively, in
// lexical order), for the embedded sample set. Origin.File is the path
// inside fsys, so embedding the samples directory gives "samples/<name>".
func FSSources(fsys fs.FS, root string) ([]Source, error) {
	var srcs []Source
	err := fs.WalkDir(fsys, root, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && wanted(d.Name()) {
			srcs = append(srcs, Source{Name: name, Open: func() (io.ReadCloser, error) { return fsys.Open(name) }})
		}
		return nil
	})
	if err != nil {
		return srcs, fmt.Errorf("listing %s: %w", path.Clean(root), err)
	}
	sort.SliceStable(srcs, func(i, j int) bool { return srcs[i].Name < srcs[j].Name })
	return srcs, nil
}

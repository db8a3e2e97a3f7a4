// Command build regenerates pytriage's offline sample set from
// samples/scripts and the scenario table in samples/internal/gen:
//
//	go run ./samples/internal/build
//
// It writes samples/data (embedded), samples/hostile/hostile.json,
// samples/README.md and, with -archives, samples/testdata/samples.zip and
// samples.tar.gz. Output is deterministic; TestGeneratedUpToDate fails when
// the committed files differ from what this writes.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/pytriage/pytriage/samples/internal/gen"
)

func main() {
	dir := flag.String("samples", "samples", "the samples directory (scripts in, data out)")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	out, err := gen.All(os.DirFS(filepath.Join(dir, "scripts")))
	if err != nil {
		return err
	}
	names := make([]string, 0, len(out))
	for name := range out {
		names = append(names, name)
	}
	sort.Strings(names)
	if err := removeStale(filepath.Join(dir, "data"), out); err != nil {
		return err
	}
	for _, name := range names {
		b := out[name]
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
		fmt.Println("wrote", p)
	}
	return nil
}

// removeStale deletes files in data/ the generator no longer writes, so a
// renamed shape does not linger in the embedded set.
func removeStale(dataDir string, out map[string][]byte) error {
	entries, err := os.ReadDir(dataDir)
	if err != nil {
		if os.IsNotExist(err) {
			return nil
		}
		return err
	}
	for _, e := range entries {
		if _, ok := out["data/"+e.Name()]; !ok {
			p := filepath.Join(dataDir, e.Name())
			if err := os.Remove(p); err != nil {
				return err
			}
			fmt.Println("removed", p)
		}
	}
	return nil
}

// Package gen builds pytriage's offline sample set: it turns the scripts in
// samples/scripts and the scenario table (story.go) into SCC export files,
// one per export shape, plus the hostile file and the samples README. The
// output is a pure function of its inputs, so a test can rebuild it and
// compare bytes with what is committed.
//
// It is used by samples/internal/build and the samples tests only; it must
// not import pytriage/finding, pytriage/model or pytriage/ui (the set must
// not be shaped by the loader it tests).
package gen

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// Build returns the files of the sample set, keyed by name (relative to
// samples/data), built from the scripts in scripts (a directory of .py and
// .sh files).
func Build(scripts fs.FS) (files map[string][]byte, err error) {
	defer func() {
		if r := recover(); r != nil { // a bug in the tables, not in input
			err = fmt.Errorf("sample generator: %v", r)
		}
	}()
	texts, err := readScripts(scripts)
	if err != nil {
		return nil, err
	}
	byFile := map[string][]*scenario{}
	for i := range story {
		s := &story[i]
		if _, ok := shapes[s.File]; !ok {
			return nil, fmt.Errorf("scenario %s: unknown file %q", s.Key, s.File)
		}
		byFile[s.File] = append(byFile[s.File], s)
	}
	files = map[string][]byte{}
	for name, sh := range shapes {
		scs := byFile[name]
		if len(scs) == 0 || (sh.Single && len(scs) != 1) {
			return nil, fmt.Errorf("%s: %d findings, want %s", name, len(scs), map[bool]string{true: "1", false: "at least 1"}[sh.Single])
		}
		b, err := sh.Render(scs, texts)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		files[name] = b
	}
	return files, nil
}

func readScripts(fsys fs.FS) (map[string]string, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("reading scripts: %w", err)
	}
	out := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !(strings.HasSuffix(e.Name(), ".py") || strings.HasSuffix(e.Name(), ".sh")) {
			continue
		}
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return nil, fmt.Errorf("reading script %s: %w", path.Join("scripts", e.Name()), err)
		}
		out[e.Name()] = string(b)
	}
	return out, nil
}

// ScriptUse maps each script the set uses to whether its findings are
// benign (false positives) or malicious, for the samples tests.
func ScriptUse() map[string]bool {
	out := map[string]bool{}
	for _, s := range story {
		for _, n := range []string{s.Script, s.Dashc} {
			if n != "" {
				out[n] = s.Benign
			}
		}
	}
	return out
}

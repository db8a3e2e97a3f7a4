package gen

import (
	"fmt"
	"io/fs"
)

// All returns every generated file keyed by its path under samples/:
// data/* (the embedded set), hostile/hostile.json, README.md and the
// archive copies testdata/samples.zip and testdata/samples.tar.gz.
func All(scripts fs.FS) (map[string][]byte, error) {
	files, err := Build(scripts)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for name, b := range files {
		out["data/"+name] = b
	}
	z, err := Zip(files)
	if err != nil {
		return nil, fmt.Errorf("samples.zip: %w", err)
	}
	t, err := TarGz(files)
	if err != nil {
		return nil, fmt.Errorf("samples.tar.gz: %w", err)
	}
	out["testdata/samples.zip"] = z
	out["testdata/samples.tar.gz"] = t
	out["hostile/hostile.json"] = Hostile()
	out["README.md"] = README()
	return out, nil
}

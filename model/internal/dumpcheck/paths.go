package dumpcheck

import (
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
)

// Paths lists the inputs of a dump, sorted: every file under each relative
// root (the project's corpus and fixtures, whatever their names), and the
// .py files outside site-packages under each absolute root (a machine's
// Python installations). Missing roots are skipped, so a dump depends on
// the machine it is made on.
func Paths(roots ...string) []string {
	var paths []string
	for _, root := range roots {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if strings.HasPrefix(root, "/") && (filepath.Ext(p) != ".py" || strings.Contains(p, "site-packages")) {
				return nil
			}
			paths = append(paths, p)
			return nil
		})
	}
	sort.Strings(paths)
	return paths
}

package cli

import (
	"fmt"
	"runtime/debug"
)

// version is set at link time (-ldflags "-X github.com/pytriage/pytriage/ui/cli.version=v1.2.3");
// otherwise the module version and VCS revision from the build info are used.
var version = ""

func runVersion(e *env, args []string) int {
	fs := newFlags(e, "version")
	if code, done := parseFlags(e, fs, args); done {
		return code
	}
	fmt.Fprintln(e.stdout, "pytriage", versionString())
	return exitOK
}

func versionString() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v + " " + bi.GoVersion
}

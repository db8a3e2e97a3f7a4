package finding

import (
	"strings"
	"testing"
)

// FuzzLiteralCode: the -c scanner never panics, and what it returns is
// always the tail of one argument (never text it made up).
func FuzzLiteralCode(f *testing.F) {
	for _, s := range []string{
		"python3\x00-c\x00print(1)", "python3\x00-uc\x00x", "python3\x00-cX", "python3\x00-W\x00-c",
		"python3\x00-m\x00mod", "sh\x00-c\x00echo", "bash\x00-o\x00posix\x00-c\x00--\x00x", "python3\x00-", "",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, joined string, shell bool) {
		args := strings.Split(joined, "\x00")
		code, ok := literalCode(args, shell)
		if !ok {
			if code != "" {
				t.Fatalf("not ok but code %q", code)
			}
			return
		}
		for _, a := range args[1:] {
			if strings.HasSuffix(a, code) {
				return
			}
		}
		t.Fatalf("code %q is no argument's tail: %q", code, args)
	})
}

// FuzzNamesOf: parsing never panics and every name it returns is a path
// segment of the input.
func FuzzNamesOf(f *testing.F) {
	for _, s := range []string{
		"//run.googleapis.com/projects/p/locations/l/services/s/revisions/r",
		"//container.googleapis.com/projects/p/zones/z/clusters/c/k8s/namespaces/n/pods/x",
		"projects//locations/", "//a.b/", "////", "pods/\x1b[2J",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		var n ResourceNames
		n.parse(name)
		segs := map[string]bool{}
		for _, s := range strings.Split(name, "/") {
			segs[s] = true
		}
		for _, v := range []string{n.Project, n.Location, n.Service, n.Revision, n.Job, n.Execution, n.Cluster, n.Namespace, n.Pod, n.Container} {
			if v != "" && !segs[v] {
				t.Fatalf("%q is not a segment of %q (%+v)", v, name, n)
			}
		}
		_ = n.Short()
	})
}

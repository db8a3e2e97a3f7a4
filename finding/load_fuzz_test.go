package finding

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzLoad: whatever the bytes, Load returns records or errors, never
// panics, and every string of every record is valid UTF-8.
func FuzzLoad(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "load", "*.json*"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("{\"name\":\"a\"}\n{\"name\":\"a\",\"name\":1}\n[1,2"))
	f.Add([]byte(`{"listFindingsResults":[{"finding":{"name":"x"}}],"x":{"y":[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := Limits{MaxDepth: 32, MaxStringSize: 1 << 16, MaxFileSize: 1 << 20}
		for r, err := range Load(context.Background(), []Source{bytesSource("fuzz.json", data)}, Options{Limits: lim}) {
			if err != nil {
				if _, ok := err.(*LoadError); !ok {
					t.Fatalf("error of type %T", err)
				}
				continue
			}
			checkUTF8(t, r)
		}
	})
}

// FuzzArchive: arbitrary bytes read as a zip and as a tar.gz never panic
// and yield only valid UTF-8 strings.
func FuzzArchive(f *testing.F) {
	body := `{"name":"a","processes":[{"script":{"contents":"print(1)"}}]}`
	f.Add(makeZip(f, []member{{name: "a.json", body: body}, {name: "../b.json", body: body}}))
	f.Add(makeTarGz(f, []member{{name: "a.json", body: body}, {name: "l.json", tar: '2'}}))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{0x1f, 0x8b, 8, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := Limits{MaxArchive: 1 << 20, MaxMember: 1 << 18, MaxTotal: 1 << 19, MaxEntries: 64}
		for _, name := range []string{"f.zip", "f.tar.gz"} {
			for r, err := range Load(context.Background(), []Source{bytesSource(name, data)}, Options{Limits: lim}) {
				if err != nil {
					continue
				}
				checkUTF8(t, r)
			}
		}
	})
}

func checkUTF8(t *testing.T, r *Record) {
	t.Helper()
	f := r.Finding
	strs := []string{f.Name, f.Parent, f.ResourceName, f.Category, f.State, f.Severity, f.Mute, f.FindingClass,
		f.Description, f.NextSteps, f.ExternalURI, f.ParentDisplayName, r.Resource.Name, r.Resource.DisplayName,
		r.Resource.Type, r.Resource.Project, r.Resource.ProjectDisplayName, r.Resource.Parent, r.Origin.Member}
	for _, p := range f.Processes {
		strs = append(strs, p.Name)
		strs = append(strs, p.Args...)
		for _, e := range p.EnvVariables {
			strs = append(strs, e.Name, e.Val)
		}
		for _, file := range []*File{p.Binary, p.Script} {
			if file != nil {
				strs = append(strs, file.Path, file.Contents, file.SHA256)
			}
		}
	}
	for _, c := range f.Containers {
		strs = append(strs, c.Name, c.URI, c.ImageID)
		for k, v := range c.Labels {
			strs = append(strs, k, v)
		}
	}
	for _, s := range strs {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in a record string: %q", s)
		}
	}
	if !utf8.Valid(r.Raw) && r.Shape != ShapePushEnvelope {
		t.Fatalf("Raw is not valid UTF-8")
	}
}

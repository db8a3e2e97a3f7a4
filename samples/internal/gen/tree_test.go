package gen

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestSnake(t *testing.T) {
	for in, want := range map[string]string{
		"resourceName":       "resource_name",
		"hashedSize":         "hashed_size",
		"partiallyHashed":    "partially_hashed",
		"ns":                 "ns",
		"sha256":             "sha256",
		"imageId":            "image_id",
		"destinationIp":      "destination_ip",
		"envVariables":       "env_variables",
		"projectDisplayName": "project_display_name",
	} {
		if got := snake(in); got != want {
			t.Errorf("snake(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRenderStyles(t *testing.T) {
	tree := obj{
		{"hashedSize", i64(1024)},
		{"eventTime", ts(time.Date(2026, 11, 20, 10, 14, 3, 512e6, time.UTC))},
		{"muteInfo", null{}},
		{"securityMarks", obj{{"marks", map[string]string{"triageState": "open"}}}},
		{"sourceProperties", obj{{"ruleName", "x"}}},
		{"contents", "a < b && c > d"},
	}
	for _, tc := range []struct {
		name string
		st   style
		want string
	}{
		{"proto JSON", protoJSON, `{"hashedSize":"1024","eventTime":"2026-11-20T10:14:03.512Z","securityMarks":{"marks":{"triageState":"open"}},"sourceProperties":{"ruleName":"x"},"contents":"a < b && c > d"}`},
		{"snake, numbers", snakeNums, `{"hashed_size":1024,"event_time":"2026-11-20T10:14:03.512Z","security_marks":{"marks":{"triageState":"open"}},"source_properties":{"ruleName":"x"},"contents":"a < b && c > d"}`},
		{"BigQuery", bigQuery, `{"hashed_size":1024,"event_time":"2026-11-20 10:14:03.512000 UTC","mute_info":null,"security_marks":{"marks":{"triageState":"open"}},"source_properties_json":"{\"ruleName\":\"x\"}","contents":"a < b && c > d"}`},
	} {
		if got := string(encode(render(tree, tc.st), "")); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

func TestEncodeIndentKeepsOrder(t *testing.T) {
	got := string(encode(render(obj{{"z", 1}, {"a", []any{}}, {"m", obj{}}}, protoJSON), "  "))
	want := "{\n  \"z\": 1,\n  \"a\": [],\n  \"m\": {}\n}"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func testScripts(t *testing.T) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for name := range ScriptUse() {
		fsys[name] = &fstest.MapFile{Data: []byte("print('" + name + "')\n# timeout=5\n" + strings.Repeat("x = 1\n", 300))}
	}
	return fsys
}

func TestBuildIsDeterministic(t *testing.T) {
	a, err := All(testScripts(t))
	if err != nil {
		t.Fatal(err)
	}
	b, err := All(testScripts(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) || len(a) < 14 {
		t.Fatalf("%d and %d files", len(a), len(b))
	}
	for name := range a {
		if string(a[name]) != string(b[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

func TestBuildMissingScript(t *testing.T) {
	fsys := testScripts(t)
	delete(fsys, "revshell_pty.py")
	_, err := Build(fsys)
	if err == nil || !strings.Contains(err.Error(), "revshell_pty.py") {
		t.Fatalf("err = %v, want one naming the missing script", err)
	}
}

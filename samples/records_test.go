package samples

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// rec is one finding as read back from the embedded files with
// encoding/json alone, independent of the generator and of the finding
// package's loader.
type rec struct {
	file     string
	finding  map[string]any
	resource map[string]any
}

// field reads a key in camelCase or snake_case.
func field(m map[string]any, camel string) any {
	if v, ok := m[camel]; ok {
		return v
	}
	var b strings.Builder
	for i, r := range camel {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return m[b.String()]
}

func str(m map[string]any, k string) string { s, _ := field(m, k).(string); return s }

func obj(m map[string]any, k string) map[string]any { o, _ := field(m, k).(map[string]any); return o }

func list(m map[string]any, k string) []any { l, _ := field(m, k).([]any); return l }

// num reads an int64 field given as a JSON string or number.
func num(t *testing.T, m map[string]any, k string) int64 {
	t.Helper()
	switch v := field(m, k).(type) {
	case string:
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		return n
	case json.Number:
		n, err := v.Int64()
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		return n
	}
	return 0
}

func decode(b []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	if d.More() {
		return nil, fmt.Errorf("trailing data after the JSON value")
	}
	return v, nil
}

// parseFile parses one embedded file: JSON Lines by extension, else one
// JSON document.
func parseFile(name string, b []byte) ([]any, error) {
	if strings.HasSuffix(name, ".jsonl") || strings.HasSuffix(name, ".ndjson") {
		var out []any
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(nil, 1<<24)
		for line := 1; sc.Scan(); line++ {
			v, err := decode(sc.Bytes())
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			out = append(out, v)
		}
		return out, sc.Err()
	}
	v, err := decode(b)
	if err != nil {
		return nil, err
	}
	if a, ok := v.([]any); ok {
		return a, nil
	}
	return []any{v}, nil
}

// unwrap finds the findings in one record of any export shape.
func unwrap(file string, v any) ([]rec, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("record is %T, want an object", v)
	}
	if items, ok := m["listFindingsResults"].([]any); ok {
		var out []rec
		for _, it := range items {
			rs, err := unwrap(file, it)
			if err != nil {
				return nil, err
			}
			out = append(out, rs...)
		}
		return out, nil
	}
	if msg, ok := m["message"].(map[string]any); ok {
		raw, err := base64.StdEncoding.DecodeString(str(msg, "data"))
		if err != nil {
			return nil, fmt.Errorf("message.data: %w", err)
		}
		inner, err := decode(raw)
		if err != nil {
			return nil, fmt.Errorf("message.data: %w", err)
		}
		return unwrap(file, inner)
	}
	if f, ok := m["finding"].(map[string]any); ok {
		r, _ := m["resource"].(map[string]any)
		return []rec{{file, f, r}}, nil
	}
	if _, ok := m["category"]; ok {
		return []rec{{file, m, nil}}, nil
	}
	return nil, fmt.Errorf("no finding in record with keys %v", keys(m))
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func allRecords(t *testing.T) []rec {
	t.Helper()
	entries, err := FS.ReadDir(Root)
	if err != nil {
		t.Fatal(err)
	}
	var out []rec
	for _, e := range entries {
		b, err := FS.ReadFile(Root + "/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		vals, err := parseFile(e.Name(), b)
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		for i, v := range vals {
			rs, err := unwrap(e.Name(), v)
			if err != nil {
				t.Fatalf("%s: record %d: %v", e.Name(), i, err)
			}
			out = append(out, rs...)
		}
	}
	return out
}

var projectRE = regexp.MustCompile(`/projects/([^/]+)/`)

func TestSetSize(t *testing.T) {
	recs := allRecords(t)
	names := map[string]bool{}
	projects := map[string]bool{}
	containers := map[string]bool{}
	for _, r := range recs {
		name := str(r.finding, "name")
		if name == "" || names[name] {
			t.Errorf("%s: finding name %q empty or repeated", r.file, name)
		}
		names[name] = true
		m := projectRE.FindStringSubmatch(str(r.finding, "resourceName"))
		if m == nil {
			t.Errorf("%s: %s: no project in resourceName", r.file, name)
			continue
		}
		projects[m[1]] = true
		cs := list(r.finding, "containers")
		if len(cs) == 0 {
			t.Errorf("%s: %s: no containers[]", r.file, name)
			continue
		}
		c, _ := cs[0].(map[string]any)
		containers[str(r.finding, "resourceName")+"|"+str(c, "name")] = true
	}
	if len(names) < 30 || len(projects) < 3 || len(containers) < 6 {
		t.Errorf("set has %d findings, %d projects, %d containers; want ≥30, ≥3, ≥6", len(names), len(projects), len(containers))
	}
}

// TestShapes checks each embedded file is the export shape its name
// promises, with that shape's distinctive casing and encodings.
func TestShapes(t *testing.T) {
	bqTime := regexp.MustCompile(`^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6} UTC$`)
	for _, tc := range []struct {
		file  string
		check func(t *testing.T, v any)
	}{
		{"bare_finding_camel.json", func(t *testing.T, v any) {
			m := v.(map[string]any)
			if m["resourceName"] == nil || m["eventTime"] == nil {
				t.Error("want camelCase keys")
			}
		}},
		{"bare_finding_snake.json", func(t *testing.T, v any) {
			m := v.(map[string]any)
			if m["resource_name"] == nil || m["mitre_attack"] == nil || m["resourceName"] != nil {
				t.Error("want snake_case keys only")
			}
			script := obj(list(m, "processes")[0].(map[string]any), "script")
			if _, ok := script["hashed_size"].(json.Number); !ok {
				t.Error("want int64 as a JSON number")
			}
		}},
		{"console_tab.json", func(t *testing.T, v any) {
			m := v.(map[string]any)
			f, r := m["finding"].(map[string]any), m["resource"].(map[string]any)
			if f["resourceName"] == nil || f["assetId"] == nil || f["workflowState"] == nil {
				t.Error("finding: want camelCase with legacy assetId, workflowState")
			}
			if r["project_display_name"] == nil || m["sourceProperties"] == nil {
				t.Error("want snake_case resource and top-level sourceProperties")
			}
		}},
		{"gcloud_list.json", func(t *testing.T, v any) {
			it := v.(map[string]any) // an element of the top-level array
			if it["stateChange"] == nil || it["resource"].(map[string]any)["projectDisplayName"] == nil {
				t.Error("want {finding, resource (v1), stateChange}")
			}
		}},
		{"api_list_v1.json", func(t *testing.T, v any) {
			m := v.(map[string]any)
			for _, k := range []string{"listFindingsResults", "readTime", "nextPageToken", "totalSize"} {
				if m[k] == nil {
					t.Errorf("missing %s", k)
				}
			}
			r := m["listFindingsResults"].([]any)[0].(map[string]any)["resource"].(map[string]any)
			if r["projectName"] == nil {
				t.Error("v1 resource wants projectName")
			}
		}},
		{"api_list_v2.json", func(t *testing.T, v any) {
			m := v.(map[string]any)
			r := m["listFindingsResults"].([]any)[0].(map[string]any)["resource"].(map[string]any)
			if r["gcpMetadata"] == nil || r["projectName"] != nil {
				t.Error("v2 resource wants gcpMetadata")
			}
		}},
		{"pubsub_notification.json", func(t *testing.T, v any) {
			m := v.(map[string]any)
			r := m["resource"].(map[string]any)
			if m["notificationConfigName"] == nil || r["project"] == nil || r["parent"] == nil {
				t.Error("want notificationConfigName and a v1 notification resource (project, parent)")
			}
		}},
		{"pubsub_push.json", func(t *testing.T, v any) {
			m := v.(map[string]any)
			msg := m["message"].(map[string]any)
			if msg["data"] == nil || msg["messageId"] == nil || msg["publishTime"] == nil || m["subscription"] == nil {
				t.Error("want {message:{data, messageId, publishTime}, subscription}")
			}
		}},
		{"bigquery_export.ndjson", func(t *testing.T, v any) {
			m := v.(map[string]any)
			for _, k := range []string{"source_id", "finding_id", "event_time", "bulk_export_id", "finding", "resource"} {
				if _, ok := m[k]; !ok {
					t.Errorf("missing %s", k)
				}
			}
			if !bqTime.MatchString(str(m, "event_time")) {
				t.Errorf("event_time %q not in BigQuery form", m["event_time"])
			}
			f := m["finding"].(map[string]any)
			if _, ok := f["source_properties_json"].(string); !ok {
				t.Error("want source_properties_json as a string")
			}
			nulls := 0
			for _, v := range f {
				if v == nil {
					nulls++
				}
			}
			if nulls == 0 {
				t.Error("want null columns")
			}
		}},
		{"findings.jsonl", func(t *testing.T, v any) {
			m := v.(map[string]any)
			if m["finding"] == nil || m["resource"] == nil || len(m) != 2 {
				t.Error("want {finding, resource} per line")
			}
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			b, err := FS.ReadFile(Root + "/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			vals, err := parseFile(tc.file, b)
			if err != nil {
				t.Fatal(err)
			}
			if isArray := bytes.HasPrefix(b, []byte("[")); isArray != (tc.file == "gcloud_list.json") {
				t.Errorf("top-level array = %v; only the gcloud file is an array", isArray)
			}
			if len(vals) == 0 {
				t.Fatal("no records")
			}
			for _, v := range vals {
				tc.check(t, v)
			}
		})
	}
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// TestIntegrityCases recomputes each script's hash from its contents and
// checks the set holds every integrity case exactly where expected, and no
// accidental mismatch anywhere else.
func TestIntegrityCases(t *testing.T) {
	counts := map[string]int{}
	for _, r := range allRecords(t) {
		for _, p := range list(r.finding, "processes") {
			proc := p.(map[string]any)
			args := list(proc, "args")
			if tr, _ := field(proc, "argumentsTruncated").(bool); tr {
				counts["argumentsTruncated"]++
			}
			script := obj(proc, "script")
			if script == nil {
				if len(args) >= 3 && args[1] == "-c" {
					counts["python -c"]++
				}
				continue
			}
			contents := str(script, "contents")
			size, hashed := num(t, script, "size"), num(t, script, "hashedSize")
			partial, _ := field(script, "partiallyHashed").(bool)
			switch {
			case int64(len(contents)) < size:
				counts["truncated"]++
			case partial && hashed < size && str(script, "sha256") == sha(contents[:hashed]):
				counts["partial"]++
			case !partial && hashed == size && str(script, "sha256") == sha(contents):
				counts["verified"]++
			case !partial && hashed == size:
				counts["mismatch"]++
			default:
				t.Errorf("%s: %s: script fields fit no integrity case", r.file, str(r.finding, "name"))
			}
		}
	}
	for k, want := range map[string]int{"truncated": 1, "partial": 1, "mismatch": 1, "argumentsTruncated": 1} {
		if counts[k] != want {
			t.Errorf("%s: %d findings, want %d", k, counts[k], want)
		}
	}
	if counts["python -c"] < 2 || counts["verified"] < 15 {
		t.Errorf("counts %v: want ≥2 python -c and ≥15 verified scripts", counts)
	}
}

// TestStory checks the sibling categories sit on the same containers
// minutes apart, so related findings show an intrusion in order.
func TestStory(t *testing.T) {
	type ev struct {
		at  time.Time
		cat string
	}
	byContainer := map[string][]ev{}
	cats := map[string]bool{}
	for _, r := range allRecords(t) {
		ts := str(r.finding, "eventTime")
		at, err := time.Parse(time.RFC3339Nano, ts)
		if err != nil {
			at, err = time.Parse("2006-01-02 15:04:05.000000 UTC", ts)
		}
		if err != nil {
			t.Fatalf("%s: eventTime %q: %v", r.file, ts, err)
		}
		c, _ := list(r.finding, "containers")[0].(map[string]any)
		key := str(r.finding, "resourceName") + "|" + str(c, "name")
		byContainer[key] = append(byContainer[key], ev{at, str(r.finding, "category")})
		cats[str(r.finding, "category")] = true
	}
	for _, want := range []string{
		"Execution: Malicious Python executed", "Malicious Script Executed", "Reverse Shell",
		"Execution: Added Malicious Binary Executed", "Defense Evasion: Base64 Encoded Python Script Executed",
	} {
		if !cats[want] {
			t.Errorf("no %q finding", want)
		}
	}
	stories := 0
	for _, evs := range byContainer {
		for i, a := range evs {
			for _, b := range evs[i+1:] {
				d := a.at.Sub(b.at).Abs()
				if a.cat != b.cat && d <= 10*time.Minute {
					stories++
				}
			}
		}
	}
	if stories < 4 {
		t.Errorf("%d pairs of different categories ≤10 min apart on one container; want ≥4", stories)
	}
}

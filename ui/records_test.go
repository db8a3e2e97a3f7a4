package ui

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"iter"
	"strings"
	"time"

	"github.com/pytriage/pytriage/finding"
	"github.com/pytriage/pytriage/model"
)

// Records for the shell's tests, built in Go. Scripts are defanged:
// documentation addresses, constant payloads.

var baseTime = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)

const testScript = `import socket, subprocess, os
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(("203.0.113.7", 4444))
print("defanged: constant payload")
`

func sum(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// runRecord is a Cloud Run finding with a script file.
func runRecord(i int) *finding.Record {
	script := testScript + fmt.Sprintf("# variant %d\n", i%7)
	svc, rev := fmt.Sprintf("svc-%d", i%5), fmt.Sprintf("svc-%d-0000%d-abc", i%5, i%3)
	res := fmt.Sprintf("//run.googleapis.com/projects/acme-prod/locations/europe-west1/services/%s/revisions/%s", svc, rev)
	sev := []string{"CRITICAL", "HIGH", "MEDIUM", "LOW"}[i%4]
	return &finding.Record{
		Finding: finding.Finding{
			Name:         fmt.Sprintf("organizations/123/sources/456/findings/f%05d", i),
			Parent:       "organizations/123/sources/456",
			ResourceName: res,
			Category:     "Execution: Malicious Python executed",
			State:        "ACTIVE",
			Severity:     sev,
			FindingClass: "THREAT",
			EventTime:    baseTime.Add(time.Duration(i) * time.Minute),
			CreateTime:   baseTime.Add(time.Duration(i)*time.Minute + 10*time.Second),
			ExternalURI:  "https://console.cloud.google.com/run/detail/europe-west1/" + svc,
			Processes: []finding.Process{{
				Name:   "python3",
				Binary: &finding.File{Path: "/usr/bin/python3.11", Size: 6831704, HashedSize: 6831704, SHA256: strings.Repeat("ab", 32)},
				Script: &finding.File{Path: "/tmp/x.py", Size: int64(len(script)), HashedSize: int64(len(script)), SHA256: sum(script), Contents: script},
				Args:   []string{"python3", "/tmp/x.py"},
				PID:    4242, ParentPID: 1, UserID: 0, HasUserID: true,
			}},
			Containers:  []finding.Container{{Name: "app", URI: "europe-west1-docker.pkg.dev/acme-prod/app/app:1.2", ImageID: "sha256:" + strings.Repeat("cd", 32)}},
			MitreAttack: finding.MitreAttack{PrimaryTactic: "EXECUTION", PrimaryTechniques: []string{"COMMAND_AND_SCRIPTING_INTERPRETER", "PYTHON"}},
		},
		Resource: finding.Resource{Name: res, DisplayName: rev, Type: "run.googleapis.com/Revision", ProjectDisplayName: "acme-prod", Location: "europe-west1"},
		Raw:      []byte(fmt.Sprintf(`{"finding":{"name":"f%05d","category":"Execution: Malicious Python executed"}}`, i)),
		Shape:    finding.ShapeWrapped,
	}
}

// gkeRecord is a GKE finding with `python3 -c` code.
func gkeRecord(i int) *finding.Record {
	res := "//container.googleapis.com/projects/acme-prod/locations/us-central1/clusters/payments"
	return &finding.Record{
		Finding: finding.Finding{
			Name:         fmt.Sprintf("organizations/123/sources/456/findings/g%05d", i),
			ResourceName: res,
			Category:     "Execution: Malicious Python executed",
			State:        "ACTIVE",
			Severity:     "CRITICAL",
			EventTime:    baseTime.Add(time.Duration(i)*time.Minute + 30*time.Second),
			Processes: []finding.Process{{
				Name:   "python3",
				Binary: &finding.File{Path: "/usr/bin/python3"},
				Args:   []string{"python3", "-c", "import os;print('defanged')"},
			}},
			Containers: []finding.Container{{Name: "checkout", URI: "gcr.io/acme-prod/checkout:latest"}},
			Kubernetes: finding.Kubernetes{Pods: []finding.Pod{{Namespace: "shop", Name: "checkout-7d9f-x2x"}}},
		},
		Resource: finding.Resource{Name: res, DisplayName: "payments", Type: "google.container.Cluster", ProjectDisplayName: "acme-prod"},
		Raw:      []byte(`{"name":"g","category":"Execution: Malicious Python executed"}`),
		Shape:    finding.ShapeBareFinding,
	}
}

// records yields n test records, alternating Cloud Run and GKE.
func records(n int) []*finding.Record {
	out := make([]*finding.Record, n)
	for i := range out {
		if i%3 == 2 {
			out[i] = gkeRecord(i)
		} else {
			out[i] = runRecord(i)
		}
	}
	return out
}

func seqOf(rs []*finding.Record, errs ...error) iter.Seq2[*finding.Record, error] {
	return func(yield func(*finding.Record, error) bool) {
		for _, r := range rs {
			if !yield(r, nil) {
				return
			}
		}
		for _, e := range errs {
			if !yield(nil, e) {
				return
			}
		}
	}
}

// fakeAnalyze is a deterministic stand-in for the classifier.
func fakeAnalyze(src string) *model.Report {
	if strings.Contains(src, "socket") {
		return &model.Report{Score: 0.97, Verdict: model.VerdictMalicious, ModelVersion: "test-1",
			Hits: []model.Hit{{Detector: "reverse-shell", Title: "Reverse shell", Techniques: []string{"T1059.006"},
				Severity: model.SeverityCritical, Lines: []int{2, 3}, Weight: 3, Message: "socket connect to a literal IP"}}}
	}
	return &model.Report{Score: 0.05, Verdict: model.VerdictBenign, ModelVersion: "test-1"}
}

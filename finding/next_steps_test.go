package finding

import (
	"strings"
	"testing"
	"time"
)

func nextStepsRecord(resource string, pods []Pod) *Record {
	return &Record{
		Finding: Finding{
			Name:         "organizations/123/sources/456/locations/global/findings/f1",
			ResourceName: resource,
			EventTime:    time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC),
			Kubernetes:   Kubernetes{Pods: pods},
			Containers:   []Container{{Name: "app"}},
		},
		Resource: Resource{Name: resource},
	}
}

func TestNextSteps(t *testing.T) {
	gke := "//container.googleapis.com/projects/acme-prod/locations/us-central1/clusters/payments"
	run := "//run.googleapis.com/projects/acme-prod/locations/europe-west1/services/web/revisions/web-00001-abc"
	tests := []struct {
		name     string
		rec      *Record
		want     []string // substrings of the commands, in order ("" = withheld)
		withheld int
	}{
		{"gke", nextStepsRecord(gke, []Pod{{Namespace: "shop", Name: "checkout-1"}}), []string{
			`resource.labels.pod_name="checkout-1" AND resource.labels.container_name="app" AND timestamp>="2026-11-20T09:45:00Z" AND timestamp<="2026-11-20T10:15:00Z"' --project=acme-prod`,
			`kubectl describe pod checkout-1 --namespace=shop`,
			`gcloud scc findings list organizations/123 --filter='resource_name="` + gke + `"' --location=global`,
		}, 0},
		{"cloud run revision", nextStepsRecord(run, nil), []string{
			`resource.type="cloud_run_revision" AND resource.labels.service_name="web" AND resource.labels.revision_name="web-00001-abc"`,
			`gcloud run revisions describe web-00001-abc --region=europe-west1 --project=acme-prod`,
			`findings list`,
		}, 0},
		{"cloud run service", nextStepsRecord("//run.googleapis.com/projects/acme-prod/locations/europe-west1/services/webhook", nil),
			[]string{`resource.labels.service_name="webhook" AND timestamp`, `gcloud run services describe webhook --region=europe-west1`, `findings list`}, 0},
		{"cloud run job", nextStepsRecord("//run.googleapis.com/projects/acme-prod/locations/europe-west1/jobs/nightly", nil),
			[]string{`resource.type="cloud_run_job" AND resource.labels.job_name="nightly"`, `gcloud run jobs describe nightly`, `findings list`}, 0},
		{"shell quote withheld", nextStepsRecord("//run.googleapis.com/projects/acme-prod/locations/europe-west1/services/s'$(id)'/revisions/r", nil),
			[]string{"", "gcloud run revisions describe r --region=europe-west1", ""}, 2},
		{"filter injection withheld", nextStepsRecord(gke, []Pod{{Namespace: "shop", Name: `x" OR resource.type="gce_instance`}}),
			[]string{"", "", "findings list"}, 2},
		{"shell substitution withheld", nextStepsRecord(gke, []Pod{{Namespace: "$(id)", Name: "p"}}),
			[]string{"", "", "findings list"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			steps := NextSteps(tt.rec)
			if len(steps) != len(tt.want) {
				t.Fatalf("%d steps, want %d", len(steps), len(tt.want))
			}
			withheld := 0
			for i, st := range steps {
				if st.Command == "" {
					withheld++
					if st.Why == "" {
						t.Errorf("step %d withheld without a reason", i)
					}
					continue
				}
				if !strings.Contains(st.Command, tt.want[i]) {
					t.Errorf("step %d:\n got %s\nwant …%s…", i, st.Command, tt.want[i])
				}
				if strings.ContainsAny(st.Command, "$`\\\n") {
					t.Errorf("step %d has shell metacharacters: %s", i, st.Command)
				}
			}
			if withheld != tt.withheld {
				t.Errorf("%d withheld, want %d", withheld, tt.withheld)
			}
		})
	}
}

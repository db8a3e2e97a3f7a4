package ui

import (
	"strings"
	"testing"

	"github.com/pytriage/pytriage/finding"
)

func TestNextSteps(t *testing.T) {
	svcOnly := runRecord(1)
	svcOnly.Finding.ResourceName = "//run.googleapis.com/projects/acme-prod/locations/europe-west1/services/webhook"
	svcOnly.Resource.Name = svcOnly.Finding.ResourceName
	job := runRecord(1)
	job.Finding.ResourceName = "//run.googleapis.com/projects/acme-prod/locations/europe-west1/jobs/nightly"
	job.Resource.Name = job.Finding.ResourceName
	hostile := gkeRecord(2)
	hostile.Finding.Kubernetes.Pods[0].Name = `x" OR resource.type="gce_instance`
	quote := runRecord(1)
	quote.Finding.ResourceName = "//run.googleapis.com/projects/acme-prod/locations/europe-west1/services/s'$(id)'/revisions/r"

	tests := []struct {
		name     string
		rec      *finding.Record
		want     []string // substrings of the commands, in order
		withheld int
	}{
		{"gke", gkeRecord(2), []string{
			`gcloud logging read 'resource.type="k8s_container" AND resource.labels.cluster_name="payments" AND resource.labels.namespace_name="shop" AND resource.labels.pod_name="checkout-7d9f-x2x" AND resource.labels.container_name="checkout" AND timestamp>="2026-11-20T09:47:30Z" AND timestamp<="2026-11-20T10:17:30Z"' --project=acme-prod`,
			`gcloud container clusters get-credentials payments --location=us-central1 --project=acme-prod && kubectl describe pod checkout-7d9f-x2x --namespace=shop`,
			`gcloud scc findings list organizations/123 --filter='resource_name="//container.googleapis.com/projects/acme-prod/locations/us-central1/clusters/payments"'`,
		}, 0},
		{"cloud run revision", runRecord(1), []string{
			`resource.type="cloud_run_revision" AND resource.labels.service_name="svc-1" AND resource.labels.revision_name="svc-1-00001-abc" AND timestamp>="2026-11-20T09:46:00Z" AND timestamp<="2026-11-20T10:16:00Z"' --project=acme-prod`,
			`gcloud run revisions describe svc-1-00001-abc --region=europe-west1 --project=acme-prod`,
			`gcloud scc findings list organizations/123`,
		}, 0},
		{"cloud run service", svcOnly, []string{`resource.labels.service_name="webhook" AND timestamp`, `gcloud run services describe webhook --region=europe-west1`, `findings list`}, 0},
		{"cloud run job", job, []string{`resource.type="cloud_run_job" AND resource.labels.job_name="nightly"`, `gcloud run jobs describe nightly`, `findings list`}, 0},
		{"filter injection withheld", hostile, []string{"", "", "findings list"}, 2},
		{"shell quote withheld", quote, []string{"", "gcloud run revisions describe r --region=europe-west1", ""}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			steps := nextSteps(tt.rec)
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

package finding

import "testing"

func TestNamesOf(t *testing.T) {
	tests := []struct {
		name  string
		rec   Record
		want  ResourceNames
		short string
	}{
		{
			name: "cloud run revision",
			rec: Record{Finding: Finding{
				ResourceName: "//run.googleapis.com/projects/shop-prod/locations/europe-west1/services/checkout/revisions/checkout-00012-xaz",
				Containers:   []Container{{Name: "app"}},
			}},
			want:  ResourceNames{Project: "shop-prod", Location: "europe-west1", Service: "checkout", Revision: "checkout-00012-xaz", Container: "app"},
			short: "checkout/checkout-00012-xaz",
		},
		{
			name:  "cloud run job execution",
			rec:   Record{Finding: Finding{ResourceName: "//run.googleapis.com/projects/p/locations/us-east1/jobs/nightly/executions/nightly-7xk"}},
			want:  ResourceNames{Project: "p", Location: "us-east1", Job: "nightly", Execution: "nightly-7xk"},
			short: "nightly/nightly-7xk",
		},
		{
			name: "gke cluster with pod",
			rec: Record{Finding: Finding{
				ResourceName: "//container.googleapis.com/projects/ml-lab/locations/us-central1/clusters/train",
				Kubernetes:   Kubernetes{Pods: []Pod{{Namespace: "jobs", Name: "trainer-5d9f", Containers: []Container{{Name: "worker"}}}}},
				Containers:   []Container{{Name: "ignored-second"}},
			}},
			want:  ResourceNames{Project: "ml-lab", Location: "us-central1", Cluster: "train", Namespace: "jobs", Pod: "trainer-5d9f", Container: "worker"},
			short: "train/trainer-5d9f",
		},
		{
			name:  "gke zonal k8s pod asset name",
			rec:   Record{Finding: Finding{ResourceName: "//container.googleapis.com/projects/p/zones/us-central1-a/clusters/c/k8s/namespaces/default/pods/web-1"}},
			want:  ResourceNames{Project: "p", Location: "us-central1-a", Cluster: "c", Namespace: "default", Pod: "web-1"},
			short: "c/web-1",
		},
		{
			name: "resource fields fill gaps",
			rec: Record{
				Finding:  Finding{ResourceName: "//run.googleapis.com/services/api"},
				Resource: Resource{ProjectDisplayName: "payments", Location: "asia-east1", Project: "//cloudresourcemanager.googleapis.com/projects/123"},
			},
			want:  ResourceNames{Project: "payments", Location: "asia-east1", Service: "api"},
			short: "api",
		},
		{
			name:  "project number from resource.project",
			rec:   Record{Resource: Resource{Project: "//cloudresourcemanager.googleapis.com/projects/123"}},
			want:  ResourceNames{Project: "123"},
			short: "123",
		},
		{name: "nothing", rec: Record{}, want: ResourceNames{}, short: ""},
		{
			name:  "odd segments do not shift pairs",
			rec:   Record{Finding: Finding{ResourceName: "//x.googleapis.com/projects/p/unknown/u/services/s/revisions"}},
			want:  ResourceNames{Project: "p", Service: "s"},
			short: "s",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := NamesOf(&tt.rec)
			if got != tt.want {
				t.Errorf("NamesOf = %+v\nwant      %+v", got, tt.want)
			}
			if s := got.Short(); s != tt.short {
				t.Errorf("Short = %q, want %q", s, tt.short)
			}
		})
	}
	if NamesOf(nil) != (ResourceNames{}) {
		t.Error("NamesOf(nil) not empty")
	}
}

func TestContainerIdentity(t *testing.T) {
	pod := func(cluster, ns, name, ctr string) *Record {
		return &Record{Finding: Finding{
			ResourceName: "//container.googleapis.com/projects/p/locations/l/clusters/" + cluster,
			Kubernetes:   Kubernetes{Pods: []Pod{{Namespace: ns, Name: name, Containers: []Container{{Name: ctr}}}}},
		}}
	}
	run := func(svc, rev, ctr string) *Record {
		return &Record{Finding: Finding{
			ResourceName: "//run.googleapis.com/projects/p/locations/l/services/" + svc + "/revisions/" + rev,
			Containers:   []Container{{Name: ctr}},
		}}
	}
	same := [][2]*Record{
		{pod("c", "ns", "p1", "app"), pod("c", "ns", "p1", "app")},
		{run("s", "s-1", "app"), run("s", "s-1", "app")},
	}
	differ := [][2]*Record{
		{pod("c", "ns", "p1", "app"), pod("c", "ns", "p2", "app")},
		{pod("c", "ns", "p1", "app"), pod("c", "other", "p1", "app")},
		{pod("c", "ns", "p1", "app"), pod("c", "ns", "p1", "sidecar")},
		{pod("c1", "ns", "p1", "app"), pod("c2", "ns", "p1", "app")},
		{run("s", "s-1", "app"), run("s", "s-2", "app")},
		{run("s", "s-1", "app"), pod("s", "", "s-1", "app")},
	}
	for _, p := range same {
		if a, b := ContainerIdentity(p[0]), ContainerIdentity(p[1]); a != b {
			t.Errorf("want same identity: %q vs %q", a, b)
		}
	}
	for _, p := range differ {
		if a, b := ContainerIdentity(p[0]), ContainerIdentity(p[1]); a == b {
			t.Errorf("want different identities, both %q", a)
		}
	}
	bare := &Record{Finding: Finding{ResourceName: "//compute.googleapis.com/projects/p/zones/z/instances/vm"}}
	if got := ContainerIdentity(bare); got != bare.Finding.ResourceName {
		t.Errorf("fallback identity = %q, want the resource name", got)
	}
}

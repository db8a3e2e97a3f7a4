package gen

import "time"

// The organisation, projects and workloads the sample story happens in.
// Every name is invented; numbers are made up and belong to nobody.

const (
	orgID       = "720431985566"
	ctdSource   = "6932581497241036512"  // Container Threat Detection (GKE)
	runTDSource = "14108795540921938807" // Cloud Run Threat Detection
	crm         = "//cloudresourcemanager.googleapis.com/"
)

type project struct {
	ID, Number         string
	Folder, FolderName string
}

var (
	payments = project{"acme-payments-prod", "481516234201", "302948571163", "prod"}
	ml       = project{"acme-ml-staging", "623451987702", "771234509812", "staging"}
	data     = project{"acme-data-dev", "905512347718", "118844552209", "dev"}
)

type workloadKind int

const (
	gke workloadKind = iota
	runService
	runJob
)

// workload is one container the findings land on.
type workload struct {
	Key      string
	Project  project
	Kind     workloadKind
	Location string
	// GKE
	Cluster, Namespace, Pod, Node string
	PodLabels                     map[string]string
	// Cloud Run
	Service, Revision, Job, Execution string
	// container
	Container, ImageURI, ImageID string
	Created                      time.Time
	// interpreters on the image
	Python, PythonSize string
}

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err) // table typo; Build recovers it
	}
	return t
}

var workloads = map[string]*workload{
	"checkout": {
		Key: "checkout", Project: payments, Kind: gke, Location: "us-central1",
		Cluster: "payments-gke", Namespace: "checkout", Pod: "checkout-api-7d9f8b6c5-x2k4q",
		Node:      "gke-payments-gke-default-pool-3f2a91c4-7kqd",
		PodLabels: map[string]string{"app": "checkout-api", "pod-template-hash": "7d9f8b6c5", "tier": "frontend"},
		Container: "checkout-api", ImageURI: "us-central1-docker.pkg.dev/acme-payments-prod/apps/checkout-api:1.14.2",
		ImageID: "sha256:" + fakeHash("image/checkout-api:1.14.2"), Created: at("2026-11-17T08:02:11Z"),
		Python: "/usr/local/bin/python3.11", PythonSize: "14472",
	},
	"reportworker": {
		Key: "reportworker", Project: payments, Kind: gke, Location: "us-central1",
		Cluster: "payments-gke", Namespace: "batch", Pod: "report-worker-5c6b7d8f9-qm2zt",
		Node:      "gke-payments-gke-batch-pool-91d0e7aa-s3lf",
		PodLabels: map[string]string{"app": "report-worker", "pod-template-hash": "5c6b7d8f9"},
		Container: "report-worker", ImageURI: "us-central1-docker.pkg.dev/acme-payments-prod/apps/report-worker:latest",
		ImageID: "sha256:" + fakeHash("image/report-worker:latest"), Created: at("2026-11-19T23:55:40Z"),
		Python: "/usr/bin/python3.11", PythonSize: "6831704",
	},
	"notebook": {
		Key: "notebook", Project: ml, Kind: gke, Location: "europe-west4",
		Cluster: "ml-gke", Namespace: "notebooks", Pod: "jupyter-dsci-0",
		Node:      "gke-ml-gke-highmem-pool-0b7c2d19-m2xw",
		PodLabels: map[string]string{"app": "jupyter", "owner": "data-science", "statefulset.kubernetes.io/pod-name": "jupyter-dsci-0"},
		Container: "notebook", ImageURI: "europe-west4-docker.pkg.dev/acme-ml-staging/ds/notebook:py311",
		ImageID: "sha256:" + fakeHash("image/notebook:py311"), Created: at("2026-11-12T09:30:00Z"),
		Python: "/opt/conda/bin/python3.11", PythonSize: "30520976",
	},
	"ingest": {
		Key: "ingest", Project: data, Kind: gke, Location: "us-east1",
		Cluster: "data-gke", Namespace: "ingest", Pod: "kafka-connect-0",
		Node:      "gke-data-gke-default-pool-5e8b1c3d-q9vn",
		PodLabels: map[string]string{"app": "kafka-connect", "statefulset.kubernetes.io/pod-name": "kafka-connect-0"},
		Container: "connect", ImageURI: "us-east1-docker.pkg.dev/acme-data-dev/ingest/kafka-connect:7.6.1-py",
		ImageID: "sha256:" + fakeHash("image/kafka-connect:7.6.1-py"), Created: at("2026-11-02T14:12:45Z"),
		Python: "/usr/bin/python3.11", PythonSize: "6831704",
	},
	"modelserver": {
		Key: "modelserver", Project: ml, Kind: runService, Location: "us-central1",
		Service: "model-server", Revision: "model-server-00042-kex",
		Container: "model-server-1", ImageURI: "us-central1-docker.pkg.dev/acme-ml-staging/serving/model-server:v7",
		ImageID: "sha256:" + fakeHash("image/model-server:v7"), Created: at("2026-11-20T08:11:02Z"),
		Python: "/usr/local/bin/python3.12", PythonSize: "14480",
	},
	"webhook": {
		Key: "webhook", Project: data, Kind: runService, Location: "europe-west1",
		Service: "webhook-relay", Revision: "webhook-relay-00007-pub",
		Container: "webhook-relay", ImageURI: "europe-west1-docker.pkg.dev/acme-data-dev/svc/webhook-relay:2.3.0",
		ImageID: "sha256:" + fakeHash("image/webhook-relay:2.3.0"), Created: at("2026-11-20T06:58:30Z"),
		Python: "/usr/local/bin/python3.11", PythonSize: "14472",
	},
	"etl": {
		Key: "etl", Project: data, Kind: runJob, Location: "europe-west1",
		Job: "nightly-etl", Execution: "nightly-etl-x7k2p",
		Container: "etl", ImageURI: "europe-west1-docker.pkg.dev/acme-data-dev/jobs/nightly-etl:2026.11",
		ImageID: "sha256:" + fakeHash("image/nightly-etl:2026.11"), Created: at("2026-11-20T00:59:50Z"),
		Python: "/usr/local/bin/python3.11", PythonSize: "14472",
	},
}

// resourceName is the finding's resourceName: the cluster for GKE, the
// service / revision / job for Cloud Run.
func (w *workload) resourceName() string {
	base := "projects/" + w.Project.ID + "/locations/" + w.Location
	switch w.Kind {
	case gke:
		return "//container.googleapis.com/" + base + "/clusters/" + w.Cluster
	case runJob:
		return "//run.googleapis.com/" + base + "/jobs/" + w.Job
	}
	if w.Key == "modelserver" { // one service is reported on its revision
		return "//run.googleapis.com/" + base + "/services/" + w.Service + "/revisions/" + w.Revision
	}
	return "//run.googleapis.com/" + base + "/services/" + w.Service
}

func (w *workload) resourceType() string {
	switch w.Kind {
	case gke:
		return "google.container.Cluster"
	case runJob:
		return "run.googleapis.com/Job"
	}
	if w.Key == "modelserver" {
		return "run.googleapis.com/Revision"
	}
	return "run.googleapis.com/Service"
}

func (w *workload) displayName() string {
	switch w.Kind {
	case gke:
		return w.Cluster
	case runJob:
		return w.Job
	}
	if w.Key == "modelserver" {
		return w.Revision
	}
	return w.Service
}

func (w *workload) service() string {
	if w.Kind == gke {
		return "container.googleapis.com"
	}
	return "run.googleapis.com"
}

func (w *workload) source() string {
	if w.Kind == gke {
		return ctdSource
	}
	return runTDSource
}

func (w *workload) parentDisplayName() string {
	if w.Kind == gke {
		return "Container Threat Detection"
	}
	return "Cloud Run Threat Detection"
}

func (w *workload) consoleURI() string {
	switch w.Kind {
	case gke:
		return "https://console.cloud.google.com/kubernetes/pod/" + w.Location + "/" + w.Cluster + "/" +
			w.Namespace + "/" + w.Pod + "/details?project=" + w.Project.ID
	case runJob:
		return "https://console.cloud.google.com/run/jobs/details/" + w.Location + "/" + w.Job +
			"/executions?project=" + w.Project.ID
	}
	return "https://console.cloud.google.com/run/detail/" + w.Location + "/" + w.Service +
		"/revisions?project=" + w.Project.ID
}

// containerLabels are the labels Cloud Run puts on its containers; GKE
// containers carry none.
func (w *workload) containerLabels() map[string]string {
	switch w.Kind {
	case runService:
		return map[string]string{"run.googleapis.com/revision": w.Revision, "run.googleapis.com/service": w.Service}
	case runJob:
		return map[string]string{"run.googleapis.com/execution": w.Execution, "run.googleapis.com/job": w.Job}
	}
	return nil
}

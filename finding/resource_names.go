package finding

import "strings"

// ResourceNames are the short names hidden in a finding's full resource
// names, for list rows, the Summary pane and gcloud commands. Any field may
// be empty: exports are best effort.
type ResourceNames struct {
	Project, Location                 string
	Service, Revision, Job, Execution string // Cloud Run
	Cluster, Namespace, Pod           string // GKE
	Container                         string
}

// NamesOf reads the short names of a record from the finding's
// resourceName, the resource's name, project and location fields, the
// Kubernetes pod list and the container list, in that order of trust.
func NamesOf(r *Record) ResourceNames {
	var n ResourceNames
	if r == nil {
		return n
	}
	n.parse(r.Finding.ResourceName)
	n.parse(r.Resource.Name)
	if n.Project == "" {
		n.Project = r.Resource.ProjectDisplayName
	}
	if n.Project == "" {
		n.Project = lastSegment(r.Resource.Project)
	}
	if n.Location == "" {
		n.Location = r.Resource.Location
	}
	k := r.Finding.Kubernetes
	if len(k.Pods) > 0 {
		pod := k.Pods[0]
		setIfEmpty(&n.Namespace, pod.Namespace)
		setIfEmpty(&n.Pod, pod.Name)
		if len(pod.Containers) > 0 {
			setIfEmpty(&n.Container, pod.Containers[0].Name)
		}
	}
	if len(r.Finding.Containers) > 0 {
		setIfEmpty(&n.Container, r.Finding.Containers[0].Name)
	}
	return n
}

// parse fills empty fields from a full resource name such as
//
//	//run.googleapis.com/projects/p/locations/l/services/s/revisions/r
//	//run.googleapis.com/projects/p/locations/l/jobs/j/executions/e
//	//container.googleapis.com/projects/p/locations/l/clusters/c
//	//container.googleapis.com/projects/p/zones/z/clusters/c/k8s/namespaces/n/pods/x
func (n *ResourceNames) parse(name string) {
	rest := strings.TrimPrefix(name, "//")
	if host, after, ok := strings.Cut(rest, "/"); ok && strings.Contains(host, ".") {
		rest = after // the service host
	}
	for rest != "" {
		var key string
		key, rest, _ = strings.Cut(rest, "/")
		var dst *string
		switch key {
		case "projects":
			dst = &n.Project
		case "locations", "zones", "regions":
			dst = &n.Location
		case "services":
			dst = &n.Service
		case "revisions":
			dst = &n.Revision
		case "jobs":
			dst = &n.Job
		case "executions":
			dst = &n.Execution
		case "clusters":
			dst = &n.Cluster
		case "namespaces":
			dst = &n.Namespace
		case "pods":
			dst = &n.Pod
		case "containers":
			dst = &n.Container
		default:
			continue // e.g. "k8s": a lone segment, not a key
		}
		var val string
		val, rest, _ = strings.Cut(rest, "/")
		setIfEmpty(dst, val)
	}
}

// Short is the resource as a list row shows it: "service/revision",
// "job/execution", "cluster/pod", or the most specific name known.
func (n ResourceNames) Short() string {
	switch {
	case n.Service != "":
		return joinNonEmpty(n.Service, n.Revision)
	case n.Job != "":
		return joinNonEmpty(n.Job, n.Execution)
	case n.Cluster != "" || n.Pod != "":
		return joinNonEmpty(n.Cluster, n.Pod)
	case n.Container != "":
		return n.Container
	}
	return n.Project
}

// ContainerIdentity names the container a finding ran in, for correlation:
// cluster, namespace, pod and container on GKE; service, revision (or job)
// and container on Cloud Run; the resource name when neither is known.
// Two findings with the same identity happened in the same container.
func ContainerIdentity(r *Record) string {
	id, ok := containerKey(r)
	if ok {
		return id
	}
	return resourceKey(r)
}

// containerKey is the container-level identity, ok false when the record
// names no pod or Cloud Run workload.
func containerKey(r *Record) (string, bool) {
	n := NamesOf(r)
	switch {
	case n.Pod != "":
		return "k8s|" + n.Project + "|" + n.Location + "|" + n.Cluster + "|" + n.Namespace + "|" + n.Pod + "|" + n.Container, true
	case n.Service != "" || n.Job != "":
		return "run|" + n.Project + "|" + n.Location + "|" + n.Service + "|" + n.Revision + "|" + n.Job + "|" + n.Execution + "|" + n.Container, true
	}
	return "", false
}

// resourceKey is the finding's resource name.
func resourceKey(r *Record) string {
	if r == nil {
		return ""
	}
	if r.Finding.ResourceName != "" {
		return r.Finding.ResourceName
	}
	return r.Resource.Name
}

func setIfEmpty(dst *string, v string) {
	if *dst == "" && v != "" {
		*dst = v
	}
}

func lastSegment(s string) string {
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func joinNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "/" + b
}

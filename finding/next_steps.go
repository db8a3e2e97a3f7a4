package finding

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Next steps: ready-to-copy gcloud commands for the finding's container.
// Names come from the finding, so they are attacker-controlled: a command
// is only built when every value it interpolates matches a conservative
// name pattern; otherwise it is withheld with the reason, never quoted
// into something a shell might run differently.

// NextStep is one checklist item with an optional command.
type NextStep struct {
	Title   string
	Command string // "" when withheld or not applicable
	Why     string // why the command is withheld, if it is
}

// safeCommandName is what GCP and Kubernetes names, ids, regions and timestamps
// look like. Quotes, spaces, `$`, backslashes and controls never match.
var safeCommandName = regexp.MustCompile(`^/{0,2}[A-Za-z0-9][A-Za-z0-9._:@/-]{0,511}$`)

// logWindow is how far before and after the event the log query reaches.
const logWindow = 15 * time.Minute

// NextSteps builds the next-step checklist for r: read the workload's logs
// around the event, describe the workload, list the findings on the same
// resource. It is a pure function of the record, shared by the Summary pane,
// the copy menu and reports.
func NextSteps(r *Record) []NextStep {
	n := NamesOf(r)
	f := &r.Finding
	var steps []NextStep
	add := func(title string, build func() (string, []string)) {
		cmd, vals := build()
		st := NextStep{Title: title}
		for _, v := range vals {
			if !safeCommandName.MatchString(v) {
				st.Why = "command withheld: a name in the finding has unexpected characters"
				if v == "" {
					st.Why = "command withheld: the finding does not name the container fully"
				}
				steps = append(steps, st)
				return
			}
		}
		st.Command = cmd
		steps = append(steps, st)
	}

	from := f.EventTime.Add(-logWindow).UTC().Format(time.RFC3339)
	to := f.EventTime.Add(logWindow).UTC().Format(time.RFC3339)
	if f.EventTime.IsZero() {
		from, to = "", ""
	}
	window := fmt.Sprintf(` AND timestamp>="%s" AND timestamp<="%s"`, from, to)

	switch {
	case n.Cluster != "":
		add("Read the container's logs from 15 min before to 15 min after the event", func() (string, []string) {
			filter := fmt.Sprintf(`resource.type="k8s_container" AND resource.labels.cluster_name="%s" AND resource.labels.namespace_name="%s" AND resource.labels.pod_name="%s"`,
				n.Cluster, n.Namespace, n.Pod)
			vals := []string{n.Cluster, n.Namespace, n.Pod, n.Project, from}
			if n.Container != "" {
				filter += fmt.Sprintf(` AND resource.labels.container_name="%s"`, n.Container)
				vals = append(vals, n.Container)
			}
			return fmt.Sprintf("gcloud logging read '%s%s' --project=%s --order=asc --format=json", filter, window, n.Project), vals
		})
		add("Describe the pod", func() (string, []string) {
			return fmt.Sprintf("gcloud container clusters get-credentials %s --location=%s --project=%s && kubectl describe pod %s --namespace=%s",
				n.Cluster, n.Location, n.Project, n.Pod, n.Namespace), []string{n.Cluster, n.Location, n.Project, n.Pod, n.Namespace}
		})
	case n.Job != "":
		add("Read the job's logs from 15 min before to 15 min after the event", func() (string, []string) {
			filter := fmt.Sprintf(`resource.type="cloud_run_job" AND resource.labels.job_name="%s"`, n.Job)
			return fmt.Sprintf("gcloud logging read '%s%s' --project=%s --order=asc --format=json", filter, window, n.Project),
				[]string{n.Job, n.Project, from}
		})
		add("Describe the job", func() (string, []string) {
			return fmt.Sprintf("gcloud run jobs describe %s --region=%s --project=%s", n.Job, n.Location, n.Project),
				[]string{n.Job, n.Location, n.Project}
		})
	case n.Revision != "":
		add("Read the revision's logs from 15 min before to 15 min after the event", func() (string, []string) {
			filter := fmt.Sprintf(`resource.type="cloud_run_revision" AND resource.labels.service_name="%s" AND resource.labels.revision_name="%s"`,
				n.Service, n.Revision)
			return fmt.Sprintf("gcloud logging read '%s%s' --project=%s --order=asc --format=json", filter, window, n.Project),
				[]string{n.Service, n.Revision, n.Project, from}
		})
		add("Describe the revision", func() (string, []string) {
			return fmt.Sprintf("gcloud run revisions describe %s --region=%s --project=%s", n.Revision, n.Location, n.Project),
				[]string{n.Revision, n.Location, n.Project}
		})
	default:
		// A service without a revision name: every revision's logs.
		add("Read the service's logs from 15 min before to 15 min after the event", func() (string, []string) {
			filter := fmt.Sprintf(`resource.type="cloud_run_revision" AND resource.labels.service_name="%s"`, n.Service)
			return fmt.Sprintf("gcloud logging read '%s%s' --project=%s --order=asc --format=json", filter, window, n.Project),
				[]string{n.Service, n.Project, from}
		})
		add("Describe the service (and its revisions)", func() (string, []string) {
			return fmt.Sprintf("gcloud run services describe %s --region=%s --project=%s", n.Service, n.Location, n.Project),
				[]string{n.Service, n.Location, n.Project}
		})
	}
	add("List the findings on the same resource", func() (string, []string) {
		parent := findingsParent(f.Name)
		if parent == "" && n.Project != "" {
			parent = "projects/" + n.Project
		}
		res := f.ResourceName
		if res == "" {
			res = r.Resource.Name
		}
		cmd := fmt.Sprintf(`gcloud scc findings list %s --filter='resource_name="%s"'`, parent, res)
		vals := []string{parent, res}
		if loc := findingLocation(f.Name); loc != "" {
			cmd += " --location=" + loc
			vals = append(vals, loc)
		}
		return cmd, vals
	})
	return steps
}

// findingsParent is the organizations/…, folders/… or projects/… prefix of
// a finding name.
func findingsParent(name string) string {
	parts := strings.Split(name, "/")
	if len(parts) >= 2 {
		switch parts[0] {
		case "organizations", "folders", "projects":
			return parts[0] + "/" + parts[1]
		}
	}
	return ""
}

// findingLocation is the v2 location in a finding name, if any.
func findingLocation(name string) string {
	parts := strings.Split(name, "/")
	for i := 0; i+1 < len(parts); i++ {
		if parts[i] == "locations" {
			return parts[i+1]
		}
	}
	return ""
}

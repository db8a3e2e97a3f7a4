package finding

import "time"

// Record is one finding as loaded from a source: the decoded fields the
// workbench uses, the resource it sits on, and the exact bytes the source
// held so the JSON pane can show them unchanged.
type Record struct {
	Finding  Finding
	Resource Resource
	// Raw is the original JSON text of the record as it appeared in the
	// source (for a Pub/Sub push envelope: the decoded message data).
	Raw []byte
	// Shape names the export shape the record was recognised as.
	Shape Shape
	// Origin says where the record came from.
	Origin Origin
}

// Shape is the export shape a record was recognised as.
type Shape string

// The export shapes of shared/reference/scc-findings.md §1.
const (
	ShapeBareFinding  Shape = "bare-finding"        // {name, category, ...}
	ShapeWrapped      Shape = "finding+resource"    // {finding, resource[, stateChange]} (gcloud array items, JSONL)
	ShapeConsole      Shape = "console-json"        // {finding, resource (snake), sourceProperties}
	ShapeListResults  Shape = "list-findings"       // {listFindingsResults:[...]}
	ShapeNotification Shape = "pubsub-notification" // {notificationConfigName, finding, resource}
	ShapePushEnvelope Shape = "pubsub-push"         // {message:{data:base64}}
	ShapeBigQuery     Shape = "bigquery-row"        // {source_id, finding_id, event_time, finding, resource}
	ShapeAPI          Shape = "scc-api"             // read live through the SCC API
)

// Origin locates a record in its source, for error messages and the
// status bar: file, archive member, record index within the file (0-based),
// byte offset of the record's first byte, and its 1-based line:column.
type Origin struct {
	File   string // path as given, "-" for stdin, "samples:" prefix for embedded files
	Member string // archive member name, empty when not inside an archive
	Index  int
	Offset int64
	Line   int
	Col    int
}

// Finding holds the fields of an SCC Finding (v1 and v2) that the
// workbench uses. Enum fields keep the names as they appeared ("ACTIVE",
// "CRITICAL"); unknown names are kept verbatim.
type Finding struct {
	Name              string
	Parent            string
	ResourceName      string
	Category          string
	State             string
	Severity          string
	Mute              string
	FindingClass      string
	EventTime         time.Time
	CreateTime        time.Time
	Description       string
	NextSteps         string
	ExternalURI       string
	ParentDisplayName string
	Processes         []Process
	Containers        []Container
	Kubernetes        Kubernetes
	Indicator         Indicator
	MitreAttack       MitreAttack
	SecurityMarks     SecurityMarks
	Connections       []Connection
	// SourceProperties is the sourceProperties object as raw JSON (or nil).
	SourceProperties []byte
}

// Process is a process recorded by the detector.
type Process struct {
	Name                  string
	Binary                *File // the interpreter for script findings
	Script                *File // nil for `python3 -c` and binaries
	Libraries             []File
	Args                  []string
	ArgumentsTruncated    bool
	EnvVariables          []EnvVar
	EnvVariablesTruncated bool
	PID                   int64
	ParentPID             int64
	UserID                int64
	HasUserID             bool // userId is v2 only; 0 means root, so presence matters
}

// File is a file recorded in a process. SHA256 covers the first
// HashedSize bytes; Contents is a prefix of the file and may be truncated.
type File struct {
	Path            string
	Size            int64
	SHA256          string
	HashedSize      int64
	PartiallyHashed bool
	Contents        string
	DiskPath        string
	Operations      []string
}

// EnvVar is one environment variable of a process.
type EnvVar struct {
	Name string
	Val  string
}

// Container is a container the finding is attached to.
type Container struct {
	Name       string
	URI        string
	ImageID    string
	Labels     map[string]string
	CreateTime time.Time
}

// Kubernetes holds the Kubernetes context of a finding (GKE).
type Kubernetes struct {
	Pods  []Pod
	Nodes []string
}

// Pod is a Kubernetes pod; Namespace comes from the `ns` key.
type Pod struct {
	Namespace  string
	Name       string
	Labels     map[string]string
	Containers []Container
}

// Indicator lists indicators of compromise.
type Indicator struct {
	IPAddresses []string
	Domains     []string
	URIs        []string
	Signatures  []string
}

// MitreAttack is the finding's MITRE ATT&CK mapping, as enum names.
type MitreAttack struct {
	PrimaryTactic        string
	PrimaryTechniques    []string
	AdditionalTactics    []string
	AdditionalTechniques []string
	Version              string
}

// SecurityMarks are the finding's security marks.
type SecurityMarks struct {
	Name  string
	Marks map[string]string
}

// Connection is a network connection recorded with the finding.
type Connection struct {
	DestinationIP   string
	DestinationPort int64
	SourceIP        string
	SourcePort      int64
	Protocol        string
}

// Resource is the resource a finding sits on, normalised from the v1
// (projectName / project), v2 (gcpMetadata) and snake_case shapes.
type Resource struct {
	Name               string
	DisplayName        string
	Type               string
	Project            string // e.g. //cloudresourcemanager.googleapis.com/projects/123
	ProjectDisplayName string
	Parent             string
	ParentDisplayName  string
	Folders            []string
	CloudProvider      string
	Service            string
	Location           string
}

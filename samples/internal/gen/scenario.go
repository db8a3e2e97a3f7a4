package gen

// integrity is how the script's hash fields relate to its contents.
type integrity int

const (
	verified  integrity = iota // sha256 of the whole file, contents complete
	truncated                  // contents shorter than size (a prefix)
	mismatch                   // sha256 is not the hash of the contents
	partial                    // partiallyHashed, hashedSize < size
)

func (i integrity) String() string {
	return [...]string{"verified", "truncated contents", "sha256 mismatch", "partially hashed"}[i]
}

// binary is a non-interpreter executable a finding reports (added binary,
// memfd, nsenter, miner).
type binary struct {
	Path string
	Size int64
	Name string // process name (comm)
	Seed string // fake hash seed; empty means the binary is on the image (no hash)
}

// conn is a Reverse Shell connection.
type conn struct {
	DstIP   string
	DstPort int64
	SrcIP   string
	SrcPort int64
}

// scenario is one finding of the sample set.
type scenario struct {
	Key      string // stable seed of the finding id
	File     string // output file (one per export shape)
	On       string // workload key
	At       string // event time, RFC 3339
	Category string

	Script     string // file in scripts/ run from ScriptPath
	ScriptPath string
	Dashc      string // file in scripts/ whose text is the `python3 -c` argument
	Integrity  integrity
	Binary     *binary
	Args       []string // full argv when not derived
	ArgsTrunc  bool     // argumentsTruncated; the -c argument is cut
	Env        [][2]string
	EnvTrunc   bool
	PID, PPID  int64
	UID        int64

	Severity, State, Mute string // overrides of the defaults
	MuteConfig            string // dynamic mute config that matched
	Marks                 map[string]string
	IPs, Domains, URIs    []string
	Yara                  string
	Conn                  *conn
	AddTactics, AddTechs  []string
	StateChange           string

	// README columns
	Family  string
	Benign  bool
	Summary string
}

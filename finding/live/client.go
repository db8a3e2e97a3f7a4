package live

import (
	"context"
	"crypto/tls"
	"fmt"
	"strings"
	"time"

	securitycenter "cloud.google.com/go/securitycenter/apiv2"
	"google.golang.org/api/option"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

// ScriptCategories are the script-execution categories pytriage opens by
// default: Malicious Python executed and its siblings (scc-findings.md §8).
var ScriptCategories = []string{
	"Execution: Malicious Python executed",
	"Malicious Script Executed",
	"Defense Evasion: Base64 Encoded Python Script Executed",
	"Defense Evasion: Base64 Encoded Shell Script Executed",
	"Command and Control: Piped Encoded Code Execution Detected",
	"Command and Control: Piped Encoded Download",
	"Execution: Malicious Python Executed (Preview)",
}

// DefaultFilter selects active, unmuted script-execution findings.
func DefaultFilter() string {
	cats := make([]string, len(ScriptCategories))
	for i, c := range ScriptCategories {
		cats[i] = fmt.Sprintf("category=%q", c)
	}
	return `state="ACTIVE" AND NOT mute="MUTED" AND (` + strings.Join(cats, " OR ") + `)`
}

// Config says where to read findings.
type Config struct {
	// Parent is organizations/N, folders/N or projects/ID; the sources
	// segment (sources/-) is added when missing.
	Parent   string
	Filter   string // empty: DefaultFilter()
	Location string // optional SCC location, e.g. "global" or "eu"
	PageSize int32  // default 1000, the API's maximum

	// Endpoint overrides the service address (host:port). With Insecure the
	// connection is plaintext and unauthenticated: for local fake servers.
	Endpoint string
	Insecure bool

	// Retries of an unavailable page before giving up, and the first
	// backoff (doubled each time). Defaults: 4 and 500 ms.
	Retries int
	Backoff time.Duration

	// ClientOptions are appended last (tests pass option.WithGRPCConn).
	ClientOptions []option.ClientOption
}

// SourcesParent returns the ListFindings parent for c:
// <parent>/sources/-[/locations/<loc>].
func (c Config) SourcesParent() (string, error) {
	p := strings.TrimSuffix(strings.TrimSpace(c.Parent), "/")
	parts := strings.Split(p, "/")
	if len(parts) < 2 || parts[1] == "" {
		return "", fmt.Errorf("--scc %q: want organizations/N, folders/N or projects/ID", c.Parent)
	}
	switch parts[0] {
	case "organizations", "folders", "projects":
	default:
		return "", fmt.Errorf("--scc %q: want organizations/N, folders/N or projects/ID", c.Parent)
	}
	if len(parts) == 2 {
		p += "/sources/-"
	}
	if c.Location != "" && !strings.Contains(p, "/locations/") {
		p += "/locations/" + c.Location
	}
	return p, nil
}

// Client is a connection to the SCC API.
type Client struct {
	sc  *securitycenter.Client
	cfg Config
}

// Dial connects with Application Default Credentials (or the endpoint and
// options in cfg). It does not send a request: the first one is the first
// page.
func Dial(ctx context.Context, cfg Config) (*Client, error) {
	var opts []option.ClientOption
	if cfg.Endpoint != "" {
		opts = append(opts, option.WithEndpoint(cfg.Endpoint))
	} else if cfg.Location != "" && cfg.Location != "global" {
		opts = append(opts, option.WithEndpoint(fmt.Sprintf("securitycenter.%s.rep.googleapis.com:443", cfg.Location)))
	}
	if cfg.Insecure {
		opts = append(opts, option.WithoutAuthentication(),
			option.WithGRPCDialOption(grpc.WithTransportCredentials(insecure.NewCredentials())))
	} else if cfg.Endpoint != "" {
		opts = append(opts, option.WithGRPCDialOption(grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{MinVersion: tls.VersionTLS12}))))
	}
	opts = append(opts, cfg.ClientOptions...)
	sc, err := securitycenter.NewClient(ctx, opts...)
	if err != nil {
		return nil, explain(err, "connect to Security Command Center", cfg.Parent)
	}
	return &Client{sc: sc, cfg: cfg}, nil
}

// Close releases the connection.
func (c *Client) Close() error { return c.sc.Close() }

package live

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"sync"
	"testing"

	"cloud.google.com/go/securitycenter/apiv2/securitycenterpb"
	"google.golang.org/api/option"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"
)

// fakeSCC is an in-process Security Command Center: it serves a fixed set
// of findings in pages, can be made to fail, and records every request.
type fakeSCC struct {
	securitycenterpb.UnimplementedSecurityCenterServer

	mu        sync.Mutex
	findings  []*securitycenterpb.ListFindingsResponse_ListFindingsResult
	listReqs  []*securitycenterpb.ListFindingsRequest
	marks     []*securitycenterpb.UpdateSecurityMarksRequest
	mutes     []*securitycenterpb.SetMuteRequest
	states    []*securitycenterpb.SetFindingStateRequest
	failNext  []codes.Code // codes returned by the next calls, in order
	down      bool         // every call fails with Unavailable
	denyWrite bool
}

func (f *fakeSCC) fail() error {
	if f.down {
		return status.Error(codes.Unavailable, "fake is down")
	}
	if len(f.failNext) > 0 {
		c := f.failNext[0]
		f.failNext = f.failNext[1:]
		return status.Error(c, "fake says "+c.String())
	}
	return nil
}

func (f *fakeSCC) ListFindings(ctx context.Context, req *securitycenterpb.ListFindingsRequest) (*securitycenterpb.ListFindingsResponse, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.listReqs = append(f.listReqs, req)
	if err := f.fail(); err != nil {
		return nil, err
	}
	start := 0
	if req.PageToken != "" {
		n, err := strconv.Atoi(req.PageToken)
		if err != nil {
			return nil, status.Error(codes.InvalidArgument, "bad page token")
		}
		start = n
	}
	end := min(start+int(req.PageSize), len(f.findings))
	resp := &securitycenterpb.ListFindingsResponse{ListFindingsResults: f.findings[start:end], TotalSize: int32(len(f.findings))}
	if end < len(f.findings) {
		resp.NextPageToken = strconv.Itoa(end)
	}
	return resp, nil
}

func (f *fakeSCC) UpdateSecurityMarks(ctx context.Context, req *securitycenterpb.UpdateSecurityMarksRequest) (*securitycenterpb.SecurityMarks, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return nil, err
	}
	if f.denyWrite {
		return nil, status.Error(codes.PermissionDenied, "caller lacks securitycenter.findingSecurityMarks.update")
	}
	f.marks = append(f.marks, req)
	return req.SecurityMarks, nil
}

func (f *fakeSCC) SetMute(ctx context.Context, req *securitycenterpb.SetMuteRequest) (*securitycenterpb.Finding, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return nil, err
	}
	f.mutes = append(f.mutes, req)
	return &securitycenterpb.Finding{Name: req.Name, Mute: req.Mute}, nil
}

func (f *fakeSCC) SetFindingState(ctx context.Context, req *securitycenterpb.SetFindingStateRequest) (*securitycenterpb.Finding, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return nil, err
	}
	f.states = append(f.states, req)
	return &securitycenterpb.Finding{Name: req.Name, State: req.State}, nil
}

// startFake serves f on an in-memory listener and returns a Client on it.
func startFake(t *testing.T, f *fakeSCC, cfg Config) *Client {
	t.Helper()
	lis := bufconn.Listen(1 << 20)
	srv := grpc.NewServer()
	securitycenterpb.RegisterSecurityCenterServer(srv, f)
	go srv.Serve(lis)
	t.Cleanup(srv.Stop)
	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	cfg.ClientOptions = append(cfg.ClientOptions, option.WithGRPCConn(conn))
	c, err := Dial(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// fakeFindings builds n script findings on two containers.
func fakeFindings(n int) []*securitycenterpb.ListFindingsResponse_ListFindingsResult {
	out := make([]*securitycenterpb.ListFindingsResponse_ListFindingsResult, n)
	for i := range out {
		out[i] = &securitycenterpb.ListFindingsResponse_ListFindingsResult{
			Finding: &securitycenterpb.Finding{
				Name:         fmt.Sprintf("organizations/1/sources/2/locations/global/findings/f%03d", i),
				Category:     "Execution: Malicious Python executed",
				State:        securitycenterpb.Finding_ACTIVE,
				Severity:     securitycenterpb.Finding_CRITICAL,
				ResourceName: "//container.googleapis.com/projects/p1/locations/us-central1/clusters/c1",
				Processes: []*securitycenterpb.Process{{
					Name:   "python3",
					Binary: &securitycenterpb.File{Path: "/usr/bin/python3.11"},
					Script: &securitycenterpb.File{Path: "/tmp/x.py", Contents: "print('hello')\n", Size: 15, HashedSize: 15},
					Args:   []string{"python3", "/tmp/x.py"},
					Pid:    int64(4000 + i),
				}},
			},
			Resource: &securitycenterpb.ListFindingsResponse_ListFindingsResult_Resource{
				Name: "//container.googleapis.com/projects/p1/locations/us-central1/clusters/c1", DisplayName: "c1",
			},
		}
	}
	return out
}

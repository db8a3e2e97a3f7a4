// Package livetest is an in-process fake Security Command Center (gRPC, on
// an in-memory listener) for tests of the live mode: it pages findings,
// fails on demand and records every request. Tests only; no network.
package livetest

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

// Fake is an in-process Security Command Center: it serves a fixed set
// of findings in pages, can be made to fail, and records every request.
type Fake struct {
	securitycenterpb.UnimplementedSecurityCenterServer

	Mu        sync.Mutex // hold while reading or changing the fields below
	Findings  []*securitycenterpb.ListFindingsResponse_ListFindingsResult
	ListReqs  []*securitycenterpb.ListFindingsRequest
	Marks     []*securitycenterpb.UpdateSecurityMarksRequest
	Mutes     []*securitycenterpb.SetMuteRequest
	States    []*securitycenterpb.SetFindingStateRequest
	FailNext  []codes.Code // codes returned by the next calls, in order
	Down      bool         // every call fails with Unavailable
	DenyWrite bool         // mark updates fail with PermissionDenied
}

func (f *Fake) fail() error {
	if f.Down {
		return status.Error(codes.Unavailable, "fake is down")
	}
	if len(f.FailNext) > 0 {
		c := f.FailNext[0]
		f.FailNext = f.FailNext[1:]
		return status.Error(c, "fake says "+c.String())
	}
	return nil
}

func (f *Fake) ListFindings(ctx context.Context, req *securitycenterpb.ListFindingsRequest) (*securitycenterpb.ListFindingsResponse, error) {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	f.ListReqs = append(f.ListReqs, req)
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
	end := min(start+int(req.PageSize), len(f.Findings))
	resp := &securitycenterpb.ListFindingsResponse{ListFindingsResults: f.Findings[start:end], TotalSize: int32(len(f.Findings))}
	if end < len(f.Findings) {
		resp.NextPageToken = strconv.Itoa(end)
	}
	return resp, nil
}

func (f *Fake) UpdateSecurityMarks(ctx context.Context, req *securitycenterpb.UpdateSecurityMarksRequest) (*securitycenterpb.SecurityMarks, error) {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	if err := f.fail(); err != nil {
		return nil, err
	}
	if f.DenyWrite {
		return nil, status.Error(codes.PermissionDenied, "caller lacks securitycenter.findingSecurityMarks.update")
	}
	f.Marks = append(f.Marks, req)
	return req.SecurityMarks, nil
}

func (f *Fake) SetMute(ctx context.Context, req *securitycenterpb.SetMuteRequest) (*securitycenterpb.Finding, error) {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	if err := f.fail(); err != nil {
		return nil, err
	}
	f.Mutes = append(f.Mutes, req)
	return &securitycenterpb.Finding{Name: req.Name, Mute: req.Mute}, nil
}

func (f *Fake) SetFindingState(ctx context.Context, req *securitycenterpb.SetFindingStateRequest) (*securitycenterpb.Finding, error) {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	if err := f.fail(); err != nil {
		return nil, err
	}
	f.States = append(f.States, req)
	return &securitycenterpb.Finding{Name: req.Name, State: req.State}, nil
}

// Serve serves f on an in-memory listener until the test ends and returns
// the client option that reaches it (pass it in live.Config.ClientOptions
// with no Endpoint).
func Serve(t testing.TB, f *Fake) option.ClientOption {
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
	t.Cleanup(func() { conn.Close() })
	return option.WithGRPCConn(conn)
}

// Findings builds n script findings on one cluster.
func Findings(n int) []*securitycenterpb.ListFindingsResponse_ListFindingsResult {
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

package live

import (
	"bytes"
	"context"
	"errors"
	"io"
	"iter"
	"time"

	"cloud.google.com/go/securitycenter/apiv2/securitycenterpb"
	"google.golang.org/api/iterator"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/pytriage/pytriage/finding"
)

// Page is one page of findings as it arrived.
type Page struct {
	Number   int // 1-based
	Records  []*finding.Record
	Errors   []error // records of this page the loader could not read
	Total    int     // records so far, this page included
	Done     bool    // no page follows
	Started  time.Time
	Received time.Time
}

// Findings lists findings page by page. Each page is yielded as soon as it
// arrives, so the first rows show before the rest; stopping the iteration
// or cancelling ctx stops the listing. A page that fails is retried with
// backoff while the service is unavailable; then the error is yielded and
// the iteration ends (nothing half-loaded is reported as Done).
func (c *Client) Findings(ctx context.Context) iter.Seq2[Page, error] {
	return func(yield func(Page, error) bool) {
		parent, err := c.cfg.SourcesParent()
		if err != nil {
			yield(Page{}, err)
			return
		}
		filter := c.cfg.Filter
		if filter == "" {
			filter = DefaultFilter()
		}
		size := c.cfg.PageSize
		if size <= 0 || size > 1000 {
			size = 1000
		}
		start := time.Now()
		token, total := "", 0
		for n := 1; ; n++ {
			results, next, err := c.page(ctx, parent, filter, size, token)
			if err != nil {
				yield(Page{Number: n, Total: total, Started: start}, explain(err, "list findings", parent))
				return
			}
			p := Page{Number: n, Started: start, Received: time.Now(), Done: next == ""}
			for _, res := range results {
				rec, err := toRecord(ctx, parent, total, res)
				if err != nil {
					p.Errors = append(p.Errors, err)
					continue
				}
				p.Records = append(p.Records, rec)
				total++
			}
			p.Total = total
			if !yield(p, nil) || p.Done {
				return
			}
			token = next
		}
	}
}

// page fetches one page, retrying while the service is unavailable.
func (c *Client) page(ctx context.Context, parent, filter string, size int32, token string) ([]*securitycenterpb.ListFindingsResponse_ListFindingsResult, string, error) {
	retries, backoff := c.cfg.Retries, c.cfg.Backoff
	if retries <= 0 {
		retries = 4
	}
	if backoff <= 0 {
		backoff = 500 * time.Millisecond
	}
	for attempt := 0; ; attempt++ {
		it := c.sc.ListFindings(ctx, &securitycenterpb.ListFindingsRequest{
			Parent: parent, Filter: filter, PageSize: size, PageToken: token,
		})
		var results []*securitycenterpb.ListFindingsResponse_ListFindingsResult
		next, err := iterator.NewPager(it, int(size), token).NextPage(&results)
		if err == nil || !retryable(err) || attempt >= retries {
			return results, next, err
		}
		select {
		case <-ctx.Done():
			return nil, "", ctx.Err()
		case <-time.After(backoff):
		}
		backoff *= 2
	}
}

// toRecord turns an API result into the same Record the file loader makes
// from a {finding, resource} object; Raw is the protojson of the result.
func toRecord(ctx context.Context, parent string, index int, res *securitycenterpb.ListFindingsResponse_ListFindingsResult) (*finding.Record, error) {
	raw, err := protojson.MarshalOptions{Multiline: false}.Marshal(res)
	if err != nil {
		return nil, err
	}
	src := finding.Source{Name: "scc:" + parent, Open: func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(raw)), nil
	}}
	for rec, err := range finding.Load(ctx, []finding.Source{src}, finding.Options{}) {
		if err != nil {
			return nil, err
		}
		rec.Shape = finding.ShapeAPI
		rec.Origin = finding.Origin{File: "scc:" + parent, Index: index}
		return rec, nil
	}
	return nil, errors.New("the API returned an empty finding")
}

package gen

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"time"
)

// shape renders the scenarios of one file into that file's bytes.
type shape struct {
	Name   string // README column
	Single bool   // the shape holds exactly one finding
	Render func(scs []*scenario, scripts map[string]string) ([]byte, error)
}

var shapes = map[string]shape{
	fBareCamel: {"bare Finding, camelCase, int64 as strings (v2)", true, renderBare(protoJSON)},
	fBareSnake: {"bare Finding, snake_case keys, int64 as numbers (v2)", true, renderBare(snakeNums)},
	fConsole:   {"console JSON tab: {finding (camel), resource (snake), sourceProperties}, legacy keys, empty objects", true, renderConsole},
	fGcloud:    {"gcloud scc findings list --format=json: array of {finding, resource, stateChange} (v1)", false, renderGcloud},
	fAPIv1:     {"REST/protojson v1 {listFindingsResults, readTime, nextPageToken, totalSize}", false, renderListV1},
	fAPIv2:     {"REST/protojson v2 {listFindingsResults, totalSize}, resource.gcpMetadata", false, renderListV2},
	fNotif:     {"Pub/Sub notification {notificationConfigName, finding, resource} (v1: project, parent)", true, renderNotification},
	fPush:      {"Pub/Sub push envelope {message:{data: base64 notification, messageId, publishTime}, subscription}", true, renderPush},
	fBigQuery:  {"BigQuery export rows, NDJSON, snake_case, BigQuery timestamps, source_properties_json, nulls", false, renderBigQuery},
	fJSONL:     {"JSON Lines of {finding, resource} (v2, camelCase)", false, renderJSONL},
}

const indent = "  "

func pretty(v any) []byte { return append(encode(v, indent), '\n') }

func lines(vs []any) []byte {
	var b bytes.Buffer
	for _, v := range vs {
		b.Write(encode(v, ""))
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func renderBare(st style) func([]*scenario, map[string]string) ([]byte, error) {
	return func(scs []*scenario, scripts map[string]string) ([]byte, error) {
		f, err := scs[0].finding(scripts, true)
		if err != nil {
			return nil, err
		}
		return pretty(render(f, st)), nil
	}
}

func renderConsole(scs []*scenario, scripts map[string]string) ([]byte, error) {
	s := scs[0]
	w := workloads[s.On]
	f, err := s.finding(scripts, true)
	if err != nil {
		return nil, err
	}
	// The console tab shows fields older clients knew (assetId,
	// workflowState) and empty objects for unset messages.
	f = append(f,
		kv{"assetId", "organizations/" + orgID + "/assets/" + fakeHash("asset/" + s.On)[:14]},
		kv{"workflowState", "NEW"},
		kv{"externalSystems", obj{}},
		kv{"contacts", obj{}},
		kv{"compliances", []any{}},
	)
	if !has(f, "indicator") {
		f = append(f, kv{"indicator", obj{}})
	}
	doc := obj{
		{"finding", render(f, style{intNumbers: true})},
		{"resource", render(w.resourceV1(), snakeNums)},
		{"sourceProperties", obj{}},
	}
	return pretty(doc), nil
}

// each builds every scenario's finding (v1 or v2 fields) and maps it to one
// record of a multi-finding shape.
func each(scs []*scenario, scripts map[string]string, v2 bool, record func(*scenario, obj) any) ([]any, error) {
	out := make([]any, 0, len(scs))
	for _, s := range scs {
		f, err := s.finding(scripts, v2)
		if err != nil {
			return nil, err
		}
		out = append(out, record(s, f))
	}
	return out, nil
}

func renderGcloud(scs []*scenario, scripts map[string]string) ([]byte, error) {
	out, err := each(scs, scripts, false, func(s *scenario, f obj) any {
		return obj{{"finding", f}, {"resource", workloads[s.On].resourceV1()}, {"stateChange", s.StateChange}}
	})
	if err != nil {
		return nil, err
	}
	return pretty(render(out, protoJSON)), nil
}

func renderListV1(scs []*scenario, scripts map[string]string) ([]byte, error) {
	var latest time.Time
	out, err := each(scs, scripts, false, func(s *scenario, f obj) any {
		if s.createTime().After(latest) {
			latest = s.createTime()
		}
		return obj{{"finding", f}, {"stateChange", s.StateChange}, {"resource", workloads[s.On].resourceV1()}}
	})
	if err != nil {
		return nil, err
	}
	doc := obj{
		{"listFindingsResults", out},
		{"readTime", ts(latest.Truncate(time.Hour).Add(time.Hour))},
		{"nextPageToken", "Cg4KDGNyZWF0ZV90aW1lEgRiYXRjaA"},
		{"totalSize", len(out)},
	}
	return pretty(render(doc, protoJSON)), nil
}

func renderListV2(scs []*scenario, scripts map[string]string) ([]byte, error) {
	out, err := each(scs, scripts, true, func(s *scenario, f obj) any {
		return obj{{"finding", f}, {"resource", workloads[s.On].resourceV2()}}
	})
	if err != nil {
		return nil, err
	}
	return pretty(render(obj{{"listFindingsResults", out}, {"totalSize", len(out)}}, protoJSON)), nil
}

const notificationConfig = "organizations/" + orgID + "/notificationConfigs/scc-threats-to-soar"

func notification(s *scenario, scripts map[string]string) (obj, error) {
	f, err := s.finding(scripts, false)
	if err != nil {
		return nil, err
	}
	return render(obj{
		{"notificationConfigName", notificationConfig},
		{"finding", f},
		{"resource", workloads[s.On].resourceV1Notification()},
	}, protoJSON).(obj), nil
}

func renderNotification(scs []*scenario, scripts map[string]string) ([]byte, error) {
	n, err := notification(scs[0], scripts)
	if err != nil {
		return nil, err
	}
	return pretty(n), nil
}

func renderPush(scs []*scenario, scripts map[string]string) ([]byte, error) {
	s := scs[0]
	n, err := notification(s, scripts)
	if err != nil {
		return nil, err
	}
	published := s.createTime().Add(1200 * time.Millisecond)
	msgID := fmt.Sprint(11930477512000000 + s.PID)
	doc := obj{
		{"message", obj{
			{"attributes", obj{{"notificationConfigName", notificationConfig}}},
			{"data", base64.StdEncoding.EncodeToString(encode(n, ""))},
			{"messageId", msgID},
			{"message_id", msgID},
			{"publishTime", ts(published)},
			{"publish_time", ts(published)},
		}},
		{"subscription", "projects/acme-sec-ops/subscriptions/scc-threats-push"},
	}
	return pretty(render(doc, protoJSON)), nil
}

func renderBigQuery(scs []*scenario, scripts map[string]string) ([]byte, error) {
	out, err := each(scs, scripts, true, func(s *scenario, f obj) any {
		// BigQuery keeps a column for every field: unset ones are null.
		for _, k := range []string{"indicator", "muteInitiator", "muteUpdateTime", "muteInfo", "kubernetes", "connections"} {
			if !has(f, k) {
				f = append(f, kv{k, null{}})
			}
		}
		var bulk any = null{}
		if s == scs[0] {
			bulk = "bulk-export-20261120T2100Z"
		}
		w := workloads[s.On]
		return render(obj{
			{"source_id", w.source()},
			{"finding_id", s.id()},
			{"event_time", ts(s.eventTime())},
			{"bulk_export_id", bulk},
			{"finding", f},
			{"resource", w.resourceV1()},
		}, bigQuery)
	})
	if err != nil {
		return nil, err
	}
	return lines(out), nil
}

func renderJSONL(scs []*scenario, scripts map[string]string) ([]byte, error) {
	out, err := each(scs, scripts, true, func(s *scenario, f obj) any {
		return render(obj{{"finding", f}, {"resource", workloads[s.On].resourceV2()}}, protoJSON)
	})
	if err != nil {
		return nil, err
	}
	return lines(out), nil
}

func has(o obj, k string) bool {
	for _, e := range o {
		if e.K == k {
			return true
		}
	}
	return false
}

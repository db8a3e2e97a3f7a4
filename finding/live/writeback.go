package live

import (
	"context"
	"fmt"
	"strings"

	"cloud.google.com/go/securitycenter/apiv2/securitycenterpb"
	"google.golang.org/protobuf/types/known/fieldmaskpb"

	"github.com/pytriage/pytriage/finding/triage"
)

// Mark keys pytriage sets on findings it writes back.
const (
	MarkVerdict = "pytriage_verdict"
	MarkAnalyst = "pytriage_analyst"
	MarkNote    = "pytriage_note"
)

// WriteBackMode says what reaches the service.
type WriteBackMode int

// Write-back modes: off (the default), verdicts only, verdicts and notes
// (a note can hold sensitive text, so it is sent only on request).
const (
	WriteBackOff WriteBackMode = iota
	WriteBackVerdicts
	WriteBackNotes
)

// ParseWriteBack reads the --write-back flag value.
func ParseWriteBack(s string) (WriteBackMode, error) {
	switch strings.ToLower(s) {
	case "", "off", "false", "no":
		return WriteBackOff, nil
	case "on", "true", "yes", "verdicts":
		return WriteBackVerdicts, nil
	case "notes":
		return WriteBackNotes, nil
	}
	return WriteBackOff, fmt.Errorf("--write-back=%q: want on, notes or off", s)
}

// Apply sends one decision to the service:
//   - every verdict sets marks pytriage_verdict and pytriage_analyst (and
//     pytriage_note with WriteBackNotes), touching no other mark;
//   - false positive and benign mute the finding, clear resets the mute;
//   - resolved sets the finding's state INACTIVE.
func (c *Client) Apply(ctx context.Context, d triage.Decision, mode WriteBackMode) error {
	if mode == WriteBackOff {
		return nil
	}
	marks := map[string]string{MarkVerdict: string(d.Verdict), MarkAnalyst: d.Analyst}
	paths := []string{"marks." + MarkVerdict, "marks." + MarkAnalyst}
	if mode == WriteBackNotes {
		marks[MarkNote] = d.Note
		paths = append(paths, "marks."+MarkNote)
	}
	if _, err := c.sc.UpdateSecurityMarks(ctx, &securitycenterpb.UpdateSecurityMarksRequest{
		SecurityMarks: &securitycenterpb.SecurityMarks{Name: d.Finding + "/securityMarks", Marks: marks},
		UpdateMask:    &fieldmaskpb.FieldMask{Paths: paths},
	}); err != nil {
		return explain(err, "update security marks", d.Finding)
	}
	switch d.Verdict {
	case triage.FalsePositive, triage.Benign:
		if _, err := c.sc.SetMute(ctx, &securitycenterpb.SetMuteRequest{Name: d.Finding, Mute: securitycenterpb.Finding_MUTED}); err != nil {
			return explain(err, "set mute", d.Finding)
		}
	case triage.Clear:
		if _, err := c.sc.SetMute(ctx, &securitycenterpb.SetMuteRequest{Name: d.Finding, Mute: securitycenterpb.Finding_UNDEFINED}); err != nil {
			return explain(err, "set mute", d.Finding)
		}
	case triage.Resolved:
		if _, err := c.sc.SetFindingState(ctx, &securitycenterpb.SetFindingStateRequest{Name: d.Finding, State: securitycenterpb.Finding_INACTIVE}); err != nil {
			return explain(err, "set state", d.Finding)
		}
	}
	return nil
}

// Drain sends every queued or failed write-back in the store, oldest first,
// recording each outcome. It stops early if ctx ends; failures stay queued
// for the next Drain.
func (c *Client) Drain(ctx context.Context, st *triage.Store, mode WriteBackMode) (sent, failed int, err error) {
	pending, err := st.Pending(ctx)
	if err != nil {
		return 0, 0, err
	}
	for _, wb := range pending {
		if ctx.Err() != nil {
			return sent, failed, ctx.Err()
		}
		aerr := c.Apply(ctx, wb.Decision, mode)
		if merr := st.MarkWriteBack(ctx, wb.Decision.ID, aerr); merr != nil {
			return sent, failed, merr
		}
		if aerr != nil {
			failed++
		} else {
			sent++
		}
	}
	return sent, failed, nil
}

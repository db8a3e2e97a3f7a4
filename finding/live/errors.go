package live

import (
	"errors"
	"fmt"
	"strings"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// explain turns a client or service error into one an analyst can act on:
// what failed, on which parent, and what to do about it.
func explain(err error, what, parent string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if strings.Contains(msg, "could not find default credentials") || strings.Contains(msg, "google: could not find") {
		return fmt.Errorf("%s: no Application Default Credentials; run `gcloud auth application-default login` (or set GOOGLE_APPLICATION_CREDENTIALS to a key file): %w", what, err)
	}
	st, ok := status.FromError(err)
	if !ok {
		return fmt.Errorf("%s: %w", what, err)
	}
	switch st.Code() {
	case codes.PermissionDenied:
		return fmt.Errorf("%s on %s: permission denied (%s); the caller needs %s", what, parent, st.Message(), permissionFor(what))
	case codes.Unauthenticated:
		return fmt.Errorf("%s: not authenticated (%s); run `gcloud auth application-default login`", what, st.Message())
	case codes.InvalidArgument:
		return fmt.Errorf("%s on %s: the service rejected the request: %s", what, parent, st.Message())
	case codes.NotFound:
		return fmt.Errorf("%s: %s not found: %s", what, parent, st.Message())
	case codes.Unavailable, codes.DeadlineExceeded:
		return fmt.Errorf("%s: Security Command Center unavailable (%s); retried, giving up for now", what, st.Message())
	}
	return fmt.Errorf("%s on %s: %s: %s", what, parent, st.Code(), st.Message())
}

// permissionFor names the IAM permission and a predefined role that grants it.
func permissionFor(what string) string {
	switch {
	case strings.Contains(what, "mute"):
		return "securitycenter.findings.setMute (roles/securitycenter.findingsMuteSetter or findingsEditor)"
	case strings.Contains(what, "state"):
		return "securitycenter.findings.setState (roles/securitycenter.findingsStateSetter or findingsEditor)"
	case strings.Contains(what, "marks"):
		return "securitycenter.findingSecurityMarks.update (roles/securitycenter.findingSecurityMarksWriter or findingsEditor)"
	}
	return "securitycenter.findings.list (roles/securitycenter.findingsViewer)"
}

// retryable reports whether a failed call may succeed if tried again.
func retryable(err error) bool {
	st, ok := status.FromError(err)
	if !ok {
		return errors.Is(err, errTransient)
	}
	return st.Code() == codes.Unavailable || st.Code() == codes.DeadlineExceeded || st.Code() == codes.ResourceExhausted
}

var errTransient = errors.New("transient")

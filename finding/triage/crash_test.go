package triage

import (
	"bufio"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The writer child: when PYTRIAGE_TRIAGE_CHILD is set, TestChildWriter
// writes decisions to PYTRIAGE_TRIAGE_DB and prints "ack <finding>" after
// each Decide returns — the moment the UI would show it as saved.
func TestChildWriter(t *testing.T) {
	path := os.Getenv("PYTRIAGE_TRIAGE_DB")
	if os.Getenv("PYTRIAGE_TRIAGE_CHILD") == "" || path == "" {
		t.Skip("helper process for the crash and concurrency tests")
	}
	n, _ := strconv.Atoi(os.Getenv("PYTRIAGE_TRIAGE_N"))
	tag := os.Getenv("PYTRIAGE_TRIAGE_TAG")
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	ctx := context.Background()
	for i := 0; n == 0 || i < n; i++ {
		name := fmt.Sprintf("%s-%d", tag, i)
		d := []Decision{{Finding: name, Verdict: Malicious, Analyst: tag, Note: strings.Repeat("n", i%200)}}
		if i%5 == 0 { // bulk decisions too
			d = append(d, Decision{Finding: name + "-b", Verdict: Benign, Analyst: tag})
		}
		if _, err := s.Decide(ctx, d); err != nil {
			fmt.Println("error", err)
			os.Exit(4)
		}
		for _, x := range d {
			fmt.Println("ack", x.Finding)
		}
	}
	s.Close()
	os.Exit(0)
}

func childWriter(t *testing.T, path, tag string, n int) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestChildWriter$", "-test.count=1")
	cmd.Env = append(os.Environ(), "PYTRIAGE_TRIAGE_CHILD=1", "PYTRIAGE_TRIAGE_DB="+path,
		"PYTRIAGE_TRIAGE_TAG="+tag, "PYTRIAGE_TRIAGE_N="+strconv.Itoa(n))
	return cmd
}

// readAcks collects acknowledged finding names from a child's stdout and
// fails on any error line.
func readAcks(t *testing.T, sc *bufio.Scanner, acked map[string]bool, mu *sync.Mutex) []string {
	var errs []string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "ack "):
			mu.Lock()
			acked[strings.TrimPrefix(line, "ack ")] = true
			mu.Unlock()
		case strings.HasPrefix(line, "error "):
			errs = append(errs, line)
		}
	}
	return errs
}

func TestCrashKeepsAcknowledgedDecisions(t *testing.T) {
	cycles := 20
	if testing.Short() {
		cycles = 3
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	rng := rand.New(rand.NewSource(1))
	acked := map[string]bool{}
	var mu sync.Mutex
	for c := 0; c < cycles; c++ {
		cmd := childWriter(t, path, fmt.Sprintf("c%d", c), 0)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan []string)
		go func() { done <- readAcks(t, bufio.NewScanner(out), acked, &mu) }()
		time.Sleep(time.Duration(30+rng.Intn(300)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		errs := <-done
		cmd.Wait()
		if len(errs) > 0 {
			t.Fatalf("cycle %d: writer reported %v", c, errs)
		}
	}
	if len(acked) == 0 {
		t.Fatal("no decision was acknowledged before the kills; the test proved nothing")
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("reopen after crashes: %v", err)
	}
	defer s.Close()
	var check string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	cur, err := s.Current(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for name := range acked {
		if _, ok := cur[name]; !ok {
			t.Errorf("acknowledged decision %s lost", name)
		}
	}
	t.Logf("%d cycles, %d acknowledged decisions, all present", cycles, len(acked))
}

func TestTwoWritersLoseNothing(t *testing.T) {
	n := 500
	if testing.Short() {
		n = 100
	}
	path := filepath.Join(t.TempDir(), "conc.db")
	// Create the schema first so both children race on writes, not setup.
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	acked := map[string]bool{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	errc := make(chan string, 2)
	for _, tag := range []string{"A", "B"} {
		cmd := childWriter(t, path, tag, n)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs := readAcks(t, bufio.NewScanner(out), acked, &mu)
			if err := cmd.Wait(); err != nil {
				errs = append(errs, err.Error())
			}
			if len(errs) > 0 {
				errc <- strings.Join(errs, "; ")
			}
		}()
	}
	wg.Wait()
	close(errc)
	for e := range errc {
		t.Errorf("writer failed (a busy error must never surface): %s", e)
	}
	want := 2 * (n + n/5)
	if len(acked) != want {
		t.Fatalf("acknowledged %d decisions, want %d", len(acked), want)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var rows int
	s.db.QueryRow("SELECT count(*) FROM decisions").Scan(&rows)
	if rows != want {
		t.Fatalf("%d rows stored, want %d", rows, want)
	}
}

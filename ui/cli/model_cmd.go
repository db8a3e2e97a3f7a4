package cli

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/pytriage/pytriage/model"
	"github.com/pytriage/pytriage/ui/safe"
)

// runModel dispatches `pytriage model train|eval`.
func runModel(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		w := e.stdout
		code := exitOK
		if len(args) == 0 {
			w, code = bufio.NewWriter(e.stderr), exitUsage
		}
		fmt.Fprint(w, "Usage: pytriage model train [--out FILE]\n       pytriage model eval [--folds N] [--split group|family] [--benign DIR [--skip NAMES] [--top N]]\n\n"+
			"train: fit the scorer on the embedded corpus (deterministic) and write the weights.\n"+
			"eval:  k-fold cross-validation on the corpus; with --benign, the false-positive rate on a directory of benign Python.\n")
		w.Flush()
		return code
	}
	switch args[0] {
	case "train":
		return runModelTrain(e, args[1:])
	case "eval":
		return runModelEval(e, args[1:])
	}
	e.errorf("model: unknown subcommand %q (want train or eval)", args[0])
	return exitUsage
}

func runModelTrain(e *env, args []string) int {
	fs := newFlags(e, "model")
	out := fs.String("out", "model/weights.json", "file to write the trained weights to")
	if code, done := parseFlags(e, fs, args); done {
		return code
	}
	s, err := model.TrainCorpus(model.TrainOptions{})
	if err != nil {
		e.errorf("model train: %v", err)
		return exitFail
	}
	b, err := s.Encode()
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		e.errorf("model train: %v", err)
		return exitFail
	}
	fmt.Fprintf(e.stdout, "wrote %s: model %s, %d features, %d malicious + %d benign scripts\n",
		safe.Escape(*out), s.Version, len(s.Names), s.Info.Malicious, s.Info.Benign)
	return exitOK
}

func runModelEval(e *env, args []string) int {
	fs := newFlags(e, "model")
	folds := fs.Int("folds", 5, "number of cross-validation folds")
	split := fs.String("split", model.SplitGroup, "fold split: group (a generated variant stays with its host) or family (whole behaviour families held out)")
	benign := fs.String("benign", "", "also measure the false-positive rate on every .py under DIR (test directories left out)")
	top := fs.Int("top", 10, "with --benign, list this many highest-scoring files")
	skip := fs.String("skip", "", "with --benign, comma-separated directory names to leave out too (e.g. site-packages)")
	if code, done := parseFlags(e, fs, args); done {
		return code
	}
	if *folds < 2 {
		e.errorf("model eval: --folds must be at least 2")
		return exitUsage
	}
	if *split != model.SplitGroup && *split != model.SplitFamily {
		e.errorf("model eval: --split must be %s or %s", model.SplitGroup, model.SplitFamily)
		return exitUsage
	}
	start := time.Now()
	r, err := model.EvaluateCorpusSplit(*folds, model.TrainOptions{}, *split)
	if err != nil {
		e.errorf("model eval: %v", err)
		return exitFail
	}
	printEval(e.stdout, r, time.Since(start))
	if *benign != "" {
		s, err := model.DefaultScorer()
		if err != nil {
			e.errorf("model eval: %v", err)
			return exitFail
		}
		start := time.Now()
		var skipped []string
		if *skip != "" {
			skipped = strings.Split(*skip, ",")
		}
		f, err := model.BenignFPR(*benign, s, func(src []byte) *model.Report { return model.AnalyzeWith(src, s) }, *top, skipped...)
		if err != nil {
			e.errorf("model eval: %v", err)
			return exitFail
		}
		printFPR(e.stdout, f, s, time.Since(start))
	}
	return exitOK
}

func printEval(w *bufio.Writer, r *model.EvalResult, took time.Duration) {
	c := r.Confusion
	kept := "groups kept together"
	if r.Split == model.SplitFamily {
		kept = "whole families held out"
	}
	fmt.Fprintf(w, "corpus: %d malicious, %d benign (%d hard negatives); %d-fold CV, stratified, %s; %d features; %.1fs\n",
		r.Malicious, r.Benign, r.HardNegatives, r.Folds, kept, r.TrainedFeatureCount, took.Seconds())
	fmt.Fprintf(w, "thresholds: malicious ≥ %.2f, suspicious ≥ %.2f\n\n", r.TAlert, r.TLow)
	fmt.Fprintf(w, "script level @ %.2f   precision %.3f  recall %.3f  F1 %.3f  MCC %.3f  (TP %d FP %d TN %d FN %d)\n",
		r.TAlert, c.Precision(), c.Recall(), c.F1(), c.MCC(), c.TP, c.FP, c.TN, c.FN)
	fmt.Fprintf(w, "ranking               ROC AUC %.4f   Brier %.4f\n", r.AUC, r.Brier)
	fmt.Fprintf(w, "line level            top-1 %.3f  top-3 %.3f  (malicious scripts whose heaviest line(s) hit a labelled line)\n", r.Top1, r.Top3)
	fmt.Fprintf(w, "techniques            micro-F1 %.3f exact ids, %.3f parent ids; macro-F1 %.3f exact ids\n", r.TechMicroF1, r.TechParentMicroF1, r.TechMacroF1)
	if len(r.TechWorst) > 0 {
		var b strings.Builder
		for k, l := range r.TechWorst {
			if k > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s (TP %d FP %d FN %d)", l.Label, l.TP, l.FP, l.FN)
		}
		fmt.Fprintf(w, "                      most errors: %s\n", b.String())
	}
	fmt.Fprintf(w, "hard negatives        %d/%d flagged; %d benign scripts suspicious\n", r.HardFP, r.HardNegatives, r.Suspicious)
	fmt.Fprintf(w, "unanalysable          %d reports (%d of them benign-labelled)\n", r.Unanalysable, r.UnanalysableBenign)
	if r.ScoreMismatch+r.LineWeightMismatch > 0 {
		fmt.Fprintf(w, "CONSISTENCY           %d scores ≠ σ(logit), %d line weights ≠ sum of hits\n", r.ScoreMismatch, r.LineWeightMismatch)
	}
	fmt.Fprintln(w, "\nthreshold sweep:\n     T  precision  recall     F1    MCC     FPR   TP  FP  FN")
	for _, s := range r.Sweep {
		fmt.Fprintf(w, "  %4.2f  %9.3f  %6.3f  %5.3f  %5.3f  %6.3f  %3d %3d %3d\n", s.T, s.Precision, s.Recall, s.F1, s.MCC, s.FPR, s.TP, s.FP, s.FN)
	}
	fmt.Fprintln(w, "\ncalibration (out-of-fold):\n  bucket      n   mean score  malicious rate")
	for _, b := range r.Reliability {
		fmt.Fprintf(w, "  %.1f–%.1f  %4d   %10.3f  %14.3f\n", b.Lo, b.Hi, b.N, b.MeanScore, b.Rate)
	}
	fams := make([]string, 0, len(r.FamilyRecall))
	for f := range r.FamilyRecall {
		fams = append(fams, f)
	}
	sort.Strings(fams)
	var parts []string
	for _, f := range fams {
		v := r.FamilyRecall[f]
		parts = append(parts, fmt.Sprintf("%s %d/%d", f, v[0], v[1]))
	}
	fmt.Fprintf(w, "\nrecall by family: %s\n", strings.Join(parts, ", "))
	if len(r.FalseNegatives) > 0 {
		fmt.Fprintf(w, "missed: %s\n", strings.Join(r.FalseNegatives, ", "))
	}
	if len(r.FalsePositives) > 0 {
		fmt.Fprintf(w, "false alarms: %s\n", strings.Join(r.FalsePositives, ", "))
	}
}

func printFPR(w *bufio.Writer, f *model.FPRResult, s *model.Scorer, took time.Duration) {
	left := "test directories"
	if len(f.Skipped) > 0 {
		left += ", " + strings.Join(f.Skipped, ", ")
	}
	fmt.Fprintf(w, "\nbenign directory %s (%s left out), model %s\n", safe.Escape(f.Dir), safe.Escape(left), s.Version)
	fmt.Fprintf(w, "  files %d (%.1f MB), read errors %d, %.2fs\n", f.Files, float64(f.Bytes)/1e6, f.ReadErrors, took.Seconds())
	fmt.Fprintf(w, "  FPR @ %.2f: %d/%d = %.3f %%   suspicious: %d (%.2f %%)   unanalysable: %d\n",
		f.TAlert, f.Alerts, f.Files, 100*f.FPR(), f.Suspicious, 100*float64(f.Suspicious)/float64(max(f.Files, 1)), f.Unanalysable)
	if len(f.Top) > 0 {
		fmt.Fprintln(w, "  highest scores:")
		for _, t := range f.Top {
			fmt.Fprintf(w, "    %.3f  %-12s %-22s %s\n", t.Score, t.Verdict, safe.Escape(t.Top), safe.Escape(t.Path))
		}
	}
}

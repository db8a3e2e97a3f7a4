// Command train fits pytriage's scorer on the labelled corpus in
// model/corpus and writes model/weights.json. It is deterministic: the same
// corpus and code give the same bytes. Run it from the repository root:
//
//	go run ./model/cmd/train            # rewrite model/weights.json
//	go run ./model/cmd/train -check     # exit 1 if the committed file is stale
//
// It is a thin wrapper over model.TrainCorpus, which `pytriage model train`
// also runs.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/pytriage/pytriage/model"
)

func main() {
	out := flag.String("out", "model/weights.json", "where to write the trained weights")
	check := flag.Bool("check", false, "do not write: compare with -out and exit 1 if it differs")
	flag.Parse()
	s, err := model.TrainCorpus(model.TrainOptions{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(2)
	}
	b, err := s.Encode()
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(2)
	}
	if *check {
		old, err := os.ReadFile(*out)
		if err != nil || !bytes.Equal(old, b) {
			fmt.Fprintf(os.Stderr, "train: %s is stale; run go run ./model/cmd/train\n", *out)
			os.Exit(1)
		}
		fmt.Println("weights up to date:", s.Version)
		return
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(2)
	}
	fmt.Printf("wrote %s: model %s, %d features, %d malicious + %d benign scripts, Platt a=%.3f b=%.3f\n",
		*out, s.Version, len(s.Names), s.Info.Malicious, s.Info.Benign, s.Info.PlattA, s.Info.PlattB)
}

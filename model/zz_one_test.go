package model
import ("testing";"os";"fmt")
func TestZZOne(t *testing.T){ b,_ := os.ReadFile(os.Getenv("F")); r := AnalyzeWith(b, HandScorer()); for _, h := range r.Hits { fmt.Println(h.Detector, h.Lines, h.Message) } }

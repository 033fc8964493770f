package pipelinevar

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestCollectLeaksOnADuplicateService(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		in := make(chan Access, 1)
		in <- Access{Service: "billing"}
		Collect(in, []string{"billing", "search", "billing"}, nil, func(time.Duration) {})
	})
}

func TestCollectDoesNotLeakOnDistinctServices(t *testing.T) {
	leakcheck.Clean(t, func() {
		in := make(chan Access, 1)
		in <- Access{Service: "billing"}
		Collect(in, []string{"billing", "search"}, nil, func(time.Duration) {})
	})
}

package consumer

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every manager's Start blocks its caller for good.
func TestStartBlocksPerManager(t *testing.T) {
	leakcheck.LeaksReceiving(t, 2, func() {
		go NewManager().Start()
		go NewManager().Start()
	})
}

package runthendone

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestServiceIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if name, err := Service(false); err != nil || name != "main" {
			t.Errorf("Service(false) = %q, %v", name, err)
		}
		if _, err := Service(true); err == nil {
			t.Error("Service(true): want an error")
		}
	})
}

// The async report comes after the result: it is left blocked.
func TestServiceAsyncStrandsTheReport(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		ready := make(chan struct{})
		if name, err := ServiceAsync(ready); err != nil || name != "" {
			t.Errorf("ServiceAsync = %q, %v", name, err)
		}
		close(ready)
	})
}

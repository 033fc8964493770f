package fixedinput

import (
	"os"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func work() error { return nil }

func TestFixedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { Fixed(leakcheck.StopT{}, work) }) })
}

// There is no settings.txt beside the test: the read fails and the worker is stranded.
func TestBareStringStrandsTheWorkerWithoutTheFile(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { BareString(leakcheck.StopT{}, work) }) })
}

func TestGivenIsCleanWithANumber(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { Given(leakcheck.StopT{}, work, "4") }) })
}

func TestGivenStrandsTheWorkerOnBadInput(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { Given(leakcheck.StopT{}, work, "four") }) })
}

func TestFixedFatalIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { FixedFatal(leakcheck.StopT{}, work) }) })
}

func TestGivenFatalStrandsTheWorkerOnBadInput(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { GivenFatal(leakcheck.StopT{}, work, "four") }) })
}

func TestFixedNamedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { FixedNamed(leakcheck.StopT{}, work) }) })
}

func TestFromEnvStrandsTheWorkerOnBadInput(t *testing.T) {
	os.Setenv("FIXEDINPUT_WORKERS", "four")
	defer os.Unsetenv("FIXEDINPUT_WORKERS")
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { FromEnv(leakcheck.StopT{}, work) }) })
}

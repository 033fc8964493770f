package clean

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each test forces the early path and checks that every goroutine finishes.

func TestSaveBuffered(t *testing.T) {
	leakcheck.Clean(t, func() { _ = SaveBuffered("") })
}

func TestSaveDraining(t *testing.T) {
	leakcheck.Clean(t, func() { _ = SaveDraining("") })
}

func TestSaveCancellable(t *testing.T) {
	leakcheck.Clean(t, func() { _ = SaveCancellable(context.Background(), "") })
}

func TestSaveHandedOff(t *testing.T) {
	leakcheck.Clean(t, func() { _ = SaveHandedOff("") })
}

func TestProcessDeferClose(t *testing.T) {
	leakcheck.Clean(t, func() { _ = ProcessDeferClose(nil) })
}

func TestUpper(t *testing.T) {
	leakcheck.Clean(t, func() { _, _ = Upper("") })
}

func TestReloadBothPaths(t *testing.T) {
	leakcheck.Clean(t, func() { ReloadBothPaths("") })
}

func TestMustSaveIsCleanOnTheNormalPath(t *testing.T) {
	leakcheck.Clean(t, func() { MustSave("k") })
}

// crashEnv names the environment variable that makes this test binary run one early path that ends the process.
const crashEnv = "PREMATURE_RETURN_CRASH"

// TestMain runs the requested crashing call instead of the tests when started by exitsWith.
func TestMain(m *testing.M) {
	switch os.Getenv(crashEnv) {
	case "panic":
		MustSave("")
	case "fatal":
		SaveOrDie("")
	}
	os.Exit(m.Run())
}

// exitsWith re-runs this test binary on a crashing path and checks that the process ends with `code`:
// the goroutine blocked on its send dies with it.
func exitsWith(t *testing.T, path string, code int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != code {
		t.Fatalf("%s path: got %v, want exit status %d", path, err, code)
	}
}

func TestMustSaveEarlyPathEndsTheProcess(t *testing.T) {
	exitsWith(t, "panic", 2)
}

func TestSaveOrDieEarlyPathEndsTheProcess(t *testing.T) {
	exitsWith(t, "fatal", 1)
}

// Package fixedinput: a test starts a worker, parses its configuration, checks the parse, then takes the worker's
// result. A parse of constant text (literals, or another package's exported names) is decided by the code: it fails
// on every run or on none, so its check strands nothing: quiet. A parse of text the caller hands in can fail on some runs only, and the failing check ends the
// test before it takes the result: reported.
package fixedinput

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"golintchan.example/testdata/internal/require"
	"golintchan.example/testdata/premature-return/fixedinput/defaults"
)

// config parses a map of settings; it fails on a value that is not a number.
func config(settings map[string]string) (map[string]int, error) {
	out := map[string]int{}
	for k, v := range settings {
		n, err := strconv.Atoi(v)
		if err != nil {
			return nil, err
		}
		out[k] = n
	}
	return out, nil
}

// Fixed parses constant settings: quiet.
func Fixed(t testing.TB, work func() error) {
	done := make(chan error)
	go func() {
		done <- work()
	}()
	cfg, err := config(map[string]string{"workers": "4", "retries": "-1"})
	require.NoError(t, err)
	_ = cfg
	require.NoError(t, <-done)
}

// settingsFrom reads settings from the file at path.
func settingsFrom(path string) (map[string]int, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return config(map[string]string{"workers": strings.TrimSpace(string(text))})
}

// BareString reads settings from a file named by a constant: whether the file is there is the machine's to decide,
// so the check can fail on one run and pass on the next.
func BareString(t testing.TB, work func() error) {
	done := make(chan error)
	go func() {
		done <- work() // want "^goroutine may block forever sending on unbuffered channel done: BareString can return before receiving from it$"
	}()
	cfg, err := settingsFrom("settings.txt")
	require.NoError(t, err) // related `BareString stops receiving from done here`
	_ = cfg
	require.NoError(t, <-done)
}

// Given parses what it is handed, which may not be a number.
func Given(t testing.TB, work func() error, workers string) {
	done := make(chan error)
	go func() {
		done <- work() // want "^goroutine may block forever sending on unbuffered channel done: Given can return before receiving from it$"
	}()
	cfg, err := config(map[string]string{"workers": workers})
	require.NoError(t, err) // related `Given stops receiving from done here`
	_ = cfg
	require.NoError(t, <-done)
}

// FixedFatal makes the same check with t.Fatal: quiet.
func FixedFatal(t testing.TB, work func() error) {
	done := make(chan error)
	go func() {
		done <- work()
	}()
	cfg, err := config(map[string]string{"workers": "4"})
	if err != nil {
		t.Fatal(err)
	}
	_ = cfg
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// GivenFatal checks text it is handed with t.Fatal.
func GivenFatal(t testing.TB, work func() error, workers string) {
	done := make(chan error)
	go func() {
		done <- work() // want "^goroutine may block forever sending on unbuffered channel done: GivenFatal can return before receiving from it$"
	}()
	cfg, err := config(map[string]string{"workers": workers})
	if err != nil {
		t.Fatal(err) // related `GivenFatal stops receiving from done here`
	}
	_ = cfg
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// FixedNamed parses settings named by another package's exported constant, the same on every run: quiet.
func FixedNamed(t testing.TB, work func() error) {
	done := make(chan error)
	go func() {
		done <- work()
	}()
	cfg, err := config(map[string]string{"workers": defaults.Workers})
	require.NoError(t, err)
	_ = cfg
	require.NoError(t, <-done)
}

// FromEnv parses a setting the environment gives, which may not be a number.
func FromEnv(t testing.TB, work func() error) {
	done := make(chan error)
	go func() {
		done <- work() // want "^goroutine may block forever sending on unbuffered channel done: FromEnv can return before receiving from it$"
	}()
	cfg, err := config(map[string]string{"workers": os.Getenv("FIXEDINPUT_WORKERS")})
	require.NoError(t, err) // related `FromEnv stops receiving from done here`
	_ = cfg
	require.NoError(t, <-done)
}

// Package platforms: files for one platform only, by name (`_windows.go`, `_linux.go`) or by a `//go:build` line.
// golint-chan analyses one platform, as go vet does (here linux/amd64, the platform the fixtures are read for): the
// leak in the windows file and the one behind `//go:build darwin` are not reported, the one in the linux file is, and
// so is the one behind a tag golint-chan cannot know (`//go:build integration`), which keeps its file.
package platforms

import "time"

var timeout = 10 * time.Millisecond

var work = func() error { time.Sleep(time.Hour); return nil }

// Fetch runs work and waits for it the platform's way.
func Fetch() error {
	done := make(chan error)
	go func() { done <- work() }()
	return wait(done)
}

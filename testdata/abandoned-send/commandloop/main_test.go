package main

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestMainIsClean(t *testing.T) {
	leakcheck.Clean(t, main)
}

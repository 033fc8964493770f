// Package klog stands in for k8s.io/klog/v2: Fatalf logs and ends the process with status 255, as klog does;
// Errorf only logs.
package klog

import (
	"fmt"
	"os"
)

// Errorf logs an error.
func Errorf(format string, args ...interface{}) { fmt.Fprintf(os.Stderr, format+"\n", args...) }

// Fatalf logs an error and ends the process.
func Fatalf(format string, args ...interface{}) {
	Errorf(format, args...)
	os.Exit(255)
}

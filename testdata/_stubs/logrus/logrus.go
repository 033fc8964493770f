// Package logrus stands in for github.com/sirupsen/logrus: Fatal logs and ends the process with status 1, as the
// standard logger does; Error only logs.
package logrus

import (
	"fmt"
	"os"
)

// Error logs an error.
func Error(args ...interface{}) { fmt.Fprintln(os.Stderr, args...) }

// Fatal logs an error and ends the process.
func Fatal(args ...interface{}) {
	Error(args...)
	os.Exit(1)
}

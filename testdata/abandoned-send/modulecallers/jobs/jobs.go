// Package jobs has a package function named like a method of the service package's Server: `jobs.Start(…)` is a call
// of this function, not of `Server.Start`, though it reads `x.Start(…)`.
package jobs

// Start starts job n (a stand-in).
func Start(n int) int { return n }

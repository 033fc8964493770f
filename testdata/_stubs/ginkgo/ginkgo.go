// Package ginkgo stands in for github.com/onsi/ginkgo/v2: the few functions the fixtures call, with the real ones'
// signatures and the behaviour they rely on: a suite hook runs once when the suite runs, a spec once per spec.
package ginkgo

var (
	before []func()
	after  []func()
	specs  []func()
)

// BeforeSuite registers body to run once, before the specs.
func BeforeSuite(body func()) bool { before = append(before, body); return true }

// AfterSuite registers body to run once, after the specs.
func AfterSuite(body func()) bool { after = append(after, body); return true }

// SynchronizedBeforeSuite registers process1 and allProcesses to run once, before the specs.
func SynchronizedBeforeSuite(process1 func() []byte, allProcesses func([]byte)) bool {
	before = append(before, func() { allProcesses(process1()) })
	return true
}

// It registers a spec.
func It(text string, body func()) bool { specs = append(specs, body); return true }

// RunSpecs runs the suite once: its before hooks, every spec, its after hooks.
func RunSpecs() {
	for _, f := range before {
		f()
	}
	for _, f := range specs {
		f()
	}
	for _, f := range after {
		f()
	}
	before, after, specs = nil, nil, nil
}

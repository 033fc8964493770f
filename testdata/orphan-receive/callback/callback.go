// Package callback: a callback registered with a runner waits on a field that nothing sends on or closes. The
// function that registers the callback returns at once; it is the callback, whenever the runner calls it, that
// blocks, and the finding names it.
package callback

type runner struct{ jobs []func() }

func (r *runner) add(f func()) { r.jobs = append(r.jobs, f) }

func (r *runner) runAll() {
	for _, f := range r.jobs {
		go f()
	}
}

type suite struct {
	started chan struct{}
	ready   chan struct{}
}

func newSuite() *suite {
	return &suite{started: make(chan struct{}), ready: make(chan struct{})}
}

// Setup registers a job that signals it started, then waits for ready, which nothing ever closes.
func (s *suite) Setup(r *runner) {
	r.add(func() {
		close(s.started)
		<-s.ready // want `^the function literal in suite.Setup blocks forever receiving from unbuffered channel suite.ready: nothing sends on or closes it$`
	})
}

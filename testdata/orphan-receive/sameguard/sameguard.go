// Package sameguard: a goroutine closes its channel only under a condition, and the caller waits only under the
// same condition over a variable nothing changes after the goroutine starts: it never waits in vain.
package sameguard

// Commit waits for a synchronous commit; an asynchronous one is not waited for. The mode is settled before the
// goroutine starts: quiet.
func Commit(async bool, settled func() bool, commit func()) {
	async = async || settled()
	var done chan struct{}
	if !async {
		done = make(chan struct{})
	}
	go func() {
		commit()
		if !async {
			close(done)
		}
	}()
	if !async {
		<-done
	}
}

// CommitFast skips the close when fast, but waits whenever it is synchronous.
func CommitFast(async, fast bool, commit func()) {
	var done chan struct{}
	if !async {
		done = make(chan struct{})
	}
	go func() {
		commit()
		if !fast {
			close(done)
		}
	}()
	if !async {
		<-done // want "^CommitFast may block forever receiving from unbuffered channel done: the goroutine in CommitFast can finish without sending on or closing it$"
	}
}
